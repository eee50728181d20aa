package io.github.pmkb.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Updates files of an already written site in place, for incremental rebuilds. Each file is
 * written beside its target and moved over it, so a server reading the folder meanwhile sees the
 * old or the new file, never half of one. A file whose new bytes equal those on disk is left as
 * it was (a page rendered again because its view changed often renders the same bytes).
 */
public final class LiveOutput implements SiteSink {
  private final Path root;
  private final Set<String> replaced = new LinkedHashSet<>();

  public LiveOutput(Path root) {
    this.root = root;
  }

  /** The paths written so far whose bytes differed from those on disk (or that were new), in order. */
  public Set<String> replaced() {
    return Collections.unmodifiableSet(replaced);
  }

  @Override
  public void write(String relPath, byte[] bytes) {
    replace(relPath, "cannot write ", tmp -> Files.write(tmp, bytes));
  }

  @Override
  public void stream(String relPath, Content content) {
    replace(relPath, "cannot write ", tmp -> {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        content.writeTo(out);
      }
    });
  }

  @Override
  public void copy(Path source, String relPath) {
    replace(relPath, "cannot copy " + source + " to ", tmp -> Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING));
  }

  /** Fills a file beside the target, then moves it over the target: a reader never sees half a file. */
  private interface Fill {
    void into(Path tmp) throws IOException;
  }

  private void replace(String relPath, String failure, Fill fill) {
    Path target = resolve(relPath);
    try {
      Files.createDirectories(target.getParent());
      Path tmp = target.resolveSibling("." + target.getFileName() + ".pmkb-tmp");
      fill.into(tmp);
      if (OutputWriter.sameBytes(tmp, target)) Files.delete(tmp);
      else {
        move(tmp, target);
        replaced.add(relPath);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(failure + target, e);
    }
  }

  /** Removes a file of the site, and its folder when that becomes empty (as a clean build would). */
  @Override
  public void delete(String relPath) {
    Path target = resolve(relPath);
    try {
      Files.deleteIfExists(target);
      Path dir = target.getParent();
      while (!dir.equals(root) && isEmptyDir(dir)) {
        Files.delete(dir);
        dir = dir.getParent();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + target, e);
    }
  }

  private static boolean isEmptyDir(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return false;
    try (var s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private Path resolve(String relPath) {
    Path target = root.resolve(relPath).normalize();
    if (!target.startsWith(root)) throw new IllegalArgumentException("output path escapes the site: " + relPath);
    return target;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
