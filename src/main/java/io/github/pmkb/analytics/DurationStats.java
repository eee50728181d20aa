package io.github.pmkb.analytics;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Summary of one kind of duration (e.g. time to resolve) over a group of incidents, in minutes.
 *
 * @param count how many incidents of the group have this duration
 */
public record DurationStats(int count, OptionalDouble medianMinutes, OptionalDouble p90Minutes) {
  public static DurationStats of(List<Double> minutes) {
    return new DurationStats(minutes.size(), Percentiles.median(minutes), Percentiles.of(minutes, 90));
  }
}
