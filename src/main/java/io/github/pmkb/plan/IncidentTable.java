package io.github.pmkb.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import io.github.pmkb.escape.Json;
import io.github.pmkb.plan.Views.IncidentSummary;
import io.github.pmkb.plan.Views.Link;

/**
 * The table of all incidents: static pages of {@link SitePlanner#LIST_PAGE} rows, newest first,
 * which work without JavaScript, and {@code data/incidents.json}, from which the page's script
 * sorts and filters all of them (root cause, severity, service, year, duration) with the choice
 * kept in the URL.
 */
final class IncidentTable {
  static final String FIRST = "incidents.html";
  static final String DATA = "data/incidents.json";

  /** Duration filter bands: label and upper bound in minutes (inclusive). */
  static final List<Band> BANDS = List.of(new Band("under 1 h", 60), new Band("1 to 4 h", 240),
      new Band("4 to 24 h", 1440), new Band("over 24 h", Long.MAX_VALUE));

  record Band(String label, long maxMinutes) {}

  /** What each filter offers, in the order people scan them. */
  record Filters(List<Link> rootCauses, List<Link> severities, List<Link> services, List<String> years,
      List<Band> durations) {}

  private IncidentTable() {}

  static Filters filters(List<IncidentSummary> all) {
    Map<String, Link> causes = new TreeMap<>();
    Map<String, Link> severities = new TreeMap<>();
    Map<String, Link> services = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    TreeSet<String> years = new TreeSet<>(java.util.Comparator.reverseOrder());
    for (IncidentSummary i : all) {
      causes.put(i.rootCause().label(), i.rootCause());
      severities.put(i.severity().label(), i.severity());
      i.services().forEach(s -> services.putIfAbsent(s.label(), s));
      if (!i.year().isEmpty()) years.add(i.year());
    }
    return new Filters(List.copyOf(causes.values()), List.copyOf(severities.values()), List.copyOf(services.values()),
        List.copyOf(years), BANDS);
  }

  /**
   * {@code data/incidents.json}: one row per incident, {@code [url, title, date, root cause,
   * severity, [services], minutes to resolve or -1]}, newest first, with the pages of root causes,
   * severities and services.
   */
  static String json(List<IncidentSummary> all) {
    List<Object> rows = new ArrayList<>();
    Map<String, String> causes = new TreeMap<>();
    Map<String, String> severities = new TreeMap<>();
    Map<String, String> services = new TreeMap<>();
    for (IncidentSummary i : all) {
      causes.put(i.rootCause().label(), i.rootCause().url());
      severities.put(i.severity().label(), i.severity().url());
      i.services().forEach(s -> services.put(s.label(), s.url()));
      rows.add(List.of(i.url(), i.title(), i.date(), i.rootCause().label(), i.severity().label(),
          i.services().stream().map(Link::label).toList(), i.minutes()));
    }
    return document("rootCauses", causes, "severities", severities, "services", services, "rows", rows);
  }

  /** A data file for the theme's scripts: {@code {"version":1,...}} with the parts in order, and a newline. */
  static String document(Object... namesAndValues) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("version", 1);
    for (int i = 0; i < namesAndValues.length; i += 2) doc.put((String) namesAndValues[i], namesAndValues[i + 1]);
    return Json.write(doc) + "\n";
  }
}
