package io.github.pmkb.extract;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
  /** Days over which a timeline of days only still tells one incident's story. */
  private static final int HISTORY_DAYS = 7;

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
    // Blanks of the template are read from the source lines, which only extraction sees.
    Placeholders.warn(lines, rel, diags);
    List<Section> sections = SectionFinder.sections(lines, doc.outline());
    int timelineStart = firstLine(sections, lines, SectionKind.TIMELINE);
    // Dates in follow-up work ("Due: 2025-08-04") are plans, not the incident's day.
    int followUpStart = firstLine(sections, lines, SectionKind.ACTIONS, SectionKind.LESSONS);
    Optional<LocalDate> fmDate = fm.date("date", "incident_date");
    StatedTimes stated = StatedTimes.read(lines, timelineStart, followUpStart, fmDate);
    Optional<Sourced<String>> fmZoneName = fm.string("timezone", "time_zone", "tz").map(z -> Sourced.of(z, Provenance.FRONT_MATTER,
        fm.pos(fm.keyOf("timezone", "time_zone", "tz").orElseThrow())));
    Optional<ZoneId> fmZone = fmZoneName.flatMap(z -> Zones.of(z.value()));
    if (fmZoneName.isPresent() && fmZone.isEmpty()) {
      diags.warning("EX006", "unknown time zone '" + fmZoneName.get().value() + "'", fmZoneName.get().at(),
          "use an IANA id (Africa/Nairobi), UTC+3 or an abbreviation such as EAT");
    }
    Optional<ZoneId> zone = fmZone.or(() -> stated.zone().map(StatedTimes.Found::value));
    Optional<LocalDate> day = fmDate.or(() -> stated.date().map(StatedTimes.Found::value));
    Timeline timeline = TimelineExtractor.extract(lines, sections, new TimelineExtractor.Context(day, zone));

    // A time the summary hedges ("close to 10:00", "from around 01:00") yields to the timeline's own entries.
    Optional<Sourced<Moment>> mentioned = found(stated.mentioned(), lines, rel);
    Optional<Sourced<Moment>> range = found(stated.start(), lines, rel);
    // An entry noted as the start ("(start of the incident)") is the start, wherever it sits.
    Optional<Sourced<Moment>> said = notedAs(timeline, Marker.BEGINS, rel, false)
        .or(() -> range.filter(m -> !stated.isStartApproximate()))
        // "The event started at 16:51" says when; "At 10:00 the sale opened" only tells the story
        // and yields to an entry that says "timeouts begin".
        .or(() -> mentioned.filter(m -> !stated.isMentionedApproximate()).filter(m -> saysStart(lines, stated)));
    Optional<Sourced<Moment>> begins = marked(timeline, Marker.BEGINS, rel, false);
    Optional<Sourced<Moment>> readStart = said.or(() -> begins)
        .or(() -> mentioned.filter(m -> !stated.isMentionedApproximate())).or(() -> range)
        .or(() -> firstImpact(timeline, rel)).or(() -> mentioned);
    // Only a start read from the timeline's order can be moved; a time the text states stays.
    boolean fromOrder = said.isEmpty() && (begins.isPresent()
        || (mentioned.filter(m -> !stated.isMentionedApproximate()).isEmpty() && range.isEmpty()));
    Optional<Sourced<Moment>> detected = found(stated.detected(), lines, rel)
        .or(() -> marked(timeline, Marker.DETECTED, rel, false));
    Optional<Sourced<Moment>> bodyStart = fromOrder
        ? anchored(readStart, timeline, StatedTimes.labelledDay(lines), StatedTimes.timeToDetect(lines), detected, rel)
        : readStart;
    Optional<Sourced<Moment>> mitigated = marked(timeline, Marker.MITIGATED, rel, false);
    Optional<Sourced<Moment>> resolved = notedAs(timeline, Marker.RESOLVED, rel, true)
        .or(() -> found(stated.end(), lines, rel)).or(() -> marked(timeline, Marker.RESOLVED, rel, true));

    FrontMatterFacts fmf = new FrontMatterFacts(fm, rel, diags, severities);
    Optional<Sourced<Moment>> written = fmf.moment(fmZone, "started_at", "start_time", "start", "started", "starttime", "impact_start")
        .or(() -> bodyStart);
    Optional<Sourced<Moment>> detectedF = fmf.moment(fmZone, "detected_at", "detected", "detecttime", "detection_time");
    if (detectedF.isPresent()) detected = detectedF;
    Optional<Sourced<Moment>> mitigatedF = fmf.moment(fmZone, "mitigated_at", "mitigated", "mitigation_time");
    if (mitigatedF.isPresent()) mitigated = mitigatedF;
    Optional<Sourced<Moment>> resolvedF = fmf.moment(fmZone, "resolved_at", "resolved", "end_time", "end", "endtime", "impact_end");
    if (resolvedF.isPresent()) resolved = resolvedF;

    // Times are shown on the clock the postmortem uses: a UTC start_time in front matter of a text
    // written in US/Pacific reads 19:30 US/Pacific, the same instant.
    Optional<Sourced<Moment>> start = onClock(written, zone);
    detected = onClock(detected, zone);
    mitigated = onClock(mitigated, zone);
    resolved = onClock(resolved, zone);
    // An entry that tells the whole story ("At 13:20 ... At 14:25 it recovered") marks the end
    // with the start's time: that is no end.
    if (start.isPresent() && resolved.isPresent() && start.get().value().equals(resolved.get().value())) {
      resolved = Optional.empty();
    }
    // With no resolution, the impact ends when it was mitigated, unless the mitigation was only
    // partial or only begun ("partial mitigation: traffic shifted from one zone").
    Optional<Sourced<Moment>> fullMitigation = mitigated.filter(m -> !onlyPartly(timeline, m));
    Optional<Sourced<Duration>> duration = duration(stated, start, resolved.isPresent() ? resolved : fullMitigation, lines, rel, diags);
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
    // The day the incident began: the start's, when the start is dated (a report dated the day
    // after, or a timeline opening with the change made days before, does not move it).
    Optional<Sourced<LocalDate>> date = start.filter(s -> s.value().dated() && s.from() != Provenance.FRONT_MATTER)
        .filter(s -> !stated.isDateARangeStart())
        .map(s -> Sourced.of(s.value().local().toLocalDate(), s.from(), s.at()))
        .or(() -> stated.date().map(f -> Sourced.of(f.value(), Provenance.BODY, SourcePos.of(rel, lines.lineNo(f.index())))))
        .or(() -> start.filter(s -> s.value().dated()).map(s -> Sourced.of(s.value().local().toLocalDate(), Provenance.DERIVED, s.at())))
        .or(() -> firstDay(timeline, rel));
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
    // A start or end without a day cannot be subtracted from one with a day.
    if (start.isPresent() && end.isPresent() && start.get().value().dated() == end.get().value().dated()) {
      Duration d = start.get().value().until(end.get().value());
      if (d.isZero()) {
        // One moment is no length: the start and the end came from the same entry.
      } else if (d.isNegative()) {
        diags.warning("EX003", "the incident ends (" + end.get().value().iso() + ") before it starts ("
            + start.get().value().iso() + ")", end.get().at());
      } else if (d.compareTo(Incident.MAX_DERIVED) > 0 && stated.duration().isEmpty()) {
        diags.warning("EX007", "start (" + start.get().value().iso() + ") to end (" + end.get().value().iso() + ") is "
            + d.toDays() + " days; no duration is derived", end.get().at(), "check the dates, or state the duration");
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

  private static Optional<Sourced<Moment>> onClock(Optional<Sourced<Moment>> m, Optional<ZoneId> zone) {
    if (m.isEmpty() || zone.isEmpty()) return m;
    return Optional.of(Sourced.of(m.get().value().inZone(zone.get()), m.get().from(), m.get().at()));
  }

  private static Optional<Sourced<Moment>> found(Optional<StatedTimes.Found<Moment>> f, BodyLines lines, String rel) {
    return f.map(x -> Sourced.of(x.value(), Provenance.BODY, SourcePos.of(rel, lines.lineNo(x.index()))));
  }

  private static Optional<Sourced<Moment>> marked(Timeline t, Marker marker, String rel, boolean last) {
    List<TimelineEvent> hits = new ArrayList<>(t.events().stream().filter(e -> e.at().timed())
        .filter(e -> e.marker().equals(Optional.of(marker))).toList());
    if (hits.isEmpty()) return Optional.empty();
    TimelineEvent e = last ? hits.get(hits.size() - 1) : hits.get(0);
    return Optional.of(Sourced.of(e.at(), Provenance.DERIVED, SourcePos.of(rel, e.line())));
  }

  private static final java.util.regex.Pattern START_WORD = java.util.regex.Pattern.compile(
      "(?i)\\b(?:start(?:ed|s)?|began|begins?|onset)\\b");

  /** Whether the line of the first time the summary mentions says that something started then. */
  private static boolean saysStart(BodyLines lines, StatedTimes stated) {
    return stated.mentioned().map(f -> START_WORD.matcher(lines.get(f.index())).find()).orElse(false);
  }

  /** The first (or last) timed entry noted as {@code marker} ({@link ImpactBounds#noted}). */
  private static Optional<Sourced<Moment>> notedAs(Timeline t, Marker marker, String rel, boolean last) {
    List<TimelineEvent> hits = t.events().stream().filter(e -> e.at().timed())
        .filter(e -> ImpactBounds.noted(e.text()).equals(Optional.of(marker))).toList();
    if (hits.isEmpty()) return Optional.empty();
    TimelineEvent e = last ? hits.get(hits.size() - 1) : hits.get(0);
    return Optional.of(Sourced.of(e.at(), Provenance.DERIVED, SourcePos.of(rel, e.line())));
  }

  /**
   * The start, read from the timeline's order, as the text pins it down further. A labelled
   * incident day ("Date of incident: 2025-08-23") makes entries well before it lead-up: the start
   * is the first timed entry on that day; an entry in the last hours before that day's midnight is
   * an overnight incident's start and stays. A stated time to detect ("Time to detection: 40
   * minutes") moves a start that is the detection itself back to the entry that long before it.
   */
  private static Optional<Sourced<Moment>> anchored(Optional<Sourced<Moment>> start, Timeline t,
      Optional<LocalDate> incidentDay, Optional<Duration> toDetect, Optional<Sourced<Moment>> detected, String rel) {
    if (start.isEmpty() || !start.get().value().dated()) return start;
    Moment s = start.get().value();
    if (incidentDay.isPresent() && s.local().isBefore(incidentDay.get().atStartOfDay().minus(OVERNIGHT))) {
      Optional<TimelineEvent> first = t.events().stream().filter(e -> e.at().timed())
          .filter(e -> !e.at().local().toLocalDate().isBefore(incidentDay.get())).findFirst();
      if (first.isPresent()) {
        return Optional.of(Sourced.of(first.get().at(), Provenance.DERIVED, SourcePos.of(rel, first.get().line())));
      }
    }
    boolean isDetection = detected.map(d -> d.value().equals(s)).orElse(false)
        || t.events().stream().filter(e -> e.at().equals(s)).anyMatch(e -> e.marker().equals(Optional.of(Marker.DETECTED)) || SEEN.matcher(e.text()).find());
    if (toDetect.isPresent() && !toDetect.get().isZero() && isDetection) {
      java.time.LocalDateTime before = s.local().minus(toDetect.get());
      Optional<TimelineEvent> cause = t.events().stream().filter(e -> e.at().timed() && e.at().dated())
          .filter(e -> Math.abs(Duration.between(e.at().local(), before).toMinutes()) <= 1).findFirst();
      if (cause.isPresent()) {
        return Optional.of(Sourced.of(cause.get().at(), Provenance.DERIVED, SourcePos.of(rel, cause.get().line())));
      }
    }
    return start;
  }

  private static final java.util.regex.Pattern PARTLY = java.util.regex.Pattern.compile(
      "(?i)\\b(?:partial(?:ly)?|partly|begins?|began|beginning|starts?|started|starting|most|some"
      + "|not\\s+(?:all|fully|completely|entirely)|first\\s+(?:fix|step|mitigation))\\b");

  /** Whether the timeline entry a mitigation came from says it was partial, first of several or only begun. */
  private static boolean onlyPartly(Timeline t, Sourced<Moment> m) {
    if (m.from() == Provenance.FRONT_MATTER) return false;
    return t.events().stream().filter(e -> m.at() != null && e.line() == m.at().line())
        .anyMatch(e -> PARTLY.matcher(e.text()).find());
  }

  /** An entry that tells of someone seeing the harm: a report, an alert, a page, a complaint. */
  private static final java.util.regex.Pattern SEEN = java.util.regex.Pattern.compile(
      "(?i)\\b(?:reports?|reported|alerts?|alerted|alarms?|paged?|noticed?|spotted|flagged|complain\\w*|tickets?)\\b");

  /** How long before a labelled incident day's midnight an entry may be and still be its start. */
  private static final Duration OVERNIGHT = Duration.ofHours(4);

  /**
   * The day of a timeline's first dated entry, when its entries keep to a few days: entries of
   * days only, spread over weeks or months, tell a history with no one day the incident began.
   */
  private static Optional<Sourced<LocalDate>> firstDay(Timeline t, String rel) {
    List<TimelineEvent> dated = t.events().stream().filter(e -> e.at().dated()).toList();
    if (dated.isEmpty()) return Optional.empty();
    List<LocalDate> days = dated.stream().map(e -> e.at().local().toLocalDate()).sorted().toList();
    if (days.get(0).plusDays(HISTORY_DAYS).isBefore(days.get(days.size() - 1))) return Optional.empty();
    TimelineEvent e = dated.get(0);
    return Optional.of(Sourced.of(e.at().local().toLocalDate(), Provenance.DERIVED, SourcePos.of(rel, e.line())));
  }

  /**
   * The first entry, as written, that is not a change made before anything went wrong: a timeline
   * that opens with "v2.3 deployed" starts when the harm shows ("all services returning 404"),
   * unless the first sign is only someone noticing ("received alert") or the recovery: then the
   * harm began with the last change. Written order, because a mis-dated entry should not move the start;
   * newest-first timelines are read from the end.
   */
  private static Optional<Sourced<Moment>> firstImpact(Timeline t, String rel) {
    // A day without a time of day is never a start.
    List<TimelineEvent> written = new ArrayList<>(t.events().stream().filter(e -> e.at().timed()).toList());
    if (written.isEmpty()) return Optional.empty();
    written.sort(java.util.Comparator.comparingInt(TimelineEvent::line));
    int backwards = 0;
    for (int i = 1; i < written.size(); i++) if (written.get(i).at().compareTo(written.get(i - 1).at()) < 0) backwards++;
    if (backwards * 2 > written.size() - 1) java.util.Collections.reverse(written);
    int k = 0;
    // A rollback or hotfix is written like a change ("release 7.1 rolled back") but is the fix.
    while (k < written.size() && Markers.isChangeOnly(written.get(k).text()) && !endsHarm(written.get(k))) k++;
    // Only changes, or the first sign after them is someone noticing or the service recovering
    // (harm ends after it began, never at once): the harm began with the last change. An entry that
    // tells of harm and of the fix ("failing with 500s, rolling back") is where the harm shows.
    if (k == written.size()) {
      k = Math.max(0, k - 1);
    } else if (k > 0 && Markers.isNotice(written.get(k).text())) {
      k--;
    } else if (k > 0 && endsHarm(written.get(k)) && !Markers.tellsOfHarm(written.get(k).text())) {
      // Before a recovery, a change long before or one worded as a fix ("applied patch v1.4.2") is
      // not known to be where the harm began: no start then, rather than a made-up one.
      if (!harmCouldBeginWith(written.get(k - 1), written.get(k))) return Optional.empty();
      k--;
    }
    TimelineEvent e = written.get(k);
    // Harm begins before anyone notices it: an entry that finds the problem on an earlier day (its
    // time not written) puts the start at a time the text does not state.
    if (t.events().stream().anyMatch(d -> d.at().dated() && d.marker().filter(m -> m == Marker.DETECTED).isPresent()
        && d.at().local().toLocalDate().isBefore(e.at().local().toLocalDate()))) {
      return Optional.empty();
    }
    return Optional.of(Sourced.of(e.at(), Provenance.DERIVED, SourcePos.of(rel, e.line())));
  }

  /** The longest a change can come before the first sign of harm and still be taken as its start. */
  private static final Duration CHANGE_REACH = Duration.ofHours(4);

  private static boolean harmCouldBeginWith(TimelineEvent change, TimelineEvent next) {
    Duration gap = Duration.between(change.at().local(), next.at().local());
    return !Markers.isFix(change.text()) && change.at().local().toLocalDate().equals(next.at().local().toLocalDate())
        && !gap.isNegative() && gap.compareTo(CHANGE_REACH) <= 0;
  }

  private static boolean endsHarm(TimelineEvent e) {
    return e.marker().filter(Marker::endsHarm).isPresent();
  }

  static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  /** The index of the first line of a section of one of {@code kinds}, or -1. */
  private static int firstLine(List<Section> sections, BodyLines lines, SectionKind... kinds) {
    Set<SectionKind> wanted = EnumSet.copyOf(List.of(kinds));
    return sections.stream().filter(s -> wanted.contains(s.kind())).mapToInt(s -> lines.indexOf(s.line())).min()
        .orElse(-1);
  }
}
