package io.github.pmkb.analytics;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Medians and percentiles, never means: incident durations are right-skewed (the VOID report
 * found 53% under two hours and a long tail), so one long outage would drag an average far from
 * what a typical incident looks like.
 *
 * <p>Percentiles interpolate linearly between the closest ranks (the "R-7" / spreadsheet
 * definition): p50 of [10, 20] is 15, p90 of [1..10] is 9.1.
 */
public final class Percentiles {
  private Percentiles() {}

  public static OptionalDouble of(List<Double> values, double p) {
    if (values.isEmpty()) return OptionalDouble.empty();
    if (p < 0 || p > 100) throw new IllegalArgumentException("percentile out of range: " + p);
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    double rank = p / 100.0 * (v.length - 1);
    int lo = (int) Math.floor(rank);
    int hi = (int) Math.ceil(rank);
    return OptionalDouble.of(v[lo] + (v[hi] - v[lo]) * (rank - lo));
  }

  public static OptionalDouble median(List<Double> values) {
    return of(values, 50);
  }
}
