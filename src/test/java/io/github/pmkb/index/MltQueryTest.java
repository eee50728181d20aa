package io.github.pmkb.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The terms a related-incidents query keeps, and their order, weights and tie-break. */
class MltQueryTest {

  @Test
  void equalScoresKeepTheLowestTermIdsInTheirOrder() {
    float[] idf = new float[40];
    java.util.Arrays.fill(idf, 2f);
    // Thirty terms of the same score, listed highest id first.
    int[] pairs = new int[60];
    for (int i = 0; i < 30; i++) {
      pairs[2 * i] = 39 - i;
      pairs[2 * i + 1] = 1;
    }

    MltQuery q = MltQuery.of(pairs, idf, 25);

    assertThat(q.terms()).containsExactly(IntStream.rangeClosed(10, 34).toArray());
    assertThat(q.weights()).containsOnly(1f);
  }

  @Test
  void higherScoresComeFirstWeightedAgainstTheWeakestKept() {
    float[] idf = {1f, 3f, 1.5f, 2f};
    int[] pairs = {0, 4, 1, 1, 2, 1, 3, 3}; // scores 4, 3, 1.5, 6

    MltQuery q = MltQuery.of(pairs, idf, 3);

    assertThat(q.terms()).containsExactly(3, 0, 1);
    assertThat(q.weights()).containsExactly(2f, 4f / 3, 1f);
  }

  @Test
  void aScoreThatIsNotPositiveIsRefused() {
    assertThatThrownBy(() -> MltQuery.of(new int[] {0, 1}, new float[] {-0f}, 25))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Random documents, pairs in any order, many tied scores: the same choice as a plain comparator sort. */
  @Test
  void choosesAsAComparatorSortWould() {
    Random random = new Random(20261207L);
    for (int round = 0; round < 2_000; round++) {
      int vocabulary = 1 + random.nextInt(200);
      float[] idf = new float[vocabulary];
      for (int t = 0; t < vocabulary; t++) idf[t] = 1f + random.nextInt(4) * 0.5f + (random.nextBoolean() ? 0f : random.nextFloat() * 8);
      List<Integer> terms = new ArrayList<>(IntStream.range(0, vocabulary).boxed().toList());
      Collections.shuffle(terms, random);
      int count = random.nextInt(Math.min(vocabulary, 60) + 1);
      int[] pairs = new int[2 * count];
      for (int i = 0; i < count; i++) {
        pairs[2 * i] = terms.get(i);
        pairs[2 * i + 1] = 1 + random.nextInt(random.nextBoolean() ? 3 : 50);
      }
      int max = 1 + random.nextInt(30);

      MltQuery q = MltQuery.of(pairs, idf, max);

      List<Integer> expected = IntStream.range(0, count).boxed()
          .sorted(Comparator.<Integer>comparingDouble(i -> -(pairs[2 * i + 1] * idf[pairs[2 * i]]))
              .thenComparingInt(i -> pairs[2 * i]))
          .limit(max).map(i -> pairs[2 * i]).toList();
      assertThat(q.terms()).as("round %d", round).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
      float weakest = expected.isEmpty() ? 0f : score(pairs, idf, expected.get(expected.size() - 1));
      for (int i = 0; i < expected.size(); i++) {
        assertThat(q.weights()[i]).isEqualTo(score(pairs, idf, expected.get(i)) / weakest);
      }
    }
  }

  private static float score(int[] pairs, float[] idf, int term) {
    for (int i = 0; i < pairs.length; i += 2) if (pairs[i] == term) return pairs[i + 1] * idf[term];
    throw new AssertionError(term);
  }
}
