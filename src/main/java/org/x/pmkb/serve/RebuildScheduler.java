package org.x.pmkb.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.x.pmkb.site.BuildSession;
import org.x.pmkb.site.Rebuild;
import org.x.pmkb.site.SourceChanges;

/**
 * Debounces file events and runs rebuilds one at a time. A save often writes several files, and
 * editors that save by rename-and-replace produce create, delete and modify events for one file;
 * waiting until no event arrived for {@link #QUIET_MILLIS} ms turns a burst into one rebuild.
 * Events that arrive during a rebuild start the next one.
 */
final class RebuildScheduler implements AutoCloseable {
  static final long QUIET_MILLIS = 100;

  /** One finished rebuild: the paths that caused it and its outcome. */
  record Event(List<Path> paths, Rebuild rebuild) {}

  private final BuildSession session;
  private final Consumer<Event> listener;
  private final Consumer<RuntimeException> failure;
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "pmkb-rebuild");
    t.setDaemon(true);
    return t;
  });
  private final Set<Path> pending = new LinkedHashSet<>();
  private boolean overflow;
  private ScheduledFuture<?> next;
  private volatile ChangeClassifier classifier;

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

  private void flush() {
    List<Path> paths;
    boolean lost;
    synchronized (this) {
      paths = new ArrayList<>(pending);
      lost = overflow;
      pending.clear();
      overflow = false;
    }
    if (paths.isEmpty()) return;
    SourceChanges changes = classifier.changes(paths, lost);
    if (changes.isEmpty()) return;
    try {
      Rebuild r = session.update(changes);
      // A configuration change may move the content or template folders.
      classifier = new ChangeClassifier(session.layout());
      listener.accept(new Event(paths, r));
    } catch (RuntimeException e) {
      // I/O trouble or a bug: report it and keep serving; the next change tries again.
      failure.accept(e);
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
