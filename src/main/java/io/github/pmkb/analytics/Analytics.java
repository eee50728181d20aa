package io.github.pmkb.analytics;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Incident;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.model.Severity;

/**
 * Computes the analytics page's figures from the corpus: counts per month and per root cause,
 * and median / p90 time to detect, mitigate and resolve overall, per root cause and per severity.
 * Linear in the corpus; deterministic order everywhere.
 */
public final class Analytics {
  /** Severity group label for incidents without a severity. */
  public static final String UNRATED = "unrated";

  private Analytics() {}

  public static AnalyticsReport of(Corpus corpus) {
    List<Postmortem> all = corpus.postmortems();
    Map<String, Integer> perRootCause = countBy(all, p -> p.incident().rootCause().value());
    Map<String, List<Postmortem>> byCause = new LinkedHashMap<>();
    perRootCause.keySet().forEach(k -> byCause.put(k, new ArrayList<>()));
    Map<String, List<Postmortem>> bySeverity = new LinkedHashMap<>();
    for (Severity s : Severity.values()) bySeverity.put(s.label(), new ArrayList<>());
    bySeverity.put(UNRATED, new ArrayList<>());
    double impactMinutes = 0;
    for (Postmortem p : all) {
      byCause.get(p.incident().rootCause().value()).add(p);
      bySeverity.get(p.incident().severity().map(s -> s.value().label()).orElse(UNRATED)).add(p);
      impactMinutes += p.incident().timeToResolve().map(Analytics::minutes).orElse(0.0);
    }
    List<GroupStats> causeStats = byCause.entrySet().stream().map(e -> group(e.getKey(), e.getValue())).toList();
    List<GroupStats> severityStats = bySeverity.entrySet().stream().filter(e -> !e.getValue().isEmpty())
        .map(e -> group(e.getKey(), e.getValue())).toList();
    return new AnalyticsReport(perMonth(all), perRootCause, group("all", all), causeStats, severityStats,
        impactMinutes / 60.0);
  }

  static GroupStats group(String name, List<Postmortem> ps) {
    return new GroupStats(name, ps.size(), stats(ps, Incident::timeToDetect), stats(ps, Incident::timeToMitigate),
        stats(ps, Incident::timeToResolve));
  }

  private static DurationStats stats(List<Postmortem> ps, Function<Incident, Optional<Duration>> f) {
    List<Double> minutes = new ArrayList<>();
    for (Postmortem p : ps) {
      // A negative span means the postmortem's times contradict each other; `pmkb check` reports it.
      f.apply(p.incident()).filter(d -> !d.isNegative()).map(Analytics::minutes).ifPresent(minutes::add);
    }
    return DurationStats.of(minutes);
  }

  private static double minutes(Duration d) {
    return d.toSeconds() / 60.0;
  }

  private static Map<String, Integer> perMonth(List<Postmortem> all) {
    TreeMap<YearMonth, Integer> counts = new TreeMap<>();
    for (Postmortem p : all) p.day().ifPresent(d -> counts.merge(YearMonth.from(d), 1, Integer::sum));
    Map<String, Integer> out = new LinkedHashMap<>();
    if (counts.isEmpty()) return out;
    for (YearMonth m = counts.firstKey(); !m.isAfter(counts.lastKey()); m = m.plusMonths(1)) {
      out.put(m.toString(), counts.getOrDefault(m, 0));
    }
    return out;
  }

  /** Counts per key, most frequent first, ties by key. */
  private static Map<String, Integer> countBy(List<Postmortem> all, Function<Postmortem, String> key) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Postmortem p : all) counts.merge(key.apply(p), 1, Integer::sum);
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
