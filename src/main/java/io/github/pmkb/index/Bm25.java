package io.github.pmkb.index;

import org.apache.lucene.util.SmallFloat;

/**
 * Lucene's BM25 ({@code BM25Similarity}, Lucene 9: k1 = 1.2, b = 0.75), written once for the
 * readers that score postings themselves: related incidents ({@link RelatedFinder}) and the
 * browser-search export. Float arithmetic mirrors Lucene's, so scores equal what {@code
 * IndexSearcher} adds up.
 */
public final class Bm25 {
  public static final float K1 = 1.2f;
  public static final float B = 0.75f;

  private Bm25() {}

  /** {@code ln(1 + (docCount − df + 0.5)/(df + 0.5))}. */
  public static float idf(long docFreq, long docCount) {
    return (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
  }

  /**
   * For each of the 256 one-byte norms, {@code 1/(k1·(1 − b + b·length/avgLength))}, the length
   * being the norm decoded as Lucene does ({@link SmallFloat#byte4ToInt}).
   */
  public static float[] normInverses(float avgLength) {
    float[] out = new float[256];
    for (int i = 0; i < 256; i++) out[i] = normInverse(SmallFloat.byte4ToInt((byte) i), avgLength);
    return out;
  }

  /** {@code 1/(k1·(1 − b + b·length/avgLength))}. */
  public static float normInverse(int length, float avgLength) {
    return 1f / (K1 * ((1 - B) + B * length / avgLength));
  }

  /** The score of {@code freq} occurrences at weight {@code w} (boost · idf): {@code w − w/(1 + freq·normInverse)}. */
  public static float score(float w, int freq, float normInverse) {
    return w - w / (1f + freq * normInverse);
  }
}
