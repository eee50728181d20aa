package io.github.pmkb.index;

import java.util.Arrays;

/**
 * A document's related-incidents query: the term ids MoreLikeThis would choose, best first, and
 * each one's weight.
 */
record MltQuery(int[] terms, float[] weights) {

  /**
   * The best {@code max} terms of a document, best first (ties to the lower term id, the term
   * read first), each weighted by its score relative to the weakest one kept: MoreLikeThis pops
   * its queue weakest first and divides by the first score it pops, so its boosts are at least 1.
   * That scale is what balances the text against the root-cause and service bonuses.
   *
   * @param pairs the document's terms as term id, frequency, term id, frequency... (each term once)
   * @param idfClassic each term's classic idf, at least 1
   */
  static MltQuery of(int[] pairs, float[] idfClassic, int max) {
    int count = pairs.length / 2;
    // Sorted as longs, not boxed with a comparator: the score's bits inverted in the high half,
    // so higher scores come first, and the term id in the low half, so ties go to the lower id.
    long[] order = new long[count];
    for (int i = 0; i < count; i++) {
      int term = pairs[2 * i];
      float score = pairs[2 * i + 1] * idfClassic[term];
      // A positive float orders as its bits do; zero, -0 or NaN would not (frequency and idf are >= 1).
      if (!(score > 0f)) throw new IllegalArgumentException("term " + term + " scores " + score);
      order[i] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(score)) << 32) | term;
    }
    Arrays.sort(order);
    int[] terms = new int[Math.min(max, count)];
    float[] weights = new float[terms.length];
    float weakest = terms.length == 0 ? 0f : scoreOf(order[terms.length - 1]);
    for (int i = 0; i < terms.length; i++) {
      terms[i] = (int) order[i];
      weights[i] = scoreOf(order[i]) / weakest;
    }
    return new MltQuery(terms, weights);
  }

  private static float scoreOf(long key) {
    return Float.intBitsToFloat(Integer.MAX_VALUE - (int) (key >>> 32));
  }
}
