package io.github.pmkb.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves a built site on 127.0.0.1 under a path prefix, like GitHub Pages serves a project site
 * under {@code /<repo>/}. Only for tests: single byte ranges ({@code Range: bytes=a-b}, as the
 * search packs are read), no caching headers.
 */
public final class StaticServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
      "text/javascript; charset=utf-8", "css", "text/css", "json", "application/json", "txt",
      "text/plain; charset=utf-8", "bin", "application/octet-stream");
  private final HttpServer server;
  private final String prefix;

  private StaticServer(HttpServer server, String prefix) {
    this.server = server;
    this.prefix = prefix;
  }

  /** @param prefix e.g. {@code "/kb/"} */
  public static StaticServer serve(Path site, String prefix) {
    try {
      HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      s.setExecutor(Executors.newFixedThreadPool(4));
      s.createContext(prefix, ex -> {
        String rel = ex.getRequestURI().getPath().substring(prefix.length());
        if (rel.isEmpty() || rel.endsWith("/")) rel += "index.html";
        Path f = site.resolve(rel).normalize();
        byte[] body;
        int status = 200;
        if (f.startsWith(site) && Files.isRegularFile(f)) {
          body = Files.readAllBytes(f);
        } else if (Files.isRegularFile(site.resolve("404.html"))) {
          // As GitHub Pages does: the site's 404 page, at the address that was missed.
          status = 404;
          body = Files.readAllBytes(site.resolve("404.html"));
          f = site.resolve("404.html");
        } else {
          status = 404;
          body = "not found".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        String range = ex.getRequestHeaders().getFirst("Range");
        var m = range == null || status != 200 ? null : java.util.regex.Pattern.compile("bytes=(\\d+)-(\\d+)").matcher(range);
        if (m != null && m.matches()) {
          int from = (int) Math.min(body.length, Long.parseLong(m.group(1)));
          int to = (int) Math.min(body.length - 1L, Long.parseLong(m.group(2)));
          ex.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + to + "/" + body.length);
          body = java.util.Arrays.copyOfRange(body, from, Math.max(from, to + 1));
          status = 206;
        }
        String name = f.getFileName() == null ? "" : f.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        ex.getResponseHeaders().set("Content-Type", status / 100 == 2 || ext.equals("html") ? TYPES.getOrDefault(ext, "application/octet-stream") : "text/plain");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      });
      s.start();
      return new StaticServer(s, prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url(String rel) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + prefix + rel;
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
