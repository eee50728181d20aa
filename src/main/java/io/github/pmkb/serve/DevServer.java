package io.github.pmkb.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import io.github.pmkb.build.BuildOptions;
import io.github.pmkb.build.BuildResult;
import io.github.pmkb.build.BuildSession;
import io.github.pmkb.build.Rebuild;
import io.github.pmkb.build.SiteBuilder;
import io.github.pmkb.diag.Diagnostic;

/**
 * {@code pmkb serve}'s front door: builds the site once, serves it, and rebuilds and reloads open
 * pages on every change until closed. See the package documentation for the parts.
 */
public final class DevServer implements AutoCloseable {
  /** Where to listen. Port 0 picks a free port (tests use it). */
  public record Options(BuildOptions build, String bind, int port) {}

  /** What the server reports; called from the rebuild thread, one call at a time. */
  public interface Listener {
    /**
     * One rebuild, or one phase of one, finished; {@code changed} are the paths that caused it,
     * absolute. An edit of postmortems comes as a {@link Rebuild.Phase#PREVIEW} (their pages,
     * served at once) and later a {@link Rebuild.Phase#REST} (the rest of the site, for all the
     * previews since the last one); anything else as one {@link Rebuild.Phase#ALL}.
     */
    void rebuilt(List<Path> changed, Rebuild rebuild);

    /** A rebuild failed on I/O or a bug; the server keeps running. */
    void failed(RuntimeException e);
  }

  private final BuildSession session;
  private final BuildResult first;
  private final HttpServer http;
  private final ExecutorService pool;
  private final LiveReload live = new LiveReload();
  private final RebuildScheduler scheduler;
  private final AtomicLong generation = new AtomicLong();
  private volatile List<Diagnostic> diagnostics;
  private SourceWatcher watcher;

  private DevServer(Options options, Listener listener, SiteBuilder.Progress progress) throws IOException {
    AtomicInteger n = new AtomicInteger();
    // Each open page holds a live-reload stream on a thread; the JDK's default single thread would
    // let one open tab block every other request.
    this.pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "pmkb-http-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    // Bound before the (possibly long) first build, so a busy port fails at once.
    this.http = HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 64);
    // Its own index folder: a `pmkb build` in the same folder meanwhile must not break the session.
    this.session = BuildSession.open(options.build(), progress, "serve-index");
    try {
      this.first = session.build();
    } catch (RuntimeException e) {
      http.stop(0);
      pool.shutdownNow();
      session.close();
      throw e;
    }
    this.diagnostics = first.diagnostics();
    this.scheduler = new RebuildScheduler(session, e -> {
      Rebuild r = e.rebuild();
      // The overlay is on every page: when the errors change, every page must reload.
      boolean overlayChanged = !Overlay.html(r.diagnostics()).equals(Overlay.html(diagnostics));
      diagnostics = r.diagnostics();
      if (e.everyPage() || overlayChanged || r.full()) {
        live.reload(generation.incrementAndGet(), null);
      } else if (!r.changed().isEmpty() || !r.deleted().isEmpty()) {
        // After a preview, the rest of the update reloads a page only if it changed its bytes again.
        List<String> paths = new ArrayList<>(r.changed());
        paths.addAll(r.deleted());
        live.reload(generation.incrementAndGet(), paths);
      }
      listener.rebuilt(e.paths(), r);
    }, listener::failed);
    http.createContext("/", new SiteHandler(this::siteFolder, () -> Overlay.html(diagnostics)));
    http.createContext(LiveReload.PATH, live);
    http.setExecutor(pool);
  }

  /** Builds the site, starts serving it and starts watching its sources. */
  public static DevServer start(Options options, Listener listener, SiteBuilder.Progress progress)
      throws IOException {
    DevServer s = new DevServer(options, listener, progress);
    s.http.start();
    s.watcher = SourceWatcher.start(s.session.layout().root(), p -> s.scheduler.classifier().isWatched(p),
        s.scheduler::changed);
    return s;
  }

  /** The first, clean build. */
  public BuildResult firstBuild() {
    return first;
  }

  /** The address to open, e.g. {@code http://127.0.0.1:8080/}. */
  public URI url() {
    InetSocketAddress a = http.getAddress();
    String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
    if (host.contains(":")) host = "[" + host + "]";
    return URI.create("http://" + host + ":" + a.getPort() + "/");
  }

  private Path siteFolder() {
    return session.output().orElse(session.layout().root().resolve("target").resolve("pmkb-serve"));
  }

  @Override
  public void close() throws IOException {
    try {
      if (watcher != null) watcher.close();
    } finally {
      scheduler.close();
      live.close();
      http.stop(0);
      pool.shutdownNow();
      // After the scheduler stopped: no rebuild or index job reads the session's bodies any more.
      session.close();
    }
  }
}
