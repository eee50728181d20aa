package io.github.pmkb.plan;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import io.github.pmkb.plan.Views.IncidentSummary;

/** The archive: incidents by year and month, newest first, then the undated ones. */
final class ArchivePages {
  /** A month of the archive with its incidents. */
  record MonthView(String month, String label, List<IncidentSummary> incidents) {}

  /** A year of the archive. */
  record YearView(String year, int count, List<MonthView> months) {}

  /** The archive's years and its undated incidents. */
  record Archive(List<YearView> years, List<IncidentSummary> undated) {}

  private ArchivePages() {}

  static Archive of(List<IncidentSummary> all) {
    TreeMap<String, TreeMap<String, List<IncidentSummary>>> byYear = new TreeMap<>(Comparator.reverseOrder());
    List<IncidentSummary> undated = new ArrayList<>();
    for (IncidentSummary v : all) {
      if (v.date().isEmpty()) {
        undated.add(v);
        continue;
      }
      byYear.computeIfAbsent(v.year(), y -> new TreeMap<>(Comparator.reverseOrder()))
          .computeIfAbsent(v.date().substring(0, 7), k -> new ArrayList<>()).add(v);
    }
    List<YearView> years = new ArrayList<>();
    byYear.forEach((year, months) -> {
      List<MonthView> ms = new ArrayList<>();
      months.forEach((month, list) -> ms.add(new MonthView(month, monthLabel(month), List.copyOf(list))));
      years.add(new YearView(year, ms.stream().mapToInt(x -> x.incidents().size()).sum(), ms));
    });
    return new Archive(List.copyOf(years), List.copyOf(undated));
  }

  private static String monthLabel(String yyyyMm) {
    YearMonth ym = YearMonth.parse(yyyyMm);
    return ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear();
  }
}
