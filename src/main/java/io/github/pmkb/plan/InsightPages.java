package io.github.pmkb.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import io.github.pmkb.analytics.Analytics;
import io.github.pmkb.analytics.AnalyticsReport;
import io.github.pmkb.analytics.GroupStats;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.render.chart.BarChart;

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

  /**
   * One action item; the actions pages name its incident once per group ({@link ActionGroup}).
   * {@code status} is {@code done}, {@code open} or {@code not-stated} (for filters and CSS),
   * {@code statusLabel} the same for people; {@code due} and {@code ticket} may be empty.
   */
  record ActionRow(String text, String owner, String status, String statusLabel, String due, String ticket, int line) {}

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
  static List<ActionRow> actionsOf(Postmortem p) {
    return p.incident().actions().stream().map(a -> new ActionRow(a.text(), a.owner().orElse(""), a.status().key(),
        a.status().label(), a.due().orElse(""), a.ticket().orElse(""), a.line())).toList();
  }

  /** One incident's action items, as a group of rows on the actions pages. */
  record ActionGroup(String incidentTitle, String incidentUrl, String date, List<ActionRow> actions) {}

  /** One page of the action items: where it goes and what its template sees. */
  record ActionPage(String path, int number, Map<String, Object> model) {}

  /**
   * The action items of every postmortem, newest incident first, on pages of about {@link
   * SitePlanner#LIST_PAGE} items: a page takes whole incidents while they fit, so an incident's
   * items are never split (one with more than a page's worth gets a page of its own). At 10k
   * postmortems the single page this replaced held 44,000 rows and weighed 17 MB. The first page
   * keeps the address {@code actions.html}; the rest are {@code actions/page/N.html}. Each row
   * group names its incident once, instead of every row repeating the title and link.
   *
   * <p>Each page's model: {@code groups}, the totals over all pages ({@code total}, {@code done}),
   * the statuses and owners found on this page (the filter form filters this page only), and
   * {@code pager}.
   */
  static List<ActionPage> actionPages(Corpus corpus, Map<String, Views.IncidentSummary> views, int perPage) {
    List<ActionGroup> groups = new ArrayList<>();
    int total = 0;
    long done = 0;
    for (Postmortem p : corpus.postmortems()) {
      if (p.incident().actions().isEmpty()) continue;
      Views.IncidentSummary v = views.get(p.slug());
      List<ActionRow> rows = actionsOf(p);
      groups.add(new ActionGroup(v.title(), v.url(), v.date(), rows));
      total += rows.size();
      done += rows.stream().filter(r -> r.status().equals("done")).count();
    }
    List<List<ActionGroup>> pages = new ArrayList<>();
    List<ActionGroup> current = new ArrayList<>();
    int size = 0;
    for (ActionGroup g : groups) {
      if (!current.isEmpty() && size + g.actions().size() > perPage) {
        pages.add(current);
        current = new ArrayList<>();
        size = 0;
      }
      current.add(g);
      size += g.actions().size();
    }
    if (!current.isEmpty() || pages.isEmpty()) pages.add(current);
    List<ActionPage> out = new ArrayList<>();
    String first = "actions.html";
    for (int n = 1; n <= pages.size(); n++) {
      List<ActionGroup> page = pages.get(n - 1);
      TreeSet<String> owners = new TreeSet<>();
      TreeSet<String> statuses = new TreeSet<>();
      for (ActionGroup g : page) {
        for (ActionRow r : g.actions()) {
          if (!r.owner().isEmpty()) owners.add(r.owner());
          statuses.add(r.status());
        }
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("groups", List.copyOf(page));
      m.put("total", total);
      m.put("done", done);
      m.put("owners", List.copyOf(owners));
      m.put("statuses", List.copyOf(statuses));
      m.put("pager", new Views.PagerView(n, pages.size(), first, n > 1 ? Permalinks.listPage(first, n - 1) : "",
          n < pages.size() ? Permalinks.listPage(first, n + 1) : ""));
      out.add(new ActionPage(Permalinks.listPage(first, n), n, m));
    }
    return out;
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
