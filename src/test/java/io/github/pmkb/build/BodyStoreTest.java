package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.model.StoredText;
import io.github.pmkb.testing.TestSeed;

/** Texts kept in the body store read back exactly, from any thread, compare without reading, and leave no file behind. */
class BodyStoreTest {
  @TempDir Path tmp;

  @Test
  void textsWrittenFromManyThreadsReadBackExactly() {
    long seed = TestSeed.get();
    Random random = new Random(seed);
    List<String> texts = IntStream.range(0, 500).mapToObj(i -> randomText(random, i)).toList();
    BodyStore spill = BodyStore.create(tmp);

    List<StoredText> stored = texts.parallelStream().map(t -> spill.put(t.getBytes(StandardCharsets.UTF_8))).toList();

    for (int i = 0; i < texts.size(); i++) {
      assertThat(stored.get(i).text()).as("text %d, seed %d", i, seed).isEqualTo(texts.get(i));
      assertThat(stored.get(i).length()).isEqualTo(texts.get(i).getBytes(StandardCharsets.UTF_8).length);
    }
    assertThat(spill.size()).isEqualTo(texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum());
  }

  @Test
  void aSpilledTextEqualsTheSameTextInMemoryAndNoOther() {
    BodyStore spill = BodyStore.create(tmp);
    String body = "<p>Replica lag — 40 s</p>";
    StoredText spilled = spill.put(body.getBytes(StandardCharsets.UTF_8));

    assertThat(spilled).isEqualTo(StoredText.of(body)).hasSameHashCodeAs(StoredText.of(body));
    assertThat(StoredText.of(body)).isEqualTo(spilled);
    assertThat(spilled).isEqualTo(spill.put(body.getBytes(StandardCharsets.UTF_8)));
    assertThat(spilled).isNotEqualTo(StoredText.of("<p>Replica lag — 41 s</p>"))
        .isNotEqualTo(spill.put("<p>Replica lag - 40 s</p>".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void everyEmptyTextIsTheSameObject() {
    BodyStore spill = BodyStore.create(tmp);
    StoredText stored = spill.put(new byte[0]);
    assertThat(stored).isSameAs(StoredText.of("")).isSameAs(StoredText.empty());
    assertThat(spill.at(spill.size(), 0, StoredText.digestOf(new byte[0]))).isSameAs(stored);
    assertThat(stored.text()).isEmpty();
    assertThat(spill.size()).isZero();
  }

  @Test
  void leavesNoFileInItsFolder() throws Exception {
    BodyStore spill = BodyStore.create(tmp.resolve("cache"));
    StoredText t = spill.put("kept while the build runs".getBytes(StandardCharsets.UTF_8));

    try (Stream<Path> files = Files.list(tmp.resolve("cache"))) {
      assertThat(files).isEmpty();
    }
    assertThat(t.text()).isEqualTo("kept while the build runs");
  }

  @Test
  void textsOfAClosedStoreStillCompare() {
    BodyStore store = BodyStore.create(tmp);
    StoredText kept = store.put("<p>Failover</p>".getBytes(StandardCharsets.UTF_8));
    store.close();

    assertThat(kept).isEqualTo(StoredText.of("<p>Failover</p>")).isNotEqualTo(StoredText.of("<p>Failback</p>"));
    org.assertj.core.api.Assertions.assertThatThrownBy(kept::text).isInstanceOf(java.io.UncheckedIOException.class);
  }

  private static String randomText(Random random, int i) {
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(i % 7 == 0 ? 20_000 : 300);
    String alphabet = "abc <p>—é漢\n";
    for (int k = 0; k < n; k++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    return s.toString();
  }
}
