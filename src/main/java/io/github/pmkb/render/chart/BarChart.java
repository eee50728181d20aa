package io.github.pmkb.render.chart;

import io.github.pmkb.escape.Markup;
import java.util.List;
import java.util.Locale;

/**
 * Build-time SVG bar charts: no JavaScript, no external assets, readable by screen readers
 * ({@code role="img"} with a title and a description that lists every value), and identical bytes
 * for identical data.
 */
public final class BarChart {
  /** One bar. */
  public record Bar(String label, double value) {}

  private static final int WIDTH = 640;
  private static final int BAR = 18;
  private static final int GAP = 6;
  private static final int LABEL_WIDTH = 200;

  private BarChart() {}

  /** Horizontal bars, one row per item, e.g. incidents per root cause. */
  public static String horizontal(String id, String title, List<Bar> bars, String unit) {
    int height = Math.max(1, bars.size()) * (BAR + GAP) + GAP;
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    StringBuilder svg = open(id, title, bars, unit, WIDTH, height);
    int y = GAP;
    for (Bar b : bars) {
      double w = max <= 0 ? 0 : (WIDTH - LABEL_WIDTH - 60) * b.value() / max;
      svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + BAR - 5)
          .append("\" text-anchor=\"end\">").append(Markup.escape(b.label())).append("</text>");
      svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(num(w))
          .append("\" height=\"").append(BAR).append("\" class=\"bar\"/>");
      svg.append("<text x=\"").append(num(LABEL_WIDTH + w + 6)).append("\" y=\"").append(y + BAR - 5).append("\">")
          .append(num(b.value())).append("</text>");
      y += BAR + GAP;
    }
    return svg.append("</svg>").toString();
  }

  /** Vertical columns over time, e.g. incidents per month; labels shown for every n-th column. */
  public static String columns(String id, String title, List<Bar> bars, String unit) {
    int height = 220;
    int base = height - 30;
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    StringBuilder svg = open(id, title, bars, unit, WIDTH, height);
    double step = bars.isEmpty() ? 0 : (double) (WIDTH - 40) / bars.size();
    int labelEvery = Math.max(1, (int) Math.ceil(bars.size() / 12.0));
    svg.append("<line x1=\"30\" y1=\"").append(base).append("\" x2=\"").append(WIDTH - 10).append("\" y2=\"")
        .append(base).append("\" class=\"axis\"/>");
    svg.append("<text x=\"26\" y=\"16\" text-anchor=\"end\">").append(num(max)).append("</text>");
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double h = max <= 0 ? 0 : (base - 20) * b.value() / max;
      double x = 30 + i * step;
      svg.append("<rect x=\"").append(num(x + step * 0.1)).append("\" y=\"").append(num(base - h))
          .append("\" width=\"").append(num(Math.max(1, step * 0.8))).append("\" height=\"").append(num(h))
          .append("\" class=\"bar\"><title>").append(Markup.escape(b.label())).append(": ").append(num(b.value()))
          .append("</title></rect>");
      if (i % labelEvery == 0) {
        svg.append("<text x=\"").append(num(x + step / 2)).append("\" y=\"").append(height - 12)
            .append("\" text-anchor=\"middle\">").append(Markup.escape(b.label())).append("</text>");
      }
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String id, String title, List<Bar> bars, String unit, int w, int h) {
    StringBuilder desc = new StringBuilder();
    for (Bar b : bars) {
      if (desc.length() > 0) desc.append("; ");
      desc.append(b.label()).append(": ").append(num(b.value())).append(unit.isEmpty() ? "" : " " + unit);
    }
    String sid = Markup.escape(id);
    return new StringBuilder(256 + bars.size() * 160)
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
        .append(w).append(' ').append(h).append("\" aria-labelledby=\"").append(sid).append("-t ").append(sid)
        .append("-d\"><title id=\"").append(sid).append("-t\">").append(Markup.escape(title)).append("</title><desc id=\"")
        .append(sid).append("-d\">").append(Markup.escape(desc.toString())).append("</desc>");
  }

  /** Numbers without locale surprises: integers as integers, others with one decimal. */
  static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
