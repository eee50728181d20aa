package io.github.pmkb.render.chart;

import io.github.pmkb.escape.Markup;
import java.util.List;

/**
 * A word-sized chart of counts over time (a root cause's incidents per period), for a table
 * cell: bars on a baseline, labelled for screen readers with its first and last period and every
 * count.
 */
public final class Sparkline {
  private static final int HEIGHT = 18;
  private static final int BAR = 4;
  private static final int GAP = 1;

  private Sparkline() {}

  /**
   * @param counts one per period, oldest first
   * @param label what the bars count over which periods, e.g. "memory leak, 2023 Q3 to 2025 Q1"
   */
  public static String svg(List<Integer> counts, String label) {
    int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
    int width = Math.max(1, counts.size() * (BAR + GAP) - GAP);
    StringBuilder b = new StringBuilder(128 + counts.size() * 64)
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spark\" role=\"img\" width=\"").append(width)
        .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(width).append(' ').append(HEIGHT)
        .append("\"><title>").append(Markup.escape(label + ": " + join(counts))).append("</title>");
    for (int i = 0; i < counts.size(); i++) {
      int c = counts.get(i);
      double h = max == 0 ? 0 : c == 0 ? 1 : 2 + (HEIGHT - 2.0) * c / max;
      b.append("<rect x=\"").append(i * (BAR + GAP)).append("\" y=\"").append(BarChart.num(HEIGHT - h))
          .append("\" width=\"").append(BAR).append("\" height=\"").append(BarChart.num(h)).append("\"")
          .append(c == 0 ? " class=\"zero\"" : "").append("/>");
    }
    return b.append("</svg>").toString();
  }

  private static String join(List<Integer> counts) {
    StringBuilder b = new StringBuilder();
    for (int c : counts) b.append(b.length() == 0 ? "" : ", ").append(c);
    return b.toString();
  }
}
