package io.github.pmkb.render.chart;

import io.github.pmkb.escape.Markup;
import java.util.List;

/**
 * Columns over time, each stacked by series (incidents per quarter by root cause), as SVG with a
 * y axis, gridlines and period labels. No JavaScript or external assets; {@code role="img"} with
 * a title and a description that gives every value; each column's {@code <title>} gives its
 * numbers on hover. The same data gives the same bytes.
 *
 * <p>A chart is drawn for one width: the page shows a wide one on large screens and a narrow one
 * on phones, so its text keeps a readable size on both (a scaled-down wide chart had 6 px text).
 */
public final class ColumnChart {
  /** One column: its period label and a value per series, in series order. */
  public record Column(String label, List<Double> values) {
    public Column {
      values = List.copyOf(values);
    }

    double total() {
      return values.stream().mapToDouble(Double::doubleValue).sum();
    }
  }

  /** A series: its name (in descriptions) and the class of its colour ({@code s0}...). */
  public record Series(String name, String cssClass) {}

  private static final int HEIGHT = 220;
  private static final int TOP = 12;
  private static final int BOTTOM = 28;
  private static final int LEFT = 34;
  private static final int RIGHT = 8;
  /** Average width of a label character at the chart's 12-unit font. */
  private static final double CHAR = 7;

  private ColumnChart() {}

  /**
   * @param id unique on the page (ids of the title and description derive from it)
   * @param width the chart's width in its own units, about the CSS pixels it is shown at
   * @param unit what a value counts, for the description ("incidents")
   */
  public static String svg(String id, String title, int width, List<Series> series, List<Column> columns, String unit) {
    double max = columns.stream().mapToDouble(Column::total).max().orElse(0);
    Axis axis = Axis.of(max);
    int base = HEIGHT - BOTTOM;
    double plotW = width - LEFT - RIGHT;
    StringBuilder svg = open(id, title, width, series, columns, unit);
    for (double t = 0; t <= axis.max() + 1e-9; t += axis.step()) {
      double y = base - (base - TOP) * t / axis.max();
      svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" y1=\"").append(num(y)).append("\" x2=\"")
          .append(width - RIGHT).append("\" y2=\"").append(num(y)).append("\"/>");
      svg.append("<text class=\"tick-label\" x=\"").append(LEFT - 6).append("\" y=\"").append(num(y + 4))
          .append("\" text-anchor=\"end\">").append(num(t)).append("</text>");
    }
    double step = columns.isEmpty() ? 0 : plotW / columns.size();
    int longest = columns.stream().mapToInt(c -> c.label().length()).max().orElse(0);
    int labelEvery = Math.max(1, (int) Math.ceil((longest * CHAR + 10) / Math.max(1, step)));
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      double x = LEFT + i * step;
      double y = base;
      svg.append("<g><title>").append(Markup.escape(columnTitle(c, series, unit))).append("</title>");
      for (int s = 0; s < c.values().size(); s++) {
        double v = c.values().get(s);
        if (v <= 0) continue;
        double h = (base - TOP) * v / axis.max();
        y -= h;
        svg.append("<rect class=\"bar ").append(Markup.escape(series.get(s).cssClass())).append("\" x=\"")
            .append(num(x + step * 0.12)).append("\" y=\"").append(num(y)).append("\" width=\"")
            .append(num(Math.max(1, step * 0.76))).append("\" height=\"").append(num(h)).append("\"/>");
      }
      svg.append("</g>");
      if (i % labelEvery == 0) {
        svg.append("<text class=\"tick-label\" x=\"").append(num(x + step / 2)).append("\" y=\"").append(HEIGHT - 8)
            .append("\" text-anchor=\"middle\">").append(Markup.escape(c.label())).append("</text>");
      }
    }
    svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(base).append("\" x2=\"")
        .append(width - RIGHT).append("\" y2=\"").append(base).append("\"/>");
    return svg.append("</svg>").toString();
  }

  /** The y axis: a round maximum and 2 to 5 gridlines of 1, 2 or 5 times a power of ten. */
  record Axis(double max, double step) {
    static Axis of(double dataMax) {
      if (dataMax <= 0) return new Axis(1, 1);
      double step = 1;
      double pow = 1;
      outer:
      for (;; pow *= 10) {
        for (double m : new double[] {1, 2, 5}) {
          step = m * pow;
          if (dataMax / step <= 5) break outer;
        }
      }
      return new Axis(Math.ceil(dataMax / step) * step, step);
    }
  }

  private static String columnTitle(Column c, List<Series> series, String unit) {
    StringBuilder b = new StringBuilder(c.label()).append(": ").append(num(c.total())).append(' ').append(unit);
    StringBuilder parts = new StringBuilder();
    for (int s = 0; s < c.values().size(); s++) {
      if (c.values().get(s) <= 0) continue;
      if (parts.length() > 0) parts.append(", ");
      parts.append(series.get(s).name()).append(' ').append(num(c.values().get(s)));
    }
    return parts.length() == 0 || series.size() == 1 ? b.toString() : b.append(" (").append(parts).append(')').toString();
  }

  private static StringBuilder open(String id, String title, int width, List<Series> series, List<Column> columns,
      String unit) {
    StringBuilder desc = new StringBuilder();
    for (Column c : columns) {
      if (desc.length() > 0) desc.append("; ");
      desc.append(columnTitle(c, series, unit));
    }
    String sid = Markup.escape(id);
    return new StringBuilder(512 + columns.size() * 300)
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart columns\" role=\"img\" viewBox=\"0 0 ")
        .append(width).append(' ').append(HEIGHT).append("\" aria-labelledby=\"").append(sid).append("-t ").append(sid)
        .append("-d\"><title id=\"").append(sid).append("-t\">").append(Markup.escape(title)).append("</title><desc id=\"")
        .append(sid).append("-d\">").append(Markup.escape(desc.toString())).append("</desc>");
  }

  private static String num(double v) {
    return BarChart.num(v);
  }
}
