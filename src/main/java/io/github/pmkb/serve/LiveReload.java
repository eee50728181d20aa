package io.github.pmkb.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import io.github.pmkb.escape.JsonString;

/**
 * Server-Sent Events at {@link #PATH}: each open page holds one stream and reloads when it gets a
 * {@code reload} event. Each stream occupies one of the server's threads while open, which is why
 * the server runs on a thread pool rather than the JDK's default single thread.
 */
final class LiveReload implements HttpHandler {
  static final String PATH = "/__pmkb/events";
  /** A comment line keeps proxies from closing idle streams and finds clients that went away. */
  private static final long PING_SECONDS = 15;
  private static final String CLOSE = "";

  private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();

  /**
   * Asks open pages to reload: every page when {@code paths} is null, else only pages showing one
   * of {@code paths} (site paths such as {@code incidents/a.html}; the script compares them with
   * its own address). The data is JSON: {@code {"generation":3,"paths":["incidents/a.html"]}}.
   */
  void reload(long generation, List<String> paths) {
    StringBuilder data = new StringBuilder("{\"generation\":").append(generation).append(",\"paths\":");
    if (paths == null) {
      data.append("null");
    } else {
      data.append('[');
      for (int i = 0; i < paths.size(); i++) {
        if (i > 0) data.append(',');
        JsonString.appendQuoted(data, paths.get(i));
      }
      data.append(']');
    }
    String event = "event: reload\ndata: " + data + "\n\n";
    clients.forEach(q -> q.offer(event));
  }

  int clients() {
    return clients.size();
  }

  /** Ends every stream so the server can stop without waiting for them. */
  void close() {
    clients.forEach(q -> q.offer(CLOSE));
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    clients.add(queue);
    try (ex) {
      ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      ex.getResponseHeaders().set("Cache-Control", "no-store");
      ex.sendResponseHeaders(200, 0);
      OutputStream out = ex.getResponseBody();
      send(out, ": connected\n\n");
      while (true) {
        String event = queue.poll(PING_SECONDS, TimeUnit.SECONDS);
        if (CLOSE.equals(event)) break;
        send(out, event == null ? ": ping\n\n" : event);
      }
    } catch (IOException | InterruptedException e) {
      // The page was closed or reloaded, or the server is stopping: the stream simply ends.
      if (e instanceof InterruptedException) Thread.currentThread().interrupt();
    } finally {
      clients.remove(queue);
    }
  }

  private static void send(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
