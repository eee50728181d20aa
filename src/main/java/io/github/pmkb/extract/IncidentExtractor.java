package io.github.pmkb.extract;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.github.pmkb.content.ParsedDoc;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.diag.SourcePos;
import io.github.pmkb.model.ActionItem;
import io.github.pmkb.model.Impact;
import io.github.pmkb.model.Incident;
import io.github.pmkb.model.Marker;
import io.github.pmkb.model.Moment;
import io.github.pmkb.model.Provenance;
import io.github.pmkb.model.Section;
import io.github.pmkb.model.SectionKind;
import io.github.pmkb.model.Severity;
import io.github.pmkb.model.Sourced;
import io.github.pmkb.model.Timeline;
import io.github.pmkb.model.TimelineEvent;

/**
 * Reads the {@link Incident} facts from the body, then lets front matter override them
 * ({@link FrontMatterFacts}). Start and end come from a stated range or labels, else from the
 * timeline's markers; the duration is stated, else derived from start and end.
 */
final class IncidentExtractor {
  private final Taxonomy taxonomy;
  private final SeverityNormalizer severities;

  IncidentExtractor(Taxonomy taxonomy, SeverityNormalizer severities) {
    this.taxonomy = taxonomy;
    this.severities = severities;
  }

  /** The facts, and the incident date read from the prose (for {@code Postmortem.date}). */
  record Result(Incident incident, Optional<Sourced<LocalDate>> date) {}

  Result extract(ParsedDoc doc, FrontMatterValues fm, Diagnostics diags) {
    String rel = doc.source().relPath();
    BodyLines lines = BodyLines.of(doc);
    List<Section> sections = SectionFinder.sections(lines, doc.outline());
    int timelineStart = sections.stream().filter(s -> s.kind() == SectionKind.TIMELINE)
        .mapToInt(s -> lines.indexOf(s.line())).min().orElse(-1);
    StatedTimes stated = StatedTimes.read(lines, timelineStart);
    Optional<Sourced<String>> fmZoneName = fm.string("timezone", "time_zone", "tz").map(z -> Sourced.of(z, Provenance.FRONT_MATTER,
        fm.pos(fm.keyOf("timezone", "time_zone", "tz").orElseThrow())));
    Optional<ZoneId> fmZone = fmZoneName.flatMap(z -> Zones.of(z.value()));
    if (fmZoneName.isPresent() && fmZone.isEmpty()) {
      diags.warning("EX006", "unknown time zone '" + fmZoneName.get().value() + "'", fmZoneName.get().at(),
          "use an IANA id (Africa/Nairobi), UTC+3 or an abbreviation such as EAT");
    }
    Optional<ZoneId> zone = fmZone.or(() -> stated.zone().map(StatedTimes.Found::value));
    Optional<LocalDate> fmDate = fm.date("date", "incident_date");
    Optional<LocalDate> day = fmDate.or(() -> stated.date().map(StatedTimes.Found::value));
    Timeline timeline = TimelineExtractor.extract(lines, sections, new TimelineExtractor.Context(day, zone));

    Optional<Sourced<Moment>> bodyStart = found(stated.start(), lines, rel)
        .or(() -> marked(timeline, Marker.BEGINS, rel, false)).or(() -> firstEvent(timeline, rel));
    Optional<Sourced<Moment>> detected = found(stated.detected(), lines, rel)
        .or(() -> marked(timeline, Marker.DETECTED, rel, false));
    Optional<Sourced<Moment>> mitigated = marked(timeline, Marker.MITIGATED, rel, false);
    Optional<Sourced<Moment>> resolved = found(stated.end(), lines, rel).or(() -> marked(timeline, Marker.RESOLVED, rel, true));

    FrontMatterFacts fmf = new FrontMatterFacts(fm, rel, diags, severities);
    Optional<Sourced<Moment>> start = fmf.moment(fmZone, "started_at", "start_time", "start", "starttime", "impact_start")
        .or(() -> bodyStart);
    Optional<Sourced<Moment>> detectedF = fmf.moment(fmZone, "detected_at", "detecttime", "detection_time");
    if (detectedF.isPresent()) detected = detectedF;
    Optional<Sourced<Moment>> mitigatedF = fmf.moment(fmZone, "mitigated_at", "mitigation_time");
    if (mitigatedF.isPresent()) mitigated = mitigatedF;
    Optional<Sourced<Moment>> resolvedF = fmf.moment(fmZone, "resolved_at", "end_time", "end", "endtime", "impact_end");
    if (resolvedF.isPresent()) resolved = resolvedF;

    Optional<Sourced<Duration>> duration = duration(stated, start, resolved, lines, rel, diags);
    Optional<Sourced<Duration>> fmDuration = fmf.duration();
    if (fmDuration.isPresent()) duration = fmDuration;

    Impact impact = fmf.impact().orElseGet(() -> ImpactExtractor.extract(lines, sections, rel));
    Optional<Sourced<Severity>> severity = fmf.severity().or(() -> bodySeverity(lines, sections, rel, diags));
    List<Sourced<String>> services = fmf.services();
    if (services.isEmpty()) {
      services = BodyFacts.services(lines, sections).stream()
          .map(f -> Sourced.of(f.value(), Provenance.BODY, SourcePos.of(rel, lines.lineNo(f.index())))).toList();
    }
    RootCauseReader.Causes cause = new RootCauseReader(taxonomy).read(doc, lines, sections, fm, fmf);
    List<ActionItem> actions = fmf.actions().orElseGet(() -> ActionItemExtractor.extract(lines, sections));
    Optional<Sourced<String>> tz = fmZoneName.or(() -> stated.zone().map(f -> Sourced.of(
        Zones.writtenIn(lines.get(f.index()), f.value()).orElse(Zones.label(f.value())), Provenance.BODY,
        SourcePos.of(rel, lines.lineNo(f.index())))));
    warnAboutZones(timeline, start, tz, rel, diags);
    Optional<Sourced<LocalDate>> date = stated.date().map(f -> Sourced.of(f.value(), Provenance.BODY, SourcePos.of(rel, lines.lineNo(f.index()))))
        .or(() -> start.filter(s -> s.value().dated()).map(s -> Sourced.of(s.value().local().toLocalDate(), Provenance.DERIVED, s.at())));
    Incident incident = new Incident(tz, start, detected, mitigated, resolved, duration, impact, severity, services,
        cause.rootCause(), sections, timeline, actions, cause.contributing());
    return new Result(incident, date);
  }

