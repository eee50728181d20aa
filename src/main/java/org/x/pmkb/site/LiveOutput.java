package org.x.pmkb.site;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Updates files of an already written site in place, for incremental rebuilds. Each file is
 * written beside its target and moved over it, so a server reading the folder meanwhile sees the
 * old or the new file, never half of one.
 */
final class LiveOutput implements SiteSink {
  private final Path root;

  LiveOutput(Path root) {
    this.root = root;
  }

  @Override
  public void write(String relPath, byte[] bytes) {
    Path target = resolve(relPath);
    try {
      Files.createDirectories(target.getParent());
      Path tmp = target.resolveSibling("." + target.getFileName() + ".pmkb-tmp");
      Files.write(tmp, bytes);
      move(tmp, target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  @Override
  public void stream(String relPath, Content content) {
    Path target = resolve(relPath);
    try {
      Files.createDirectories(target.getParent());
      Path tmp = target.resolveSibling("." + target.getFileName() + ".pmkb-tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        content.writeTo(out);
      }
      move(tmp, target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  @Override
  public void copy(Path source, String relPath) {
    Path target = resolve(relPath);
    try {
      Files.createDirectories(target.getParent());
      Path tmp = target.resolveSibling("." + target.getFileName() + ".pmkb-tmp");
      Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
      move(tmp, target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + source, e);
    }
  }

  /** Removes a file of the site, and its folder when that becomes empty (as a clean build would). */
  void delete(String relPath) {
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
