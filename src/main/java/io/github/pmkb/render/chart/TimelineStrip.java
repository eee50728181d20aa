package io.github.pmkb.render.chart;

import io.github.pmkb.escape.Markup;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An incident's normalised timeline as a horizontal SVG strip: one tick per event placed by its
 * time, and the lifecycle markers (begins, detected, escalated, mitigated, resolved) labelled, so
 * time to detect and to mitigate can be read at a glance. The event list beside it stays the
 * accessible source; the SVG repeats the markers in its description.
 */
public final class TimelineStrip {
  /** The width of the strip on large screens; phones get {@link #NARROW}. */
  public static final int WIDE = 720;
  public static final int NARROW = 320;
  private static final int PAD = 12;
  /** Label rows, nearest the axis first: above, below, further above, further below. */
  private static final int[] ROWS = {-12, 22, -28, 38};
  private static final int AXIS_Y = 44;
  /** Average width of a label character at the strip's 12-unit font. */
  private static final double CHAR = 6.6;

  private TimelineStrip() {}

  /** The wide strip, or "" when fewer than two events have parseable, distinct times. */
  public static String svg(List<? extends TimelinePoint> events) {
    return svg(events, WIDE);
  }

  /**
   * The strip drawn {@code width} units wide (about the CSS pixels it is shown at, so its text
   * keeps its size), or "" when fewer than two events have parseable, distinct times. Labels are
   * placed left to right in the first row where they fit, and never run past either edge.
   */
  public static String svg(List<? extends TimelinePoint> events, int width) {
    return svg(events, width, true);
  }

  /**
   * The strip, described ({@code role="img"}, a title and a description that gives each marker's
   * date and time) or not: a page that draws the strip twice, wide and narrow, and shows one by a
   * media query describes one and hides the other from screen readers, which would otherwise meet
   * the same chart twice, and the copy's description would weigh on every page. Markers have no
   * tooltips: their labels show the time, the description and the event list the date, and
   * tooltips repeated that on every page of a large site.
   */
  public static String svg(List<? extends TimelinePoint> events, int width, boolean described) {
    return svg(events, width, described ? 0 : -1);
  }

