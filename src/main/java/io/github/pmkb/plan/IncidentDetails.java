package io.github.pmkb.plan;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.github.pmkb.analytics.Spans;
import io.github.pmkb.index.FacetValues;
import io.github.pmkb.index.Fields;
import io.github.pmkb.model.Incident;
import io.github.pmkb.model.Moment;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.model.Provenance;
import io.github.pmkb.model.Sourced;
import io.github.pmkb.plan.Views.EventView;

/**
 * What only an incident's own page shows, as display strings: the impact, the timeline and where
 * each fact of the card came from. Made when the page is rendered and dropped with it, so a build
 * does not hold every postmortem's timeline twice (see {@link IncidentPageParts}).
 */
record IncidentDetails(String impact, String impactSentence, String timezone, List<EventView> timeline,
    Map<String, String> sources, Map<String, String> lines, List<String> derived) {

  /** The facts of the card that cite a source line: title, date, duration, severity, impact, root cause. */
  static final List<String> CITED = List.of("title", "date", "duration", "severity", "impact", "root cause");

  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  static IncidentDetails of(Postmortem p) {
    Incident in = p.incident();
    Citations cite = new Citations();
    cite.source("title", p.title());
    p.date().ifPresent(d -> cite.source("date", d));
    if (Spans.toResolve(p).isPresent()) {
      // The stated or derived duration says where it came from; a span computed here is derived.
      in.duration().ifPresentOrElse(d -> cite.source("duration", d), () -> in.resolvedAt().ifPresent(r -> {
        cite.source("duration", r);
        cite.derived("duration");
      }));
    }
    in.severity().ifPresent(s -> cite.source("severity", s));
    String impact = in.impact().usersPercent().map(x -> cite.source("impact", x))
        .map(x -> number(x.value()) + "% of users").orElse("");
    String sentence = in.impact().sentence().map(Sourced::value).orElse("");
    if (!FacetValues.rootCause(p).equals(Fields.UNKNOWN)) cite.source("root cause", in.rootCause());
    String tz = in.timezone().map(Sourced::value).orElse("");
    List<EventView> events = in.timeline().events().stream()
        .map(e -> new EventView(display(e.at()), e.at().iso(), e.text(), e.line(), e.marker().map(m -> m.key()).orElse("")))
        .toList();
    return new IncidentDetails(impact, sentence, tz, events, cite.sources, cite.lines, List.copyOf(cite.derived));
  }

  /**
   * From the first event to the last, the day said once when both share it: "2024-09-17, 13:02
   * to 13:49 UTC" rather than the day and zone twice.
   */
  static String span(List<EventView> events) {
    if (events.isEmpty()) return "";
    String a = events.get(0).at();
    String b = events.get(events.size() - 1).at();
    boolean dated = a.matches("\\d{4}-\\d{2}-\\d{2} .*") && b.matches("\\d{4}-\\d{2}-\\d{2} .*");
    if (!dated || !a.substring(0, 10).equals(b.substring(0, 10))) return a + " to " + b;
    String ta = a.substring(11);
    String tb = b.substring(11);
    if (ta.length() > 5 && tb.length() > 5 && ta.substring(5).equals(tb.substring(5))) ta = ta.substring(0, 5);
    return a.substring(0, 10) + ", " + ta + " to " + tb;
  }

  /**
   * Where each fact of the card came from: a tooltip ("text", "front matter"; the page shows the
   * line beside it), its line in the source file
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
      sources.put(name, from);
      if (cited) lines.put(name, Integer.toString(s.at().line()));
      if (s.from() == Provenance.DERIVED) derived(name);
      return s;
    }

    void derived(String name) {
      if (!derived.contains(name)) derived.add(name);
    }
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String display(Moment m) {
    String zone = m.zone().map(z -> z.getId().equals("Z") ? " UTC" : " " + z.getId()).orElse("");
    if (!m.timed()) return m.local().toLocalDate().toString();
    return (m.dated() ? m.local().format(DAY_TIME) : m.local().format(TIME)) + zone;
  }
}
