package io.github.pmkb.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Incidents per period, every period from the first incident to the last (empty periods count 0,
 * so gaps in a chart are real). The period adapts to the span: months while there are at most
 * {@link #MAX_BARS} of them, then quarters, then years, so a chart never has more bars than can
 * be read (300 incidents over ten years gave 114 monthly bars).
 *
 * @param unit {@code month}, {@code quarter} or {@code year}
 */
public record TimeBins(String unit, List<Bin> bins) {
  public static final int MAX_BARS = 36;

  /**
   * Beyond this many years from first to last incident a date is a typo ("20240-05-01") or hostile,
   * and filling every empty year between would build millions of bars: only years with incidents count.
   */
  static final long MAX_DENSE_YEARS = 200;

  /**
   * One period.
   *
   * @param label {@code 2024-03}, {@code 2024 Q1} or {@code 2024}
   * @param byCause incidents per root-cause id, most frequent first
   */
  public record Bin(String label, int total, Map<String, Integer> byCause) {
    public Bin {
      byCause = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCause));
    }
  }

  public TimeBins {
    bins = List.copyOf(bins);
  }

  /** Bins for incidents given as (day, root cause) pairs. */
  static TimeBins of(TreeMap<LocalDate, List<String>> causesByDay) {
    if (causesByDay.isEmpty()) return new TimeBins("month", List.of());
    YearMonth first = YearMonth.from(causesByDay.firstKey());
    YearMonth last = YearMonth.from(causesByDay.lastKey());
    long months = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
    int size = months <= MAX_BARS ? 1 : (months + 2) / 3 <= MAX_BARS ? 3 : 12;
    String unit = size == 1 ? "month" : size == 3 ? "quarter" : "year";
    YearMonth start = size == 1 ? first : size == 3 ? first.withMonth((first.getMonthValue() - 1) / 3 * 3 + 1)
        : first.withMonth(1);
    TreeMap<YearMonth, Map<String, Integer>> counts = new TreeMap<>();
    if (months <= MAX_DENSE_YEARS * 12) {
      for (YearMonth m = start; !m.isAfter(last); m = m.plusMonths(size)) counts.put(m, new TreeMap<>());
    } else {
      for (LocalDate day : causesByDay.keySet()) counts.putIfAbsent(YearMonth.from(day).withMonth(1), new TreeMap<>());
    }
    causesByDay.forEach((day, causes) -> {
      Map<String, Integer> c = counts.floorEntry(YearMonth.from(day)).getValue();
      for (String cause : causes) c.merge(cause, 1, Integer::sum);
    });
    List<Bin> bins = new ArrayList<>();
    counts.forEach((m, c) -> bins.add(new Bin(label(m, size), c.values().stream().mapToInt(Integer::intValue).sum(),
        Analytics.mostFrequentFirst(c))));
    return new TimeBins(unit, bins);
  }

  /** The label of the period {@code day} falls in, at this chart's granularity. */
  public String labelOf(LocalDate day) {
    YearMonth m = YearMonth.from(day);
    return switch (unit) {
      case "month" -> label(m, 1);
      case "quarter" -> label(m, 3);
      default -> label(m, 12);
    };
  }

  private static String label(YearMonth m, int size) {
    return switch (size) {
      case 1 -> m.toString();
      case 3 -> m.getYear() + " Q" + ((m.getMonthValue() - 1) / 3 + 1);
      default -> Integer.toString(m.getYear());
    };
  }
}
