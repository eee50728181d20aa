package io.github.pmkb.analytics;

import java.time.Duration;
import java.time.LocalDate;
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
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.model.Severity;

/**
 * Computes the analytics page's figures from the corpus: incidents per period (with each period's
 * root causes) and per root cause, median / p90 time to detect, mitigate and resolve overall, per
 * root cause and per severity, and each root cause's trend. Times come from {@link Spans}, which
 * refuses facts without a date and impossible values. Linear in the corpus; deterministic order
 * everywhere.
 */
public final class Analytics {
  /** Severity group of incidents whose postmortem states none; the site's one word for it. */
  public static final String NOT_STATED = "not stated";

  private Analytics() {}

  public static AnalyticsReport of(Corpus corpus) {
    List<Postmortem> all = corpus.postmortems();
    Map<String, Integer> perRootCause = countBy(all, p -> p.incident().rootCause().value());
    Map<String, List<Postmortem>> byCause = new LinkedHashMap<>();
    perRootCause.keySet().forEach(k -> byCause.put(k, new ArrayList<>()));
    Map<String, List<Postmortem>> bySeverity = new LinkedHashMap<>();
    for (Severity s : Severity.values()) bySeverity.put(s.label(), new ArrayList<>());
    bySeverity.put(NOT_STATED, new ArrayList<>());
    TreeMap<LocalDate, List<String>> causesByDay = new TreeMap<>();
    double impactMinutes = 0;
    for (Postmortem p : all) {
      byCause.get(p.incident().rootCause().value()).add(p);
      bySeverity.get(p.incident().severity().map(s -> s.value().label()).orElse(NOT_STATED)).add(p);
      impactMinutes += Spans.toResolve(p).map(Analytics::minutes).orElse(0.0);
      p.day().ifPresent(d -> causesByDay.computeIfAbsent(d, x -> new ArrayList<>()).add(p.incident().rootCause().value()));
    }
    List<GroupStats> causeStats = byCause.entrySet().stream().map(e -> group(e.getKey(), e.getValue())).toList();
    List<GroupStats> severityStats = bySeverity.entrySet().stream().filter(e -> !e.getValue().isEmpty())
        .map(e -> group(e.getKey(), e.getValue())).toList();
    Map<String, Trend> trends = new LinkedHashMap<>();
    byCause.forEach((cause, ps) -> trends.put(cause, trend(ps, causesByDay.isEmpty() ? null : causesByDay.lastKey())));
    return new AnalyticsReport(perMonth(all), TimeBins.of(causesByDay), perRootCause, group("all", all), causeStats,
        severityStats, trends, impactMinutes / 60.0);
  }

  /** Counts, medians and p90s of one group of incidents. */
  public static GroupStats group(String name, List<Postmortem> ps) {
    return new GroupStats(name, ps.size(), stats(ps, Spans::toDetect), stats(ps, Spans::toMitigate),
        stats(ps, Spans::toResolve));
  }

  /** A group's trend against the newest incident of the knowledge base ({@code newest} null: none dated). */
  public static Trend trend(List<Postmortem> ps, LocalDate newest) {
    if (newest == null) return new Trend(0, 0);
    YearMonth end = YearMonth.from(newest);
    YearMonth recentFrom = end.minusMonths(11);
    YearMonth beforeFrom = end.minusMonths(23);
    int recent = 0;
    int before = 0;
    for (Postmortem p : ps) {
      if (p.day().isEmpty()) continue;
      YearMonth m = YearMonth.from(p.day().get());
      if (!m.isBefore(recentFrom) && !m.isAfter(end)) recent++;
      else if (!m.isBefore(beforeFrom) && m.isBefore(recentFrom)) before++;
    }
    return new Trend(recent, before);
  }

  private static DurationStats stats(List<Postmortem> ps, Function<Postmortem, Optional<Duration>> f) {
    List<Double> minutes = new ArrayList<>();
    for (Postmortem p : ps) f.apply(p).map(Analytics::minutes).ifPresent(minutes::add);
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
    // Empty months are listed only over a span a real knowledge base can have (see TimeBins).
    if (counts.firstKey().until(counts.lastKey(), java.time.temporal.ChronoUnit.MONTHS) > TimeBins.MAX_DENSE_YEARS * 12) {
      counts.forEach((m, n) -> out.put(m.toString(), n));
      return out;
    }
    for (YearMonth m = counts.firstKey(); !m.isAfter(counts.lastKey()); m = m.plusMonths(1)) {
      out.put(m.toString(), counts.getOrDefault(m, 0));
    }
    return out;
  }

  /** Counts per key, most frequent first, ties by key. */
  private static Map<String, Integer> countBy(List<Postmortem> all, Function<Postmortem, String> key) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Postmortem p : all) counts.merge(key.apply(p), 1, Integer::sum);
    return mostFrequentFirst(counts);
  }

  static Map<String, Integer> mostFrequentFirst(Map<String, Integer> counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
