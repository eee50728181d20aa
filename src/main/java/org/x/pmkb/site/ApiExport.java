package org.x.pmkb.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.x.pmkb.check.IncidentReport;
import org.x.pmkb.check.Json;
import org.x.pmkb.model.Corpus;
import org.x.pmkb.model.Postmortem;

/**
 * {@code api/incidents.json}: the whole extracted model, one object per published incident, with
 * the same field names as {@code pmkb inspect --json} plus {@code slug} and {@code url}, so
 * scripts can rely on one schema (documented in the README).
 */
final class ApiExport {
  /** Bump when a field changes meaning or disappears; adding fields does not bump it. */
  static final int VERSION = 1;

  private ApiExport() {}

  static String incidentsJson(Corpus corpus) {
    List<Object> incidents = new ArrayList<>();
    for (Postmortem p : corpus.postmortems()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("slug", p.slug());
      m.put("url", Permalinks.incident(p.slug()));
      Map<String, Object> report = IncidentReport.of(p.sourcePath(), Optional.of(p), List.of());
      report.remove("diagnostics");
      m.putAll(report);
      incidents.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", VERSION);
    root.put("count", incidents.size());
    root.put("incidents", incidents);
    return Json.write(root) + "\n";
  }
}
