package io.github.pmkb.plan;

import java.util.List;
import io.github.pmkb.analytics.Spans;
import io.github.pmkb.index.FacetValues;
import io.github.pmkb.index.Fields;
import io.github.pmkb.model.Incident;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.plan.Views.Link;

/**
 * An incident's facts as lists show them, as display strings and links to their facet pages:
 * templates never see model types or Optionals, and an unknown fact is the empty string (a
 * missing severity reads "not stated"). What only the incident's own page shows (the fact card's
 * sources, the timeline) is {@link IncidentDetails}, made when the page is rendered.
 *
 * @param minutes the time to resolve in minutes, -1 when unknown
 * @param contributing the contributing factors, which only the incident's page shows, kept here
 *     because they link to facet pages
 */
record IncidentFacts(String duration, long minutes, Link severity, List<Link> services, Link rootCause,
    List<Link> contributing) {

  static IncidentFacts of(Postmortem p, FacetPages facets) {
    Incident in = p.incident();
    var resolve = Spans.toResolve(p);
    String duration = resolve.map(HumanDurations::of).orElse("");
    Link severity = in.severity().map(s -> s.value().label())
        .map(s -> new Link(s, facets.url(Fields.FACET_SEVERITY, s))).orElse(new Link(Labels.NOT_STATED, ""));
    String cause = FacetValues.rootCause(p);
    Link rootCause = new Link(Labels.rootCause(cause), facets.url(Fields.FACET_ROOT_CAUSE, cause));
    var values = FacetValues.of(p);
    List<Link> contributing = values.get(Fields.FACET_CONTRIBUTING).stream()
        .map(c -> new Link(Labels.of(Fields.FACET_CONTRIBUTING, c), facets.url(Fields.FACET_CONTRIBUTING, c))).toList();
    List<Link> services = values.get(Fields.FACET_SERVICE).stream()
        .map(s -> new Link(s, facets.url(Fields.FACET_SERVICE, s))).toList();
    return new IncidentFacts(duration, resolve.map(d -> d.toMinutes()).orElse(-1L), severity, services, rootCause,
        contributing);
  }
}
