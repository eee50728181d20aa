package io.github.pmkb.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Stream;
import io.github.pmkb.diag.PmkbException;
import io.github.pmkb.fs.FileTree;

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

  /** Buffer of a streamed file: few system calls, small next to the files streamed (megabytes). */
  private static final int STREAM_BUFFER = 1 << 16;

  private final Path output;
  private final Path staging;
  /** The site being replaced, whose unchanged files are linked rather than written again; or null. */
  private final Path previous;
  private final Set<Path> madeDirs = ConcurrentHashMap.newKeySet();
  /** Every file of the staged site by its path in the site, and its size: the host limits are checked from it. */
  private final Map<String, Long> sizes = new ConcurrentHashMap<>();

  private OutputWriter(Path output, Path staging, Path previous) {
    this.output = output;
    this.staging = staging;
    this.previous = previous;
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
      FileTree.delete(staging);
      Files.createDirectories(staging);
      byte[] marker = "This folder is written by pmkb build and replaced on each build.\n".getBytes(StandardCharsets.UTF_8);
      Files.write(staging.resolve(MARKER), marker);
      OutputWriter w = new OutputWriter(out, staging, Files.isDirectory(out) ? out : null);
      w.sizes.put(MARKER, (long) marker.length);
      return w;
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

  /** The size of every file written so far, by its path in the site (sorted). */
  public Map<String, Long> sizes() {
    return new TreeMap<>(sizes);
  }

  /**
   * Writes one file of the site; safe to call from many threads for different paths. A file whose
   * bytes equal the previous site's file of the same path becomes a second link to that file:
   * nothing is written, and deleting the previous site afterwards frees no blocks (on a disk
   * mounted with {@code discard}, freeing blocks is what makes deleting a site slow). The previous
   * site's files are never changed, so a killed build still leaves it intact.
   */
  @Override
  public void write(String relPath, byte[] bytes) {
    Path target = resolve(relPath);
    try {
      makeParent(target);
      sizes.put(relPath, (long) bytes.length);
      if (previous != null && linkUnchanged(previous.resolve(relPath), bytes, target)) return;
      Files.write(target, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  /**
   * Like {@link #write}, with the bytes streamed into the file; when they equal the previous
   * site's file, the written file is replaced by a link to that one, as {@link #write} would have
   * linked it.
   */
  @Override
  public void stream(String relPath, Content content) {
    Path target = resolve(relPath);
    try {
      makeParent(target);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), STREAM_BUFFER)) {
        content.writeTo(out);
      }
      sizes.put(relPath, Files.size(target));
      if (previous != null) relinkUnchanged(previous.resolve(relPath), target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  /**
   * Puts the previous site's file at {@code relPath} into the staged site as it is, linked
   * without reading it, for a page the caller knows is unchanged; false (nothing staged) when
   * there is no such file, no hard links here or the link fails {@code stillSame} (the file was
   * replaced since the caller looked), and the caller writes the page instead.
   */
  public boolean keep(String relPath, Predicate<Path> stillSame) {
    if (previous == null) return false;
    Path target = resolve(relPath);
    Path old = previous.resolve(relPath);
    try {
      makeParent(target);
      Files.createLink(target, old);
      if (!stillSame.test(target)) {
        unlink(target);
        return false;
      }
      sizes.put(relPath, Files.size(target));
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** Unlinks a kept file before the page is written: writing through the link would change the previous site's file. */
  private static void unlink(Path target) {
    try {
      Files.delete(target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unlink " + target, e);
    }
  }

  private static void relinkUnchanged(Path old, Path target) throws IOException {
    if (!sameBytes(target, old)) return;
    Path tmp = target.resolveSibling("." + target.getFileName() + ".pmkb-link");
    try {
      Files.createLink(tmp, old);
    } catch (IOException | UnsupportedOperationException e) {
      return; // no hard links here: keep the written file
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Whether {@code existing} is a regular file (not a link) holding the bytes of {@code written}. */
  static boolean sameBytes(Path written, Path existing) throws IOException {
    return Files.isRegularFile(existing, LinkOption.NOFOLLOW_LINKS) && Files.size(existing) == Files.size(written)
        && Files.mismatch(written, existing) == -1;
  }

  private static boolean linkUnchanged(Path old, byte[] bytes, Path target) {
    try {
      if (!Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) || Files.size(old) != bytes.length
          || !Arrays.equals(Files.readAllBytes(old), bytes)) {
        return false;
      }
      Files.createLink(target, old);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      // No hard links here (another file system, a FAT disk): write the file instead.
      return false;
    }
  }

  private void makeParent(Path target) throws IOException {
    Path dir = target.getParent();
    if (madeDirs.contains(dir)) return;
    Files.createDirectories(dir);
    madeDirs.add(dir);
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
      sizes.put(relPath, Files.size(target));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + source, e);
    }
  }

  private Path resolve(String relPath) {
    Path target = staging.resolve(relPath).normalize();
    if (!target.startsWith(staging)) throw new IllegalArgumentException("output path escapes the site: " + relPath);
    return target;
  }

  /** Removes a staged file (a staging folder starts empty, so this only undoes a write of this build). */
  @Override
  public void delete(String relPath) {
    try {
      Files.deleteIfExists(resolve(relPath));
      sizes.remove(relPath);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + relPath + " in " + staging, e);
    }
  }

  /** Replaces the output folder with the staged site. */
  @Override
  public void commit() {
    try {
      Path old = oldOf(output);
      FileTree.delete(old);
      if (Files.exists(output)) move(output, old);
      move(staging, output);
      FileTree.delete(old);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace " + output, e);
    }
  }

  /** Removes the staging folder after a failed build; the previous site stays. */
  @Override
  public void abort() {
    try {
      FileTree.delete(staging);
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


}
