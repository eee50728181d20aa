package org.x.pmkb.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.x.pmkb.analytics.Analytics;
import org.x.pmkb.analytics.AnalyticsReport;
import org.x.pmkb.analytics.GroupStats;
import org.x.pmkb.model.ActionItem;
import org.x.pmkb.model.Corpus;
import org.x.pmkb.model.Postmortem;
import org.x.pmkb.render.chart.BarChart;

/**
 * The pages that look across incidents: analytics (counts and times to detect, mitigate and
 * resolve, with SVG charts and tables), every action item, and the year/month archive. Models
 * are plain view records so the templates stay free of model types.
 */
final class InsightPages {
  /** One row of a times table: medians and p90s as display strings. */
  record TimesRow(String group, int incidents, String detectMedian, String detectP90, String mitigateMedian,
      String mitigateP90, String resolveMedian, String resolveP90, int resolved) {}

  /** One labelled count, for tables beside charts. */
  record CountRow(String label, int count) {}

  /** One action item with the incident it came from. */
  record ActionRow(String text, String owner, String status, String incidentTitle, String incidentUrl, String date,
      int line) {}

  /** A month of the archive with its incidents. */
  record MonthView(String month, String label, List<Views.IncidentSummary> incidents) {}

  /** A year of the archive. */
  record YearView(String year, int count, List<MonthView> months) {}

  private InsightPages() {}

  static Map<String, Object> analytics(Corpus corpus) {
    AnalyticsReport r = Analytics.of(corpus);
    List<BarChart.Bar> months = r.perMonth().entrySet().stream()
        .map(e -> new BarChart.Bar(e.getKey(), e.getValue())).toList();
    List<BarChart.Bar> causes = r.perRootCause().entrySet().stream()
        .map(e -> new BarChart.Bar(e.getKey(), e.getValue())).toList();
    List<TimesRow> overall = List.of(row(r.overall()));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("monthsChart", BarChart.columns("per-month", "Incidents per month", months, "incidents"));
    m.put("causesChart", BarChart.horizontal("per-cause", "Incidents per root cause", causes, "incidents"));
    m.put("months", r.perMonth().entrySet().stream().map(e -> new CountRow(e.getKey(), e.getValue())).toList());
    m.put("causes", r.perRootCause().entrySet().stream().map(e -> new CountRow(e.getKey(), e.getValue())).toList());
    m.put("overall", overall);
    m.put("byCause", r.byRootCause().stream().map(InsightPages::row).toList());
    m.put("bySeverity", r.bySeverity().stream().map(InsightPages::row).toList());
    m.put("ttrChart", BarChart.horizontal("ttr-cause", "Median time to resolve per root cause (minutes)",
        r.byRootCause().stream().filter(g -> g.resolve().medianMinutes().isPresent())
            .map(g -> new BarChart.Bar(g.group(), Math.round(g.resolve().medianMinutes().getAsDouble()))).toList(),
        "minutes"));
    m.put("incidents", corpus.size());
    m.put("impactHours", String.format(Locale.ROOT, "%.1f", r.impactHours()));
    m.put("medianResolve", HumanDurations.of(r.overall().resolve().medianMinutes()));
    return m;
  }

  private static TimesRow row(GroupStats g) {
    return new TimesRow(g.group(), g.incidents(), HumanDurations.of(g.detect().medianMinutes()),
        HumanDurations.of(g.detect().p90Minutes()), HumanDurations.of(g.mitigate().medianMinutes()),
        HumanDurations.of(g.mitigate().p90Minutes()), HumanDurations.of(g.resolve().medianMinutes()),
        HumanDurations.of(g.resolve().p90Minutes()), g.resolve().count());
  }

  /** One postmortem's action items, for its own page. */
  static List<ActionRow> actionsOf(Postmortem p, Views.IncidentSummary v) {
    return p.incident().actions().stream().map(a -> new ActionRow(a.text(), a.owner().orElse(""),
        a.status().orElse("open"), v.title(), v.url(), v.date(), a.line())).toList();
  }

  static Map<String, Object> actions(Corpus corpus, Map<String, Views.IncidentSummary> views) {
    List<ActionRow> rows = new ArrayList<>();
    TreeSet<String> owners = new TreeSet<>();
    TreeSet<String> statuses = new TreeSet<>();
    for (Postmortem p : corpus.postmortems()) {
      Views.IncidentSummary v = views.get(p.slug());
      for (ActionItem a : p.incident().actions()) {
        String owner = a.owner().orElse("");
        String status = a.status().orElse("open");
        if (!owner.isEmpty()) owners.add(owner);
        statuses.add(status);
        rows.add(new ActionRow(a.text(), owner, status, v.title(), v.url(), v.date(), a.line()));
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("actions", rows);
    m.put("owners", List.copyOf(owners));
    m.put("statuses", List.copyOf(statuses));
    m.put("done", rows.stream().filter(r -> r.status().equals("done")).count());
    return m;
  }

  static Map<String, Object> archive(List<Views.IncidentSummary> all) {
    TreeMap<String, TreeMap<String, List<Views.IncidentSummary>>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
    List<Views.IncidentSummary> undated = new ArrayList<>();
    for (Views.IncidentSummary v : all) {
      if (v.date().isEmpty()) {
        undated.add(v);
        continue;
      }
      byYear.computeIfAbsent(v.year(), y -> new TreeMap<>(java.util.Comparator.reverseOrder()))
          .computeIfAbsent(v.date().substring(0, 7), k -> new ArrayList<>()).add(v);
    }
    List<YearView> years = new ArrayList<>();
    byYear.forEach((year, months) -> {
      List<MonthView> ms = new ArrayList<>();
      months.forEach((month, list) -> ms.add(new MonthView(month, monthLabel(month), List.copyOf(list))));
      years.add(new YearView(year, ms.stream().mapToInt(x -> x.incidents().size()).sum(), ms));
    });
    return Map.of("years", years, "undated", undated);
  }

  private static String monthLabel(String yyyyMm) {
    java.time.YearMonth ym = java.time.YearMonth.parse(yyyyMm);
    return ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear();
  }
}