  /**
   * {@link #svg(List, int, boolean)}, the copy named by the described strip of width {@code
   * copyOf} (its title and description): a phone shows only the copy, and a chart hidden by a
   * media query still names another, so a screen reader meets the chart there too.
   *
   * @param copyOf 0 for the described strip, -1 for a copy hidden from screen readers
   */
  public static String svg(List<? extends TimelinePoint> events, int width, int copyOf) {
    boolean described = copyOf == 0;
    List<TimelinePoint> ok = new ArrayList<>();
    List<Long> minutes = new ArrayList<>();
    LocalDateTime first = null;
    for (TimelinePoint e : events) {
      Optional<LocalDateTime> t = parse(e.iso());
      if (t.isEmpty()) continue;
      if (first == null) first = t.get();
      ok.add(e);
      minutes.add(ChronoUnit.MINUTES.between(first, t.get()));
    }
    long span = minutes.isEmpty() ? 0 : minutes.get(minutes.size() - 1) - minutes.get(0);
    if (ok.size() < 2 || span <= 0) return "";
    StringBuilder desc = new StringBuilder("Timeline over ").append(span).append(" minutes");
    StringBuilder marks = new StringBuilder();
    StringBuilder labels = new StringBuilder();
    // Plain events are ticks without labels or tooltips: the event list gives each one's time and
    // text, so all ticks are one path (a tenth of the bytes of a <line> with a <title> each).
    StringBuilder ticks = new StringBuilder();
    double[] rowEnd = new double[ROWS.length];
    java.util.Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
    int lowest = 0;
    int highest = 0;
    // Whole units: the strip is drawn about one unit to the CSS pixel, so a tenth of a unit is
    // never seen, and it cost a tenth of the strip's bytes on every incident page.
    long[] xs = new long[ok.size()];
    java.util.Set<Long> covered = new java.util.HashSet<>();
    for (int i = 0; i < ok.size(); i++) {
      xs[i] = Math.round(PAD + (width - 2.0 * PAD) * (minutes.get(i) - minutes.get(0)) / span);
      // A tick within two units of a marker is hidden under its circle (radius 6).
      if (!ok.get(i).marker().isEmpty()) for (long d = -2; d <= 2; d++) covered.add(xs[i] + d);
    }
    for (int i = 0; i < ok.size(); i++) {
      TimelinePoint e = ok.get(i);
      double xv = xs[i];
      String x = Long.toString(xs[i]);
      if (e.marker().isEmpty()) {
        // Events at one minute share a tick; one drawn twice looks the same as once.
        if (covered.add(xs[i])) ticks.append('M').append(x).append(' ').append(AXIS_Y - 5).append("v10");
        continue;
      }
      desc.append("; ").append(e.marker()).append(" at ").append(e.at());
      marks.append("<circle class=\"marker marker-").append(Markup.escape(e.marker())).append("\" cx=\"").append(x)
          .append("\" cy=\"").append(AXIS_Y).append("\" r=\"6\"/>");
      String text = e.marker() + " " + clock(e.iso());
      double w = text.length() * CHAR;
      double left = Math.max(2, Math.min(width - 2 - w, xv - w / 2));
      int row = 0;
      while (row < ROWS.length - 1 && rowEnd[row] + 6 > left) row++;
      rowEnd[row] = left + w;
      lowest = Math.max(lowest, ROWS[row]);
      highest = Math.min(highest, ROWS[row]);
      labels.append("<text x=\"").append(Math.round(left)).append("\" y=\"").append(AXIS_Y + ROWS[row])
          .append("\">").append(Markup.escape(text)).append("</text>");
    }
    // Rows that hold no label take no room.
    int top = AXIS_Y + highest - 16;
    int height = AXIS_Y + Math.max(lowest, 8) + 8 - top;
    StringBuilder body = new StringBuilder();
    body.append("<line class=\"axis\" x1=\"").append(PAD).append("\" y1=\"").append(AXIS_Y).append("\" x2=\"")
        .append(width - PAD).append("\" y2=\"").append(AXIS_Y).append("\"/>");
    if (ticks.length() > 0) body.append("<path class=\"tick\" d=\"").append(ticks).append("\"/>");
    body.append(marks).append(labels);
    String id = "tl" + width;
    String box = "viewBox=\"0 " + top + " " + width + " " + height + "\"";
    // Only ever inline in an HTML page (twice per incident), where the parser gives <svg> its namespace.
    if (copyOf > 0) {
      String of = "tl" + copyOf;
      return "<svg class=\"chart timeline-strip\" role=\"img\" " + box + " aria-labelledby=\"" + of + "-t " + of + "-d\">" + body
          + "</svg>";
    }
    if (!described) return "<svg class=\"chart timeline-strip\" aria-hidden=\"true\" " + box + ">" + body + "</svg>";
    return "<svg class=\"chart timeline-strip\" role=\"img\" " + box + " aria-labelledby=\"" + id + "-t " + id + "-d\"><title id=\"" + id
        + "-t\">Incident timeline</title><desc id=\"" + id + "-d\">" + Markup.escape(desc.toString()) + "</desc>" + body
        + "</svg>";
  }

  /** "13:02" from an ISO date-time: the strip spans hours, the date is in the list beside it. */
  private static String clock(String iso) {
    int t = iso.indexOf('T');
    return t < 0 || iso.length() < t + 6 ? "" : iso.substring(t + 1, t + 6);
  }

  private static Optional<LocalDateTime> parse(String iso) {
    try {
      if (iso.length() > 16 && (iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:\\d\\d$"))) {
        // Compare in UTC so events with different stated offsets still line up.
        return Optional.of(OffsetDateTime.parse(iso).atZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime());
      }
      return Optional.of(LocalDateTime.parse(iso));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
