package io.github.pmkb.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import io.github.pmkb.analytics.Analytics;
import io.github.pmkb.analytics.GroupStats;
import io.github.pmkb.analytics.TimeBins;
import io.github.pmkb.analytics.Trend;
import io.github.pmkb.index.FacetValues;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.plan.Views.GroupSummary;
import io.github.pmkb.render.chart.Sparkline;

/**
 * What a group of incidents adds up to (a root cause, a service): count, median and p90 time to
 * resolve, open action items, and the trend, with a sparkline over the analytics page's periods.
 * The same numbers head the group's own page and fill the analytics page's table, so the two
 * never disagree.
 */
final class GroupSummaries {
  private final Map<String, Map<String, List<Postmortem>>> members = new TreeMap<>();
  private final LocalDate newest;
  private final TimeBins periods;

  private GroupSummaries(LocalDate newest, TimeBins periods) {
    this.newest = newest;
    this.periods = periods;
  }

  static GroupSummaries of(Corpus corpus, TimeBins periods) {
    LocalDate newest = corpus.postmortems().stream().flatMap(p -> p.day().stream()).max(LocalDate::compareTo)
        .orElse(null);
    GroupSummaries g = new GroupSummaries(newest, periods);
    for (Postmortem p : corpus.postmortems()) {
      FacetValues.of(p).forEach((dim, values) -> {
        for (String v : values) {
          g.members.computeIfAbsent(dim, d -> new TreeMap<>()).computeIfAbsent(v, x -> new ArrayList<>()).add(p);
        }
      });
    }
    return g;
  }

  /** The summary of one facet value, e.g. root cause {@code memory-leak}; null when it has no incident. */
  GroupSummary of(String dim, String value, String url) {
    List<Postmortem> ps = members.getOrDefault(dim, Map.of()).getOrDefault(value, List.of());
    if (ps.isEmpty()) return null;
    String label = Labels.of(dim, value);
    GroupStats stats = Analytics.group(label, ps);
    Trend trend = Analytics.trend(ps, newest);
    int open = 0;
    for (Postmortem p : ps) open += (int) p.incident().actions().stream().filter(a -> !a.isDone()).count();
    return new GroupSummary(label, url, ps.size(), stats.resolve().count(),
        stats.resolve().medianMinutes().isPresent() ? HumanDurations.of(stats.resolve().medianMinutes()) : "",
        stats.resolve().p90Minutes().isPresent() ? HumanDurations.of(stats.resolve().p90Minutes()) : "",
        Math.round(stats.resolve().medianMinutes().orElse(-1)), Math.round(stats.resolve().p90Minutes().orElse(-1)), open, trend.direction(), trend.recent(), trend.before(), spark(label, ps));
  }

  /** Incidents per period of the analytics page, as a sparkline. */
  private String spark(String label, List<Postmortem> ps) {
    List<TimeBins.Bin> bins = periods.bins();
    if (bins.isEmpty()) return "";
    Map<String, Integer> byLabel = new TreeMap<>();
    for (Postmortem p : ps) p.day().ifPresent(d -> byLabel.merge(periods.labelOf(d), 1, Integer::sum));
    List<Integer> counts = bins.stream().map(b -> byLabel.getOrDefault(b.label(), 0)).toList();
    return Sparkline.svg(counts, label + " per " + periods.unit() + ", " + bins.get(0).label() + " to "
        + bins.get(bins.size() - 1).label());
  }
}
