package io.github.pmkb.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * Watches a knowledge base's folder tree with io.methvin's directory-watcher and reports each
 * changed path. Only folders accepted by {@code descend} are registered, so the watcher never
 * follows the output folder it writes into (nor {@code .git} or {@code target}).
 *
 * <p>File hashing is off: the build session already compares sha256 digests, and hashing every
 * file at start would double the start-up time on a large corpus. Deletions and renames of a
 * folder arrive as one event for the folder, which the session handles.
 */
final class SourceWatcher implements AutoCloseable {
  /** Receives changed paths; {@code overflow} means the OS dropped events and everything may have changed. */
  interface Sink {
    void changed(Path path, boolean overflow);
  }

  private final DirectoryWatcher watcher;

  private SourceWatcher(DirectoryWatcher watcher) {
    this.watcher = watcher;
  }

  static SourceWatcher start(Path root, Predicate<Path> descend, Sink sink) throws IOException {
    DirectoryWatcher w = DirectoryWatcher.builder()
        .path(root)
        .fileHashing(false)
        .fileTreeVisitor(new FilteredVisitor(descend))
        .logger(LoggerFactory.getLogger(SourceWatcher.class))
        .listener(e -> {
          if (e.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) sink.changed(root, true);
          else if (e.path() != null) sink.changed(e.path(), false);
        })
        .build();
    w.watchAsync();
    return new SourceWatcher(w);
  }

  @Override
  public void close() throws IOException {
    watcher.close();
  }

  /** Registers and lists only the folders {@code descend} accepts. */
  private record FilteredVisitor(Predicate<Path> descend) implements FileTreeVisitor {
    @Override
    public void recursiveVisitFiles(Path file, Callback onDirectory, Callback onFile) throws IOException {
      if (!Files.isDirectory(file)) {
        onFile.call(file);
        return;
      }
      if (!descend.test(file)) return;
      onDirectory.call(file);
      List<Path> children;
      try (Stream<Path> s = Files.list(file)) {
        children = s.sorted().toList();
      } catch (IOException e) {
        return; // deleted while being listed; its own event follows
      }
      for (Path child : children) recursiveVisitFiles(child, onDirectory, onFile);
    }
  }
}
