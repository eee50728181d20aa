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
  private static final int WIDTH = 640;
  private static final int HEIGHT = 74;
  private static final int PAD = 24;
  private static final int AXIS_Y = 34;

  private TimelineStrip() {}

  /** The SVG, or "" when fewer than two events have parseable, distinct times. */
  public static String svg(List<? extends TimelinePoint> events) {
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
    StringBuilder body = new StringBuilder();
    body.append("<line class=\"axis\" x1=\"").append(PAD).append("\" y1=\"").append(AXIS_Y).append("\" x2=\"")
        .append(WIDTH - PAD).append("\" y2=\"").append(AXIS_Y).append("\"/>");
    int axisEnd = body.length();
    // Plain events are ticks without labels or tooltips: the event list right below the strip
    // gives each one's time and text, so all ticks are one path (a tenth of the bytes of a
    // <line> with a <title> each).
    StringBuilder ticks = new StringBuilder();
    int labelRow = 0;
    for (int i = 0; i < ok.size(); i++) {
      TimelinePoint e = ok.get(i);
      String x = BarChart.num(PAD + (WIDTH - 2.0 * PAD) * (minutes.get(i) - minutes.get(0)) / span);
      if (e.marker().isEmpty()) {
        ticks.append('M').append(x).append(' ').append(AXIS_Y - 5).append("v10");
        continue;
      }
      desc.append("; ").append(e.marker()).append(" at ").append(e.at());
      // Alternate labels above and below the axis so close markers don't overlap; keep the
      // outermost labels inside the picture.
      int y = labelRow++ % 2 == 0 ? AXIS_Y - 14 : AXIS_Y + 26;
      String anchor = i == 0 ? "start" : i == ok.size() - 1 ? "end" : "middle";
      body.append("<circle class=\"marker marker-").append(Markup.escape(e.marker())).append("\" cx=\"").append(x)
          .append("\" cy=\"").append(AXIS_Y).append("\" r=\"6\"><title>").append(Markup.escape(e.marker())).append(": ")
          .append(Markup.escape(e.at())).append("</title></circle>");
      body.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
          .append("\">").append(Markup.escape(e.marker())).append(' ').append(clock(e.iso())).append("</text>");
    }
    if (ticks.length() > 0) body.insert(axisEnd, "<path class=\"tick\" d=\"" + ticks + "\"/>");
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart timeline-strip\" role=\"img\" viewBox=\"0 0 "
        + WIDTH + " " + HEIGHT + "\" aria-labelledby=\"tl-t tl-d\"><title id=\"tl-t\">Incident timeline</title>"
        + "<desc id=\"tl-d\">" + Markup.escape(desc.toString()) + "</desc>" + body + "</svg>";
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
