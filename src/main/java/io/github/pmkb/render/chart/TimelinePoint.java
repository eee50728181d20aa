package io.github.pmkb.render.chart;

/** What the timeline strip needs of an event; the site's view record implements it. */
public interface TimelinePoint {
  /** ISO-8601 date-time, with or without offset ({@code 2025-03-03T02:15} or {@code ...Z}). */
  String iso();

  /** Display time, e.g. "02:15". */
  String at();

  /** Marker key ({@code begins}, {@code detected}, {@code escalated}, {@code mitigated}, {@code resolved}) or "". */
  String marker();
}
