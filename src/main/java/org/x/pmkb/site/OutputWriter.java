package org.x.pmkb.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.x.pmkb.diag.PmkbException;

/**
 * Writes a site into a staging folder beside the output and swaps it in only when complete, so a
 * failed or killed build leaves the previous site as it was.
 *
 * <p>pmkb only ever replaces a folder that carries its {@link #MARKER} file: pointed at a folder
 * with anything else in it, it refuses rather than delete the user's files.
 */
public final class OutputWriter implements SiteSink {
  /** Marks a folder as pmkb's output, safe to replace. */
  public static final String MARKER = ".pmkb-output";

  private final Path output;
  private final Path staging;

  private OutputWriter(Path output, Path staging) {
    this.output = output;
    this.staging = staging;
  }

  /** Checks that {@code output} may be replaced and creates a fresh staging folder beside it. */
  public static OutputWriter open(Path output) {
    Path out = output.toAbsolutePath().normalize();
    recoverInterruptedSwap(out);
    if (Files.exists(out) && !isReplaceable(out)) {
      throw new PmkbException(2, "refusing to replace " + out + ": it is not empty and was not created by pmkb"
          + " (no " + MARKER + " file); choose another --output or empty it");
    }
    try {
      Path parent = out.getParent();
      Files.createDirectories(parent);
      Path staging = parent.resolve("." + out.getFileName() + ".pmkb-staging");
      deleteTree(staging);
      Files.createDirectories(staging);
      Files.writeString(staging.resolve(MARKER), "This folder is written by pmkb build and replaced on each build.\n",
          StandardCharsets.UTF_8);
      return new OutputWriter(out, staging);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + out, e);
    }
  }

  /**
   * A build killed between the two renames of {@link #commit()} leaves the previous site under
   * its {@code .pmkb-old} name and no output folder: put it back before anything else.
   */
  private static void recoverInterruptedSwap(Path out) {
    Path old = oldOf(out);
    if (Files.exists(out) || !Files.isDirectory(old) || !Files.exists(old.resolve(MARKER))) return;
    try {
      move(old, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restore the previous site from " + old, e);
    }
  }

  private static Path oldOf(Path out) {
    return out.resolveSibling("." + out.getFileName() + ".pmkb-old");
  }

  private static boolean isReplaceable(Path out) {
    if (!Files.isDirectory(out)) return false;
    if (Files.exists(out.resolve(MARKER))) return true;
    try (Stream<Path> s = Files.list(out)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  public Path staging() {
    return staging;
  }

  /** Writes one file of the site; safe to call from many threads for different paths. */
  @Override
  public void write(String relPath, byte[] bytes) {
    Path target = resolve(relPath);
    try {
      Files.createDirectories(target.getParent());
      Files.write(target, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  /** Copies every file below {@code dir} into the site root, keeping relative paths; returns the count. */
  public int copyTree(Path dir) {
    if (!Files.isDirectory(dir)) return 0;
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
      for (Path f : files) copy(f, dir.relativize(f).toString().replace('\\', '/'));
      return files.size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + dir, e);
    }
  }

  @Override
  public void copy(Path source, String relPath) {
    Path target = resolve(relPath);
    try {
      Files.createDirectories(target.getParent());
      Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + source, e);
    }
  }

  private Path resolve(String relPath) {
    Path target = staging.resolve(relPath).normalize();
    if (!target.startsWith(staging)) throw new IllegalArgumentException("output path escapes the site: " + relPath);
    return target;
  }

  /** Replaces the output folder with the staged site. */
  public void commit() {
    try {
      Path old = oldOf(output);
      deleteTree(old);
      if (Files.exists(output)) move(output, old);
      move(staging, output);
      deleteTree(old);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace " + output, e);
    }
  }

  /** Removes the staging folder after a failed build; the previous site stays. */
  public void abort() {
    try {
      deleteTree(staging);
    } catch (IOException e) {
      // Nothing the user wrote is in the staging folder; a leftover is removed by the next build.
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
