package io.github.pmkb.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.model.ActionItem;
import io.github.pmkb.model.Incident;
import io.github.pmkb.model.Moment;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.model.Section;
import io.github.pmkb.model.Sourced;
import io.github.pmkb.model.TimelineEvent;

/**
 * What {@code pmkb inspect} shows for one file: the extracted facts as an ordered map with the
 * JSON field names of issue 3 ({@code file, title, date, timezone, started_at, ...}).
 */
public final class IncidentReport {
  /** The fields counted by {@code inspect --summary}, in display order. */
  public static final List<String> COVERAGE_FIELDS = List.of("title", "date", "timezone", "started_at", "detected_at",
      "mitigated_at", "resolved_at", "duration_minutes", "impact_percent", "severity", "services", "root_cause",
      "sections", "timeline", "actions");

  private IncidentReport() {}

  public static Map<String, Object> of(String file, Optional<Postmortem> pm, List<Diagnostic> diagnostics) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file);
    Incident in = pm.map(Postmortem::incident).orElse(null);
    m.put("title", pm.map(p -> p.title().value()).orElse(null));
    m.put("date", pm.flatMap(Postmortem::day).map(Object::toString).orElse(null));
    m.put("timezone", in == null ? null : in.timezone().map(Sourced::value).orElse(null));
    m.put("started_at", in == null ? null : iso(in.startedAt()));
    m.put("detected_at", in == null ? null : iso(in.detectedAt()));
    m.put("mitigated_at", in == null ? null : iso(in.mitigatedAt()));
    m.put("resolved_at", in == null ? null : iso(in.resolvedAt()));
    m.put("duration_minutes", in == null ? null : in.duration().map(d -> d.value().toMinutes()).orElse(null));
    m.put("time_to_detect_minutes", in == null ? null : in.timeToDetect().map(d -> d.toMinutes()).orElse(null));
    m.put("time_to_mitigate_minutes", in == null ? null : in.timeToMitigate().map(d -> d.toMinutes()).orElse(null));
    m.put("time_to_resolve_minutes", in == null ? null : in.timeToResolve().map(d -> d.toMinutes()).orElse(null));
    m.put("impact_percent", in == null ? null : in.impact().usersPercent().map(Sourced::value).orElse(null));
    m.put("severity", in == null ? null : in.severity().map(s -> s.value().label()).orElse(null));
    m.put("services", in == null ? List.of() : in.serviceNames());
    m.put("root_cause", in == null ? null : in.rootCause().value());
    m.put("contributing", in == null ? List.of() : in.contributingIds());
    m.put("tags", pm.map(Postmortem::tags).orElse(List.of()));
    m.put("sections", in == null ? List.of() : in.sections().stream().map(IncidentReport::section).toList());
    m.put("timeline", in == null ? List.of() : in.timeline().events().stream().map(IncidentReport::event).toList());
    m.put("actions", in == null ? List.of() : in.actions().stream().map(IncidentReport::action).toList());
    List<Object> diags = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("level", d.level().word());
      x.put("code", d.code());
      x.put("message", d.message());
      x.put("line", d.at().line());
      x.put("column", d.at().column());
      diags.add(x);
    }
    m.put("diagnostics", diags);
    return m;
  }

  /** True when the report has a value for {@code field} (a non-empty list counts). */
  public static boolean has(Map<String, Object> report, String field) {
    Object v = report.get(field);
    if (v instanceof List<?> l) return !l.isEmpty();
    if ("root_cause".equals(field)) return v != null && !"unknown".equals(v);
    return v != null;
  }

  private static String iso(Optional<Sourced<Moment>> m) {
    return m.map(s -> s.value().iso()).orElse(null);
  }

  private static Map<String, Object> section(Section s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", s.kind().key());
    m.put("heading", s.heading());
    m.put("line", s.line());
    return m;
  }

  private static Map<String, Object> event(TimelineEvent e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("at", e.at().iso());
    m.put("text", e.text());
    m.put("line", e.line());
    m.put("marker", e.marker().map(x -> x.key()).orElse(null));
    return m;
  }

  private static Map<String, Object> action(ActionItem a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", a.text());
    m.put("owner", a.owner().orElse(null));
    m.put("status", a.status().key());
    m.put("due", a.due().orElse(null));
    m.put("ticket", a.ticket().orElse(null));
    m.put("line", a.line());
    return m;
  }
}
