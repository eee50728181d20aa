package io.github.pmkb.analytics;

import java.util.List;
import java.util.Map;

/**
 * Everything the analytics page shows, computed once per build.
 *
 * @param perMonth incidents per {@code YYYY-MM}, every month from the first to the last incident
 *     (months without incidents count 0, so a chart's gaps are real)
 * @param perRootCause incidents per root-cause id, most frequent first
 * @param overall times over all incidents
 * @param byRootCause times per root cause, in {@code perRootCause} order
 * @param bySeverity times per severity (SEV1 first), then "unrated"
 * @param impactHours total hours from start to resolution over incidents where both are known
 */
public record AnalyticsReport(Map<String, Integer> perMonth, Map<String, Integer> perRootCause, GroupStats overall,
    List<GroupStats> byRootCause, List<GroupStats> bySeverity, double impactHours) {
  public AnalyticsReport {
    perMonth = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perMonth));
    perRootCause = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perRootCause));
    byRootCause = List.copyOf(byRootCause);
    bySeverity = List.copyOf(bySeverity);
  }
}
