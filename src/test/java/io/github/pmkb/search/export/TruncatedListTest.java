package io.github.pmkb.search.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.pmkb.testing.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long list whose record keeps impacts for its best documents only, written by the export into a
 * real pack and read back by the page's decoder (search-lookup.js, under Node): the best documents
 * score what they scored, within quantisation, every other one the mean of theirs as a half float,
 * and no document is lost. The header (min, range) must be the one computed for the record chosen.
 */
class TruncatedListTest {
  private static final int MAX_DOC = 10_000;
  private static final int N = 2_500;
  private static final int TOP = 500;

  @TempDir Path tmp;

  @Test
  void theBestDocumentsKeepTheirScoresAndTheRestScoreTheirMean() throws Exception {
    assumeTrue(Node.find().isPresent(), "node is not installed: the long-list round trip did not run");
    Random random = new Random(16);
    int[] docs = new int[N];
    float[] scores = new float[N];
    List<Integer> all = new ArrayList<>();
    for (int d = 0; d < MAX_DOC; d++) all.add(d);
    Collections.shuffle(all, random);
    for (int i = 0; i < N; i++) docs[i] = all.get(i);
    Arrays.sort(docs);
    for (int i = 0; i < N; i++) scores[i] = 0.5f + 9.5f * random.nextFloat() * random.nextFloat();

    List<String> names = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    Pack pack = new Pack("p", (name, bytes, length) -> {
      names.add(name);
      contents.add(Arrays.copyOf(bytes, length));
    });
    pack.add(new byte[37], 37); // the record must not start at offset 0
    byte[] body = TermEntries.body(MAX_DOC, N, docs, scores, pack, TOP);
    pack.finish();
    assertThat(names).hasSize(1);
    Path bodyFile = Files.write(tmp.resolve("body.bin"), body);
    Path packFile = Files.write(tmp.resolve(names.get(0)), contents.get(0));

    String[] read = Node.run("long-list.mjs", bodyFile.toString(), packFile.toString(),
        Integer.toString(MAX_DOC), Integer.toString(TermEntries.INLINE_DF)).split("\n");
    assertThat(Integer.parseInt(read[0]) & 2).as("the truncated record was chosen").isEqualTo(2);
    int[] readDocs = Arrays.stream(read[1].split(" ")).mapToInt(Integer::parseInt).toArray();
    assertThat(readDocs).containsExactly(docs);
    String[] readScores = read[2].split(" ");
    assertThat(readScores).hasSize(N);

    boolean[] top = TermEntries.best(N, scores, TOP);
    double sum = 0;
    float max = 0;
    for (int i = 0; i < N; i++) {
      max = Math.max(max, scores[i]);
      if (!top[i]) sum += scores[i];
    }
    float restScore = Bytes.fromHalf(Bytes.half((float) (sum / (N - TOP))));
    // One impact step over the list's range, plus the half floats' own rounding of min and range.
    float step = (max - restScore) / 255f + max * 2e-3f;
    int kept = 0;
    for (int i = 0; i < N; i++) {
      float s = Float.parseFloat(readScores[i]);
      if (top[i]) {
        kept++;
        assertThat(s).as("doc %d, among the best", docs[i]).isCloseTo(scores[i], Offset.offset(step));
      } else {
        assertThat(s).as("doc %d, scored at the rest's mean", docs[i]).isEqualTo(restScore);
      }
    }
    assertThat(kept).isEqualTo(TOP);
  }
}
