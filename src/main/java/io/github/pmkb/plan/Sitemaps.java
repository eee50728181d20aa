package io.github.pmkb.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The sitemap files of a site. The sitemaps.org protocol allows at most 50,000 URLs in one file:
 * up to that, {@code sitemap.xml} lists every page as it always did; above, {@code sitemap.xml}
 * becomes a sitemap index pointing to {@code sitemap-1.xml}, {@code sitemap-2.xml}, ... of at
 * most 50,000 URLs each, so robots.txt and search consoles keep one address. The numbered files
 * sit at the site root because a sitemap may only list URLs under its own folder.
 */
final class Sitemaps {
  /** The protocol's limit of URLs per sitemap file. */
  static final int MAX_URLS = 50_000;

  /**
   * One file to render: its path, its template ({@code sitemap} or {@code sitemap-index}), and the
   * pages it lists or, for the index, the sitemaps.
   */
  record SitemapFile(String path, String template, List<String> paths, List<String> sitemaps) {}

  private Sitemaps() {}

  /** The files for {@code paths} (site-relative page paths, in sitemap order). */
  static List<SitemapFile> of(List<String> paths) {
    return of(paths, MAX_URLS);
  }

  static List<SitemapFile> of(List<String> paths, int maxUrls) {
    if (paths.size() <= maxUrls) return List.of(new SitemapFile("sitemap.xml", "sitemap", List.copyOf(paths), List.of()));
    List<SitemapFile> out = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (int from = 0, n = 1; from < paths.size(); from += maxUrls, n++) {
      String part = "sitemap-" + n + ".xml";
      parts.add(part);
      out.add(new SitemapFile(part, "sitemap", List.copyOf(paths.subList(from, Math.min(paths.size(), from + maxUrls))),
          List.of()));
    }
    out.add(0, new SitemapFile("sitemap.xml", "sitemap-index", List.of(), List.copyOf(parts)));
    return out;
  }
}
