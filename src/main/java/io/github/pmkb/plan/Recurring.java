package io.github.pmkb.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import io.github.pmkb.analytics.Analytics;
import io.github.pmkb.analytics.GroupStats;
import io.github.pmkb.analytics.Spans;
import io.github.pmkb.index.FacetValues;
import io.github.pmkb.index.Fields;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.plan.Views.RecurringView;

/**
 * Recurring problems: incidents grouped by root cause and by service, for groups of at least
 * {@link #MIN_INCIDENTS}, most incidents first (then most recent, then name). The {@value
 * Fields#UNKNOWN} root cause is not a problem that recurs, so it is left out. Times are times to
 * resolve ({@link Spans#toResolve}), the same figures as on the analytics page.
 */
final class Recurring {
  static final int MIN_INCIDENTS = 2;

  private Recurring() {}

  static List<RecurringView> byRootCause(Corpus corpus, FacetPages facets) {
    return groups(corpus, Fields.FACET_ROOT_CAUSE, facets);
  }

  static List<RecurringView> byService(Corpus corpus, FacetPages facets) {
    return groups(corpus, Fields.FACET_SERVICE, facets);
  }

  private static List<RecurringView> groups(Corpus corpus, String dim, FacetPages facets) {
    Map<String, List<Postmortem>> groups = new TreeMap<>();
    for (Postmortem p : corpus.postmortems()) {
      for (String v : FacetValues.of(p).get(dim)) {
        if (dim.equals(Fields.FACET_ROOT_CAUSE) && v.equals(Fields.UNKNOWN)) continue;
        groups.computeIfAbsent(v, k -> new ArrayList<>()).add(p);
      }
    }
    List<Group> out = new ArrayList<>();
    groups.forEach((v, ps) -> {
      if (ps.size() >= MIN_INCIDENTS) out.add(Group.of(Labels.of(dim, v), facets.url(dim, v), ps));
    });
    out.sort(Comparator.comparingInt(Group::count).reversed()
        .thenComparing(Group::last, Comparator.reverseOrder()).thenComparing(Group::label));
    return out.stream().map(Group::view).toList();
  }

  /** A group's facts before formatting. */
  private record Group(String label, String url, int count, String first, String last, List<Duration> resolve,
      GroupStats stats) {
    static Group of(String label, String url, List<Postmortem> ps) {
      List<LocalDate> days = ps.stream().flatMap(p -> p.day().stream()).sorted().toList();
      String first = days.isEmpty() ? "" : days.get(0).toString().substring(0, 7);
      String last = days.isEmpty() ? "" : days.get(days.size() - 1).toString().substring(0, 7);
      List<Duration> resolve = ps.stream().flatMap(p -> Spans.toResolve(p).stream()).toList();
      return new Group(label, url, ps.size(), first, last, resolve, Analytics.group(label, ps));
    }

    RecurringView view() {
      String total = resolve.isEmpty() ? "" : HumanDurations.of(resolve.stream().reduce(Duration.ZERO, Duration::plus));
      String median = stats.resolve().medianMinutes().isPresent() ? HumanDurations.of(stats.resolve().medianMinutes()) : "";
      String span = first.isEmpty() ? "" : first.equals(last) ? ", " + first : ", " + first + " to " + last;
      return new RecurringView(label, url, count, first, last, total, median,
          label + ": " + Labels.count(count, "incident") + span);
    }
  }
}
