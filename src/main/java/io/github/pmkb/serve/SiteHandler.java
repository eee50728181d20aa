package io.github.pmkb.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Serves the output folder. Java 17 has no {@code SimpleFileServer}, and a preview server needs
 * more than it does anyway:
 *
 * <ul>
 *   <li>{@code /x/} serves {@code /x/index.html}; {@code /x} for a folder redirects to {@code /x/};
 *       folders are never listed;
 *   <li>a path with a {@code ..} or {@code .} segment (decoded from {@code %2e} too), a backslash,
 *       or a NUL is refused with 403; so is a file whose real path (after symlinks) is outside the
 *       site; hidden files (the staging marker, temporary files) are 404;
 *   <li>a missing page gets the site's {@code 404.html} with status 404, except a page this server
 *       served before while the site has errors: a save that breaks a postmortem (say, a YAML
 *       error) removes its page, and the author sees the last good version of it with the errors
 *       over it, as Hugo does, instead of a 404;
 *   <li>HTML responses get the live-reload script and, while the site has errors, the error
 *       overlay, inserted before {@code </body>}; files on disk are never changed;
 *   <li>every response has {@code Cache-Control: no-store}, so the browser always shows the latest
 *       rebuild.
 * </ul>
 */
final class SiteHandler implements HttpHandler {
  static final String SCRIPT_PATH = "/__pmkb/livereload.js";
  private static final String SCRIPT_TAG = "<script src=\"" + SCRIPT_PATH + "\"></script>";
  private static final byte[] SCRIPT = loadScript();

  /** Pages served recently, by site path: enough for the pages an author has open. */
  static final int LAST_GOOD_PAGES = 64;

  private final Supplier<Path> site;
  private final Supplier<String> overlay;
  private final Map<String, byte[]> lastGood = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
      return size() > LAST_GOOD_PAGES;
    }
  };

  /**
   * @param site the output folder (looked up per request: a full rebuild swaps it)
   * @param overlay the current error overlay's HTML, empty when there are no errors
   */
  SiteHandler(Supplier<Path> site, Supplier<String> overlay) {
    this.site = site;
    this.overlay = overlay;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    try (ex) {
      ex.getResponseHeaders().set("Cache-Control", "no-store");
      ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      String method = ex.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        sendText(ex, 405, "method not allowed");
        return;
      }
      serve(ex, method.equals("HEAD"));
    }
  }

  private void serve(HttpExchange ex, boolean head) throws IOException {
    URI uri = ex.getRequestURI();
    String path = uri.getPath(); // percent-decoded, so %2e%2e is seen as ".."
    if (path == null || !path.startsWith("/") || isForbidden(path)) {
      sendText(ex, 403, "forbidden");
      return;
    }
    if (path.equals(SCRIPT_PATH)) {
      send(ex, 200, "text/javascript; charset=utf-8", SCRIPT, head);
      return;
    }
    Path root = site.get();
    Path file = root.resolve(path.substring(1)).normalize();
    if (!file.startsWith(root) || isHidden(path)) {
      notFound(ex, root, "", head);
      return;
    }
    if (Files.isDirectory(file)) {
      if (!path.endsWith("/")) {
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        ex.getResponseHeaders().set("Location", uri.getRawPath() + "/" + query);
        sendText(ex, 301, "moved");
        return;
      }
      file = file.resolve("index.html");
    }
    String key = root.relativize(file).toString().replace('\\', '/');
    if (!Files.isRegularFile(file)) {
      notFound(ex, root, key, head);
      return;
    }
    if (!isInside(root, file)) {
      sendText(ex, 403, "forbidden");
      return;
    }
    Optional<byte[]> bytes = read(file);
    if (bytes.isEmpty()) {
      notFound(ex, root, key, head);
      return;
    }
    String type = ContentTypes.of(file.getFileName().toString());
    if (ContentTypes.isHtml(type)) {
      synchronized (lastGood) {
        lastGood.put(key, bytes.get());
      }
      send(ex, 200, type, inject(bytes.get()), head);
      return;
    }
    // The browser search reads its packs by byte range, as it does on GitHub Pages.
    ex.getResponseHeaders().set("Accept-Ranges", "bytes");
    String range = ex.getRequestHeaders().getFirst("Range");
    if (range == null) {
      send(ex, 200, type, bytes.get(), head);
      return;
    }
    byte[] all = bytes.get();
    Optional<long[]> span = ByteRange.parse(range, all.length);
    if (span.isEmpty()) {
      ex.getResponseHeaders().set("Content-Range", "bytes */" + all.length);
      sendText(ex, 416, "range not satisfiable");
      return;
    }
    long from = span.get()[0];
    long to = span.get()[1];
    ex.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + to + "/" + all.length);
    send(ex, 206, type, java.util.Arrays.copyOfRange(all, (int) from, (int) to + 1), head);
  }

  /** {@code ..} and {@code .} segments, backslashes and NULs have no business in a site path. */
  static boolean isForbidden(String path) {
    if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) return true;
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".")) return true;
    }
    return false;
  }

  private static boolean isHidden(String path) {
    for (String segment : path.split("/", -1)) {
      if (segment.startsWith(".")) return true;
    }
    return false;
  }

  /** Whether the file's real path, after following symlinks, is still inside the site. */
  private static boolean isInside(Path root, Path file) throws IOException {
    try {
      return file.toRealPath().startsWith(root.toRealPath());
    } catch (NoSuchFileException e) {
      return true; // gone meanwhile: the read reports it missing
    }
  }

  /** The file's bytes, or empty when it was replaced or removed since it was checked. */
  private static Optional<byte[]> read(Path file) throws IOException {
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  private void notFound(HttpExchange ex, Path root, String key, boolean head) throws IOException {
    byte[] previous;
    synchronized (lastGood) {
      previous = lastGood.get(key);
    }
    if (previous != null && !overlay.get().isEmpty()) {
      send(ex, 200, "text/html; charset=utf-8", inject(previous), head);
      return;
    }
    Path page = root.resolve("404.html");
    if (Files.isRegularFile(page)) {
      send(ex, 404, "text/html; charset=utf-8", inject(Files.readAllBytes(page)), head);
    } else {
      // No site yet (say, site.properties is broken): a bare page that still shows the overlay.
      byte[] bare = "<!doctype html><title>Not found</title><body><p>Not found.</p></body>"
          .getBytes(StandardCharsets.UTF_8);
      send(ex, 404, "text/html; charset=utf-8", inject(bare), head);
    }
  }

  /** Inserts the overlay and the script before the last {@code </body>}, or at the end. */
  byte[] inject(byte[] html) {
    String text = new String(html, StandardCharsets.UTF_8);
    String extra = overlay.get() + SCRIPT_TAG;
    int at = text.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    String out = at < 0 ? text + extra : text.substring(0, at) + extra + text.substring(at);
    return out.getBytes(StandardCharsets.UTF_8);
  }

  private static void sendText(HttpExchange ex, int status, String text) throws IOException {
    send(ex, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8), false);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body, boolean head) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    if (head) {
      ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) ex.getResponseBody().write(body);
  }

  private static byte[] loadScript() {
    try (InputStream in = SiteHandler.class.getResourceAsStream("/io/github/pmkb/livereload.js")) {
      if (in == null) throw new IllegalStateException("livereload.js is missing from the jar");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
