package io.github.pmkb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import io.github.pmkb.fs.FileTree;

/**
 * Where the runs' segments ({@link Chunks}) are written before {@link IndexBuilder} copies them
 * into the index: a cache folder that keeps them between builds, one folder per run named by its
 * key, or a scratch folder emptied after each build.
 */
final class SegmentStore {
  /** The keys of the build before, kept with the last build's so that a build running meanwhile keeps its own. */
  private static final String LIVE = "live.txt";

  /** Writes one run's segment into an empty folder. */
  @FunctionalInterface
  interface Writer {
    void write(Chunks.Chunk chunk, Path into) throws IOException;
  }

  private final Path root;
  private final boolean keep;

  private SegmentStore(Path root, boolean keep) {
    this.root = root;
    this.keep = keep;
  }

  static SegmentStore cache(Path root) {
    return new SegmentStore(root, true);
  }

  static SegmentStore scratch(Path root) {
    return new SegmentStore(root, false);
  }

  /** Each run's folder, in order; runs not yet in the store are written first, in parallel. */
  List<Path> ensure(List<Chunks.Chunk> chunks, Writer writer) throws IOException {
    Files.createDirectories(root);
    List<Path> out = new ArrayList<>();
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      Path p = root.resolve(keep ? chunks.get(i).key() : "chunk-" + i);
      out.add(p);
      if (keep && Files.isRegularFile(p.resolve(DONE))) {
        // Marked as used now: another build sharing the cache prunes only runs untouched for a while.
        touch(p);
      } else {
        missing.add(i);
      }
    }
    if (!keep) {
      // A scratch store is this build's alone: no other build can meet its runs half written.
      missing.parallelStream().forEach(i -> {
        try {
          writer.write(chunks.get(i), Files.createDirectories(out.get(i)));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write the search index in " + out.get(i), e);
        }
      });
      return out;
    }
    missing.parallelStream().forEach(i -> {
      Path into = out.get(i);
      Path tmp = null;
      try {
        tmp = Files.createTempDirectory(root, into.getFileName() + TMP);
        writer.write(chunks.get(i), tmp);
        // Marked complete last: a folder without the mark (a build killed midway) is written again.
        Files.writeString(tmp.resolve(DONE), chunks.get(i).key(), StandardCharsets.UTF_8);
        install(tmp, into);
      } catch (IOException e) {
        // Another build (serve's background index and a clean build) may have put the same run there.
        if (!Files.isRegularFile(into.resolve(DONE))) throw new UncheckedIOException("cannot write the search index in " + root, e);
      } finally {
        if (tmp != null) deleteQuietly(tmp);
      }
    });
    return out;
  }

  /**
   * Moves a finished run into place without ever deleting a complete one, which another build
   * may be reading: a run already marked complete wins, and an unmarked leftover (a build killed
   * midway) is renamed aside before it goes.
   */
  private static void install(Path tmp, Path into) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) {
      if (Files.isRegularFile(into.resolve(DONE))) return;
      if (Files.exists(into)) {
        Path aside = Files.createTempDirectory(into.getParent(), into.getFileName() + TMP);
        Files.delete(aside);
        try {
          move(into, aside);
        } catch (IOException e) {
          continue;
        }
        if (Files.isRegularFile(aside.resolve(DONE))) {
          // Completed meanwhile by another build: put it back unless a third one did too.
          try {
            move(aside, into);
          } catch (IOException e) {
            deleteQuietly(aside);
          }
          return;
        }
        deleteQuietly(aside);
      }
      try {
        move(tmp, into);
        return;
      } catch (IOException e) {
        // another build moved its copy in between (a rename onto a full folder fails): look again
      }
    }
    if (!Files.isRegularFile(into.resolve(DONE))) throw new IOException("cannot put the run in place: " + into);
  }

  private static void touch(Path p) {
    try {
      Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      // gone meanwhile: the build fails on it when it links the run, as it would without this
    }
  }

  private static final String DONE = "pmkb-run.txt";
  /** Marks a folder being written or being removed, never a run: the pruning may delete it once old. */
  private static final String TMP = ".tmp-";
  /** Runs younger than this are kept: another build in the same cache may be about to use them. */
  private static final long YOUNG_MS = 600_000L;

  private static void deleteQuietly(Path p) {
    try {
      FileTree.delete(p);
    } catch (IOException e) {
      // a leftover: deleted by a later build once old
    }
  }

  /** A run another build may be writing or using now; one left by a build killed midway goes later. */
  private static boolean young(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis() > System.currentTimeMillis() - YOUNG_MS;
    } catch (IOException e) {
      // deleted meanwhile by another build's pruning: nothing left to prune
      return true;
    }
  }

  /** Only what this store writes: a run named by its key (hex digits) or a folder being written. */
  private static boolean ours(String name) {
    return name.contains(TMP) || (!name.isEmpty() && name.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')));
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /**
   * After the index was copied: a scratch store is deleted; a cache drops the runs used neither
   * by this build nor by the one before it, once they are older than {@link #YOUNG_MS}.
   */
  void done(List<Chunks.Chunk> chunks) throws IOException {
    if (!keep) {
      FileTree.delete(root);
      return;
    }
    Set<String> live = new HashSet<>();
    chunks.forEach(c -> live.add(c.key()));
    Path list = root.resolve(LIVE);
    Set<String> keepToo = Files.isRegularFile(list)
        ? new HashSet<>(Files.readAllLines(list, StandardCharsets.UTF_8)) : Set.of();
    try (Stream<Path> entries = Files.list(root)) {
      for (Path p : entries.toList()) {
        String name = p.getFileName().toString();
        boolean leftover = name.contains(TMP) || Files.isDirectory(p) && !live.contains(name) && !keepToo.contains(name);
        if (ours(name) && leftover && !young(p)) deleteQuietly(p);
      }
    }
    // Written aside and moved in, so a build reading the list meanwhile never sees it half written.
    Path next = Files.createTempFile(root, LIVE, TMP);
    Files.writeString(next, String.join("\n", live.stream().sorted().toList()), StandardCharsets.UTF_8);
    Files.move(next, list, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
