package io.github.pmkb.analytics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the analytics page shows, computed once per build.
 *
 * @param perMonth incidents per {@code YYYY-MM}, every month from the first to the last incident
 *     (months without incidents count 0, so a chart's gaps are real)
 * @param periods incidents per month, quarter or year, whichever keeps a chart readable, with
 *     each period's root causes
 * @param perRootCause incidents per root-cause id, most frequent first
 * @param overall times over all incidents
 * @param byRootCause times per root cause, in {@code perRootCause} order
 * @param bySeverity times per severity (SEV1 first), then {@value Analytics#NOT_STATED}
 * @param trends each root cause's trend, in {@code perRootCause} order
 * @param impactHours the sum of every incident's time to resolve ({@link Spans#toResolve}), in hours
 */
public record AnalyticsReport(Map<String, Integer> perMonth, TimeBins periods, Map<String, Integer> perRootCause,
    GroupStats overall, List<GroupStats> byRootCause, List<GroupStats> bySeverity, Map<String, Trend> trends,
    double impactHours) {
  public AnalyticsReport {
    perMonth = Collections.unmodifiableMap(new LinkedHashMap<>(perMonth));
    perRootCause = Collections.unmodifiableMap(new LinkedHashMap<>(perRootCause));
    byRootCause = List.copyOf(byRootCause);
    bySeverity = List.copyOf(bySeverity);
    trends = Collections.unmodifiableMap(new LinkedHashMap<>(trends));
  }
}
