package io.github.pmkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds sharing one segment cache (serve's background index and a clean build). */
class SegmentStoreTest {
  @TempDir Path tmp;

  private static final List<Chunks.Chunk> RUNS = List.of(
      new Chunks.Chunk(List.of(), "aa01"), new Chunks.Chunk(List.of(), "bb02"), new Chunks.Chunk(List.of(), "cc03"));

  /** Writes the run's key into a file, after all writers have started, so they overlap. */
  private static SegmentStore.Writer writer(CountDownLatch started) {
    return (chunk, into) -> {
      started.countDown();
      try {
        started.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      Files.writeString(into.resolve("segment"), chunk.key(), StandardCharsets.UTF_8);
    };
  }

  @Test
  void twoBuildsWritingTheSameRunsAtOnceBothGetCompleteRuns() throws Exception {
    Path root = tmp.resolve("cache");
    CountDownLatch started = new CountDownLatch(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<List<Path>> a = pool.submit(() -> SegmentStore.cache(root).ensure(RUNS, writer(started)));
      Future<List<Path>> b = pool.submit(() -> SegmentStore.cache(root).ensure(RUNS, writer(started)));
      assertThat(a.get()).isEqualTo(b.get());
      for (int i = 0; i < RUNS.size(); i++) {
        assertThat(Files.readString(a.get().get(i).resolve("segment"))).isEqualTo(RUNS.get(i).key());
      }
    } finally {
      pool.shutdownNow();
    }
    SegmentStore.cache(root).done(RUNS);
    try (Stream<Path> left = Files.list(root)) {
      assertThat(left.map(p -> p.getFileName().toString()).sorted()).containsExactly("aa01", "bb02", "cc03", "live.txt");
    }
  }

  @Test
  void aRunLeftUnfinishedByAKilledBuildIsWrittenAgain() throws IOException {
    Path root = tmp.resolve("cache");
    Files.createDirectories(root.resolve("bb02"));
    Files.writeString(root.resolve("bb02").resolve("segment"), "half", StandardCharsets.UTF_8);
    List<Path> runs = SegmentStore.cache(root).ensure(RUNS, writer(new CountDownLatch(0)));
    assertThat(Files.readString(runs.get(1).resolve("segment"))).isEqualTo("bb02");
  }

  @Test
  void pruningDropsOnlyOldRunsNoBuildUsesAndNothingElse() throws IOException {
    Path root = tmp.resolve("cache");
    SegmentStore.cache(root).ensure(RUNS, writer(new CountDownLatch(0)));
    Path stranger = Files.createDirectories(root.resolve("notes"));
    // Left by a build killed while it wrote a run and the list of runs in use.
    Files.createDirectories(root.resolve("dd04.tmp-1"));
    Files.writeString(root.resolve("live.txt2.tmp-"), "aa01", StandardCharsets.UTF_8);
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);
    for (String name : List.of("aa01", "bb02", "cc03", "notes", "dd04.tmp-1", "live.txt2.tmp-")) {
      Files.setLastModifiedTime(root.resolve(name), old);
    }
    // One build used all three runs; the next uses only the first: the last two stay, as the
    // build before used them.
    SegmentStore.cache(root).done(RUNS);
    SegmentStore.cache(root).done(RUNS.subList(0, 1));
    assertThat(root.resolve("cc03")).isDirectory();
    // A third build using the first run again: the others were used by neither it nor the one before.
    SegmentStore.cache(root).done(RUNS.subList(0, 1));
    assertThat(root.resolve("aa01")).isDirectory();
    assertThat(root.resolve("bb02")).doesNotExist();
    assertThat(root.resolve("cc03")).doesNotExist();
    assertThat(stranger).isDirectory();
    assertThat(root.resolve("dd04.tmp-1")).doesNotExist();
    assertThat(root.resolve("live.txt2.tmp-")).doesNotExist();
  }

  @Test
  void aRunReusedNowIsNotPrunedByAnotherBuild() throws IOException {
    Path root = tmp.resolve("cache");
    SegmentStore.cache(root).ensure(RUNS, writer(new CountDownLatch(0)));
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);
    for (String name : List.of("aa01", "bb02", "cc03")) Files.setLastModifiedTime(root.resolve(name), old);
    SegmentStore.cache(root).done(RUNS.subList(0, 1));
    SegmentStore.cache(root).done(RUNS.subList(0, 1));
    SegmentStore.cache(root).ensure(RUNS.subList(0, 1), writer(new CountDownLatch(0)));
    Files.setLastModifiedTime(root.resolve("aa01"), old);
    // A build starting on all three runs rewrites the pruned two and marks the first as used now,
    SegmentStore.cache(root).ensure(RUNS, writer(new CountDownLatch(0)));
    // so another build's pruning, which no longer lists any of them, leaves all three.
    SegmentStore.cache(root).done(List.of(new Chunks.Chunk(List.of(), "dd04")));
    SegmentStore.cache(root).done(List.of(new Chunks.Chunk(List.of(), "dd04")));
    assertThat(root.resolve("aa01")).isDirectory();
    assertThat(root.resolve("bb02")).isDirectory();
  }
}
