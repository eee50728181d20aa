package io.github.pmkb.plan;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import io.github.pmkb.plan.Views.IncidentSummary;

/**
 * The archive: incidents by year and month, newest first, then the undated ones. Up to {@link
 * #ONE_PAGE} incidents it is one page, {@code archive.html}; above, {@code archive.html} lists the
 * years and their months, each year's incidents on its own page {@code archive/<year>.html}, so
 * that no page grows with the whole knowledge base (at 10k postmortems the one page was 1.8 MB).
 */
final class ArchivePages {
  static final String FIRST = "archive.html";
  /** The most incidents {@code archive.html} lists itself. */
  static final int ONE_PAGE = 2_000;

  /** A month of the archive with its incidents. */
  record MonthView(String month, String label, List<IncidentSummary> incidents) {}

  /** A year of the archive; {@code url} is its own page, empty when the archive is one page. */
  record YearView(String year, int count, List<MonthView> months, String url) {}

  /** The archive's years and its undated incidents. */
  record Archive(List<YearView> years, List<IncidentSummary> undated) {}

  /** One page of the archive: where it goes, its title and what it lists. */
  record ArchiveFile(String path, String title, List<YearView> years, List<IncidentSummary> undated) {}

  private ArchivePages() {}

  /** The archive's pages: {@code archive.html} first, then a page per year when it is split. */
  static List<ArchiveFile> pages(List<IncidentSummary> all) {
    return pages(all, ONE_PAGE);
  }

  static List<ArchiveFile> pages(List<IncidentSummary> all, int onePage) {
    Archive a = of(all);
    if (all.size() <= onePage) return List.of(new ArchiveFile(FIRST, "Archive", a.years(), a.undated()));
    List<ArchiveFile> out = new ArrayList<>();
    List<YearView> linked = new ArrayList<>();
    for (YearView y : a.years()) {
      YearView own = new YearView(y.year(), y.count(), y.months(), "archive/" + y.year() + ".html");
      linked.add(own);
      out.add(new ArchiveFile(own.url(), "Archive: " + y.year(), List.of(new YearView(y.year(), y.count(), y.months(), "")),
          List.of()));
    }
    out.add(0, new ArchiveFile(FIRST, "Archive", List.copyOf(linked), a.undated()));
    return out;
  }

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
      years.add(new YearView(year, ms.stream().mapToInt(x -> x.incidents().size()).sum(), ms, ""));
    });
    return new Archive(List.copyOf(years), List.copyOf(undated));
  }

  private static String monthLabel(String yyyyMm) {
    YearMonth ym = YearMonth.parse(yyyyMm);
    return ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear();
  }
}
