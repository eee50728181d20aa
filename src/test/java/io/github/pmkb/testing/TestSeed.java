package io.github.pmkb.testing;

/**
 * The seed of a randomised test: fixed by default, so a run repeats the one before it, and
 * overridable with {@code -Dpmkb.test.seed=N} (to replay a seed a failure printed) or
 * {@code -Dpmkb.test.seed=random} (a new seed each run, to explore). Tests put the seed in every
 * assertion message.
 */
public final class TestSeed {
  /** The seed when none is given. */
  public static final long DEFAULT = 18L;

  private TestSeed() {}

  public static long get() {
    String given = System.getProperty("pmkb.test.seed", "").strip();
    if (given.isEmpty()) return DEFAULT;
    if (given.equals("random")) return System.nanoTime();
    return Long.parseLong(given);
  }
}
