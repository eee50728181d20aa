package io.github.pmkb.plan;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.github.pmkb.extract.Taxonomy;
import io.github.pmkb.model.Incident;
import io.github.pmkb.model.Moment;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.model.Provenance;
import io.github.pmkb.model.Sourced;
import io.github.pmkb.plan.Views.EventView;

/**
 * An incident's facts as display strings for the fact card and lists: templates never see model
 * types or Optionals, and an unknown fact is the empty string.
 */
record IncidentFacts(String duration, String severity, String impact, String impactSentence, List<String> services,
    String rootCause, String rootCauseId, String timezone, List<EventView> timeline, Map<String, String> sources,
    Map<String, String> lines, List<String> derived) {

  /** The facts of the card that cite a source line: title, date, duration, severity, impact, root cause. */
  static final List<String> CITED = List.of("title", "date", "duration", "severity", "impact", "root cause");

  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  static IncidentFacts of(Postmortem pm) {
    Incident in = pm.incident();
    Citations cite = new Citations();
    cite.source("title", pm.title());
    pm.date().ifPresent(d -> cite.source("date", d));
    String duration = in.duration().map(d -> cite.source("duration", d)).map(Sourced::value)
        .map(IncidentFacts::duration).orElse("");
    String severity = in.severity().map(s -> cite.source("severity", s)).map(s -> s.value().label()).orElse("");
    String impact = in.impact().usersPercent().map(p -> cite.source("impact", p))
        .map(p -> number(p.value()) + "% of users").orElse("");
    String sentence = in.impact().sentence().map(Sourced::value).orElse("");
    String rootCauseId = in.rootCause().value();
    String rootCause = rootCauseId.equals("unknown") ? "" : label(rootCauseId);
    if (!rootCause.isEmpty()) cite.source("root cause", in.rootCause());
    String tz = in.timezone().map(Sourced::value).orElse("");
    List<EventView> events = in.timeline().events().stream()
        .map(e -> new EventView(display(e.at()), e.at().iso(), e.text(), e.line(), e.marker().map(m -> m.key()).orElse("")))
        .toList();
    return new IncidentFacts(duration, severity, impact, sentence, in.serviceNames(), rootCause, rootCauseId, tz, events,
        cite.sources, cite.lines, List.copyOf(cite.derived));
  }

  /**
   * Where each fact of the card came from: a tooltip ("text, line 3"), its line in the source file
   * (none for a default) and whether pmkb computed it rather than read it ("derived" on the page).
   * Every key of {@link #CITED} is present, empty when unknown: templates run with strict variables.
   */
  private static final class Citations {
    final Map<String, String> sources = new LinkedHashMap<>();
    final Map<String, String> lines = new LinkedHashMap<>();
    final List<String> derived = new ArrayList<>();

    Citations() {
      for (String k : CITED) {
        sources.put(k, "");
        lines.put(k, "");
      }
    }

    <T> Sourced<T> source(String name, Sourced<T> s) {
      String from = switch (s.from()) {
        case FRONT_MATTER -> "front matter";
        case BODY -> "text";
        case DERIVED -> "derived";
        case DEFAULT -> "default";
      };
      boolean cited = s.from() != Provenance.DEFAULT && s.at().line() > 0;
      sources.put(name, from + (cited ? ", line " + s.at().line() : ""));
      if (cited) lines.put(name, Integer.toString(s.at().line()));
      if (s.from() == Provenance.DERIVED) derived.add(name);
      return s;
    }
  }

  /** "2h 30m", "45m", "3d 4h". */
  static String duration(Duration d) {
    long min = d.toMinutes();
    if (min < 60) return min + "m";
    long h = min / 60;
    long m = min % 60;
    if (h >= 48) return (h / 24) + "d" + (h % 24 == 0 ? "" : " " + (h % 24) + "h");
    return h + "h" + (m == 0 ? "" : " " + m + "m");
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  /** The taxonomy's label ("Capacity / traffic surge"), else the id made readable. */
  static String label(String id) {
    for (Taxonomy.Category c : Taxonomy.defaults().categories()) if (c.id().equals(id)) return c.label();
    String s = id.replace('-', ' ');
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static String display(Moment m) {
    String zone = m.zone().map(z -> z.getId().equals("Z") ? " UTC" : " " + z.getId()).orElse("");
    if (!m.timed()) return m.local().toLocalDate().toString();
    return (m.dated() ? m.local().format(DAY_TIME) : m.local().format(TIME)) + zone;
  }
}