  private Optional<Sourced<Severity>> bodySeverity(BodyLines lines, List<Section> sections, String rel, Diagnostics diags) {
    Optional<BodyFacts.Found> raw = BodyFacts.severity(lines, sections);
    if (raw.isEmpty()) return Optional.empty();
    SourcePos at = SourcePos.of(rel, lines.lineNo(raw.get().index()));
    Optional<Severity> s = severities.normalise(raw.get().value());
    if (s.isEmpty()) diags.warning("EX004", "unknown severity '" + abbreviate(raw.get().value()) + "'", at,
        "write SEV1-SEV4, P1-P4, critical, major, minor or low");
    return s.map(v -> Sourced.of(v, Provenance.BODY, at));
  }

  private static Optional<Sourced<Duration>> duration(StatedTimes stated, Optional<Sourced<Moment>> start,
      Optional<Sourced<Moment>> end, BodyLines lines, String rel, Diagnostics diags) {
    Optional<Duration> derived = Optional.empty();
    if (start.isPresent() && end.isPresent()) {
      Duration d = start.get().value().until(end.get().value());
      if (d.isNegative()) {
        diags.warning("EX003", "the incident ends (" + end.get().value().iso() + ") before it starts ("
            + start.get().value().iso() + ")", end.get().at());
      } else {
        derived = Optional.of(d);
      }
    }
    if (stated.duration().isPresent()) {
      StatedTimes.Found<Duration> f = stated.duration().get();
      SourcePos at = SourcePos.of(rel, lines.lineNo(f.index()));
      if (derived.isPresent() && Math.abs(derived.get().toMinutes() - f.value().toMinutes()) > 5) {
        diags.warning("EX002", "stated duration " + DurationParser.format(f.value()) + " differs from start to end ("
            + DurationParser.format(derived.get()) + ")", at);
      }
      return Optional.of(Sourced.of(f.value(), Provenance.BODY, at));
    }
    return derived.map(d -> Sourced.of(d, Provenance.DERIVED, end.get().at()));
  }

  private static void warnAboutZones(Timeline timeline, Optional<Sourced<Moment>> start, Optional<Sourced<String>> tz,
      String rel, Diagnostics diags) {
    Optional<TimelineEvent> local = timeline.events().stream().filter(e -> e.at().zone().isEmpty())
        .min((a, b) -> Integer.compare(a.line(), b.line()));
    if (local.isPresent()) {
      diags.warning("EX001", "timeline times have no time zone; they are shown as written", SourcePos.of(rel, local.get().line()),
          "add the zone to the times, an 'All times in UTC' line, or 'timezone:' in front matter");
    }
  }

  private static Optional<Sourced<Moment>> found(Optional<StatedTimes.Found<Moment>> f, BodyLines lines, String rel) {
    return f.map(x -> Sourced.of(x.value(), Provenance.BODY, SourcePos.of(rel, lines.lineNo(x.index()))));
  }

  private static Optional<Sourced<Moment>> marked(Timeline t, Marker marker, String rel, boolean last) {
    List<TimelineEvent> hits = new ArrayList<>(t.events().stream().filter(e -> e.marker().equals(Optional.of(marker))).toList());
    if (hits.isEmpty()) return Optional.empty();
    TimelineEvent e = last ? hits.get(hits.size() - 1) : hits.get(0);
    return Optional.of(Sourced.of(e.at(), Provenance.DERIVED, SourcePos.of(rel, e.line())));
  }

  private static Optional<Sourced<Moment>> firstEvent(Timeline t, String rel) {
    if (t.isEmpty()) return Optional.empty();
    TimelineEvent e = t.events().get(0);
    return Optional.of(Sourced.of(e.at(), Provenance.DERIVED, SourcePos.of(rel, e.line())));
  }

  static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
