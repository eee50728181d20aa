package io.github.pmkb.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import io.github.pmkb.build.BuildSession;
import io.github.pmkb.build.Rebuild;
import io.github.pmkb.build.Reindex;
import io.github.pmkb.build.SourceChanges;

/**
 * Debounces file events and runs rebuilds one at a time, in two phases. A save often writes
 * several files, and editors that save by rename-and-replace produce create, delete and modify
 * events for one file; waiting until no event arrived for {@link #QUIET_MILLIS} ms turns a burst
 * into one rebuild.
 *
 * <p>An edit of postmortems is first previewed ({@link BuildSession#preview}: their own pages,
 * tens of milliseconds) and reported, so the page reloads; then the index is rebuilt on a
 * background thread ({@link Reindex}, seconds on a large corpus) while the rebuild thread stays
 * free for the next edit, and the rest of the site is applied ({@link BuildSession#finish}) and
 * reported once the index matches the sources. An edit that arrives meanwhile is previewed at
 * once; the index then being built is dropped when done and a new one started, so a series of
 * quick saves ends in one complete update. At most one index is built at a time.
 */
final class RebuildScheduler implements AutoCloseable {
  static final long QUIET_MILLIS = 50;

  /**
   * One finished rebuild or phase of one.
   *
   * @param paths the changed paths it covers (for the rest of an update: all since the last one)
   * @param everyPage whether every page may look different (templates, static files, images, a
   *     configuration change), not only those in {@code rebuild.rendered()}
   */
  record Event(List<Path> paths, Rebuild rebuild, boolean everyPage) {}

  private final BuildSession session;
  private final Consumer<Event> listener;
  private final Consumer<RuntimeException> failure;
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "pmkb-rebuild");
    t.setDaemon(true);
    return t;
  });
  private final ExecutorService indexer = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "pmkb-index");
    t.setDaemon(true);
    // The preview of the next edit comes first; the index can wait for a core.
    t.setPriority(Thread.MIN_PRIORITY);
    return t;
  });
  private final Set<Path> pending = new LinkedHashSet<>();
  private boolean overflow;
  private ScheduledFuture<?> next;
  private volatile ChangeClassifier classifier;
  /** Rebuild thread only: paths previewed since the last complete update, an index job under way. */
  private final Set<Path> owedPaths = new LinkedHashSet<>();
  private boolean indexing;

  RebuildScheduler(BuildSession session, Consumer<Event> listener, Consumer<RuntimeException> failure) {
    this.session = session;
    this.listener = listener;
    this.failure = failure;
    this.classifier = new ChangeClassifier(session.layout());
  }

  ChangeClassifier classifier() {
    return classifier;
  }

  /** Called from the watcher's thread for every event. */
  synchronized void changed(Path path, boolean lost) {
    if (!lost && classifier.classify(path).isEmpty()) return;
    pending.add(path);
    overflow |= lost;
    if (next != null) next.cancel(false);
    next = thread.schedule(this::flush, QUIET_MILLIS, TimeUnit.MILLISECONDS);
  }

  private synchronized boolean eventsWaiting() {
    return !pending.isEmpty();
  }

  private void flush() {
    List<Path> paths;
    boolean lost;
    synchronized (this) {
      paths = new ArrayList<>(pending);
      lost = overflow;
      pending.clear();
      overflow = false;
    }
    SourceChanges changes = paths.isEmpty() ? null : classifier.changes(paths, lost);
    if (changes != null && !changes.isEmpty()) {
      try {
        Rebuild r = session.preview(changes);
        // A configuration change may move the content or template folders.
        classifier = new ChangeClassifier(session.layout());
        if (r.preview()) owedPaths.addAll(paths);
        else owedPaths.clear();
        listener.accept(new Event(paths, r, everyPage(changes)));
      } catch (RuntimeException e) {
        // I/O trouble or a bug: report it and keep serving; the next change tries again.
        failure.accept(e);
      }
    }
    startRest();
  }

  /** Starts building the index for the owed rest, unless one is being built or more edits wait. */
  private void startRest() {
    if (indexing || !session.pending() || eventsWaiting()) return;
    Reindex job;
    try {
      job = session.reindex();
    } catch (RuntimeException e) {
      failure.accept(e);
      return;
    }
    indexing = true;
    CompletableFuture.supplyAsync(job::run, indexer).whenComplete((result, error) -> {
      try {
        thread.execute(() -> finish(result, error));
      } catch (RejectedExecutionException e) {
        // closing
      }
    });
  }

  private void finish(Reindex.Result result, Throwable error) {
    indexing = false;
    if (error != null) {
      Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
          ? error.getCause() : error;
      failure.accept(cause instanceof RuntimeException re ? re : new IllegalStateException(cause));
      // Not retried: the next change tries again (a failure that repeats would otherwise spin).
      return;
    }
    // An edit waits to be previewed: it comes first, and makes this index stale anyway.
    if (eventsWaiting()) return;
    try {
      session.finish(result).ifPresent(r -> {
        List<Path> paths = List.copyOf(owedPaths);
        owedPaths.clear();
        listener.accept(new Event(paths, r, false));
      });
    } catch (RuntimeException e) {
      failure.accept(e);
    }
    // Stale (an edit came in while indexing): index the latest corpus.
    startRest();
  }

  /** Anything but edited Markdown may change how every page looks. */
  private static boolean everyPage(SourceChanges c) {
    return c.config() || c.templates() || c.assets() || c.rescan()
        || c.content().stream().anyMatch(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"));
  }

  @Override
  public void close() {
    thread.shutdownNow();
    indexer.shutdownNow();
    try {
      // An index being written below the knowledge base: let it stop before the caller deletes things.
      indexer.awaitTermination(10, TimeUnit.SECONDS);
      thread.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
