package io.github.pmkb.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a built site the way a reader's browser would: every page has a title, every internal
 * link, stylesheet, script and image resolves to a file of the site, and every {@code #fragment}
 * to an element id.
 */
public final class SiteChecker {
  /** One broken thing on one page. */
  public record Problem(String page, String message) {
    @Override
    public String toString() {
      return page + ": " + message;
    }
  }

  private SiteChecker() {}

  /**
   * Checks every HTML page under {@code site}.
   *
   * @param baseUrl the site's base path ({@code /} or {@code /repo/}), for root-absolute links
   */
  public static List<Problem> check(Path site, String baseUrl) {
    List<Problem> problems = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path page : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        checkPage(site, page, baseUrl, problems);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems;
  }

  private static void checkPage(Path site, Path page, String baseUrl, List<Problem> problems) throws IOException {
    String rel = site.relativize(page).toString().replace('\\', '/');
    Document doc = Jsoup.parse(page.toFile(), "UTF-8");
    if (doc.title().isBlank()) problems.add(new Problem(rel, "page has no <title>"));
    for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
      String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
      String why = resolve(site, page, url, baseUrl);
      if (why != null) problems.add(new Problem(rel, "<" + e.tagName() + "> " + url + ": " + why));
    }
  }

  /** Null when {@code url} resolves, otherwise why not. */
  private static String resolve(Path site, Path page, String url, String baseUrl) throws IOException {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "malformed URL";
    }
    if (uri.getScheme() != null || url.startsWith("//")) return null; // external: not checked offline
    String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
    Path target;
    if (path.isEmpty()) {
      target = page;
    } else if (path.startsWith("/")) {
      if (!path.startsWith(baseUrl)) return "outside the site's base URL " + baseUrl;
      target = site.resolve(path.substring(baseUrl.length())).normalize();
    } else {
      target = page.getParent().resolve(path).normalize();
    }
    if (!target.startsWith(site)) return "points outside the site";
    if (Files.isDirectory(target)) target = target.resolve("index.html");
    if (!Files.isRegularFile(target)) return "no such file";
    String fragment = uri.getFragment();
    if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
      Document doc = Jsoup.parse(target.toFile(), "UTF-8");
      if (doc.getElementById(fragment) == null && doc.select("a[name=" + fragment.replace("\"", "") + "]").isEmpty()) {
        return "no element with id '" + fragment + "'";
      }
    }
    return null;
  }
}
