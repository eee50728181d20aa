package io.github.pmkb.plan;

import java.util.ArrayList;
import java.util.List;
import io.github.pmkb.analytics.Analytics;
import io.github.pmkb.analytics.AnalyticsReport;
import io.github.pmkb.analytics.GroupStats;
import io.github.pmkb.analytics.TimeBins;
import io.github.pmkb.index.Fields;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.plan.Views.GroupSummary;
import io.github.pmkb.render.chart.ColumnChart;

/**
 * The analytics page: incidents per period stacked by root cause (a wide chart and a narrow one
 * for phones), a table per root cause (count, median and p90 time to resolve, open actions,
 * trend), and times to detect, mitigate and resolve overall and per severity. Every time is in
 * hours and minutes, and every time to resolve is {@link io.github.pmkb.analytics.Spans#toResolve}.
 */
final class AnalyticsPages {
  /** Root causes the chart colours; the rest are stacked as "Other". */
  static final int CHART_CAUSES = 5;
  static final int WIDE = 720;
  static final int NARROW = 320;

  /** One row of a times table: medians and p90s as display strings, "–" when unknown. */
  record TimesRow(String group, String url, int incidents, String detectMedian, String detectP90, String mitigateMedian,
      String mitigateP90, String resolveMedian, String resolveP90, int resolved) {}

  /** A chart series as its legend shows it: label, colour class, page. */
  record LegendItem(String label, String cssClass, String url) {}

  /** One period of the chart as its table of numbers shows it. */
  record PeriodRow(String label, int total) {}

  /**
   * What the template shows.
   *
   * @param unit the chart's period: month, quarter or year
   * @param resolved how many incidents have a known time to resolve
   */
  record Model(int incidents, String impact, String medianResolve, int resolved, String unit, String chartWide,
      String chartNarrow, List<LegendItem> legend, List<PeriodRow> periods, List<GroupSummary> causes,
      List<TimesRow> overall, List<TimesRow> bySeverity) {}

  private AnalyticsPages() {}

  static Model of(Corpus corpus, AnalyticsReport r, GroupSummaries summaries, FacetPages facets) {
    List<String> top = r.perRootCause().keySet().stream().limit(CHART_CAUSES).toList();
    boolean other = r.perRootCause().size() > top.size();
    List<ColumnChart.Series> series = new ArrayList<>();
    List<LegendItem> legend = new ArrayList<>();
    for (int i = 0; i < top.size(); i++) {
      String label = Labels.rootCause(top.get(i));
      series.add(new ColumnChart.Series(label, "s" + i));
      legend.add(new LegendItem(label, "s" + i, facets.url(Fields.FACET_ROOT_CAUSE, top.get(i))));
    }
    if (other) {
      series.add(new ColumnChart.Series("Other", "s" + CHART_CAUSES));
      legend.add(new LegendItem("Other", "s" + CHART_CAUSES, ""));
    }
    List<ColumnChart.Column> columns = new ArrayList<>();
    List<PeriodRow> periods = new ArrayList<>();
    for (TimeBins.Bin b : r.periods().bins()) {
      List<Double> values = new ArrayList<>();
      int rest = b.total();
      for (String c : top) {
        int n = b.byCause().getOrDefault(c, 0);
        values.add((double) n);
        rest -= n;
      }
      if (other) values.add((double) rest);
      columns.add(new ColumnChart.Column(b.label(), values));
      periods.add(new PeriodRow(b.label(), b.total()));
    }
    String unit = r.periods().unit();
    String title = "Incidents per " + unit + " by root cause";
    List<GroupSummary> causes = new ArrayList<>();
    for (String c : r.perRootCause().keySet()) {
      causes.add(summaries.of(Fields.FACET_ROOT_CAUSE, c, facets.url(Fields.FACET_ROOT_CAUSE, c)));
    }
    List<TimesRow> bySeverity = new ArrayList<>();
    for (GroupStats g : r.bySeverity()) {
      String url = g.group().equals(Analytics.NOT_STATED) ? "" : facets.url(Fields.FACET_SEVERITY, g.group());
      bySeverity.add(row(g.group(), url, g));
    }
    return new Model(corpus.size(), SitePlanner.hours(r.impactHours()),
        HumanDurations.of(r.overall().resolve().medianMinutes()), r.overall().resolve().count(), unit,
        columns.isEmpty() ? "" : ColumnChart.svg("periods-wide", title, WIDE, series, columns, "incidents"),
        columns.isEmpty() ? "" : ColumnChart.svg("periods-narrow", title, NARROW, series, columns, "incidents"),
        legend, periods, causes, List.of(row("All incidents", "", r.overall())), bySeverity);
  }

  private static TimesRow row(String label, String url, GroupStats g) {
    return new TimesRow(label, url, g.incidents(), HumanDurations.of(g.detect().medianMinutes()),
        HumanDurations.of(g.detect().p90Minutes()), HumanDurations.of(g.mitigate().medianMinutes()),
        HumanDurations.of(g.mitigate().p90Minutes()), HumanDurations.of(g.resolve().medianMinutes()),
        HumanDurations.of(g.resolve().p90Minutes()), g.resolve().count());
  }
}
