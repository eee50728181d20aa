package io.github.pmkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import io.github.pmkb.check.ContentLint;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.model.Incident;
import io.github.pmkb.model.Postmortem;

/**
 * Times to detect, mitigate and resolve that cannot be right are never emitted (so never shown or
 * counted in analytics), and {@code pmkb check} says which line to fix.
 */
class ImpossibleFiguresTest {
  private static Postmortem read(String text, Diagnostics d) {
    return Docs.extract("content/a.md", text, d);
  }

  private static List<String> check(Postmortem p, Diagnostics d) {
    ContentLint.lint(List.of(p), d);
    return d.list().stream().map(Diagnostic::format).toList();
  }

  @Test
  void aTimeOnlyTimelineTakesItsDayFromFrontMatter() {
    Diagnostics d = new Diagnostics();
    Incident in = read("""
        ---
        date: 2024-05-21
        ---
        The search page showed nothing from 09:12 to 09:50 UTC.
        ## Timeline (UTC)
        - 09:12 release reaches all pods
        - 09:44 rollback started
        - 09:50 rollback complete, results back
        """, d).incident();
    assertThat(in.startedAt().orElseThrow().value().iso()).isEqualTo("2024-05-21T09:12Z");
    assertThat(in.timeToMitigate()).hasValueSatisfying(m -> assertThat(m.toMinutes()).isEqualTo(32));
    assertThat(in.timeToResolve()).hasValueSatisfying(m -> assertThat(m.toMinutes()).isEqualTo(38));
  }

  @Test
  void aDetectionBeforeTheStartIsLeftOutAndReportedAtItsLine() {
    Diagnostics d = new Diagnostics();
    Postmortem p = read("""
        ---
        started_at: 2024-03-01T10:00:00Z
        detected_at: 2024-03-01T09:00:00Z
        resolved_at: 2024-03-01T11:00:00Z
        ---
        # Kiosk outage
        """, d);
    assertThat(p.incident().timeToDetect()).isEmpty();
    assertThat(p.incident().timeToResolve()).hasValueSatisfying(m -> assertThat(m.toMinutes()).isEqualTo(60));
    assertThat(check(p, d)).anySatisfy(l -> assertThat(l).startsWith("content/a.md:3:1: warning[CL007]: time to detect is negative"));
  }

  @Test
  void aMonthLongFigureFromAWrongDayIsLeftOut() {
    Diagnostics d = new Diagnostics();
    Postmortem p = read("""
        ---
        started_at: 2024-03-01T10:00:00Z
        mitigated_at: 2024-05-01T10:30:00Z
        ---
        # Kiosk outage
        """, d);
    assertThat(p.incident().timeToMitigate()).isEmpty();
    assertThat(check(p, d)).anySatisfy(l -> assertThat(l).contains("warning[CL007]: time to mitigate of 61 days is left out"));
  }

  @Test
  void aDetectionAfterTheMitigationIsLeftOut() {
    Diagnostics d = new Diagnostics();
    Postmortem p = read("""
        ---
        started_at: 2024-03-01T10:00:00Z
        detected_at: 2024-03-01T10:40:00Z
        mitigated_at: 2024-03-01T10:20:00Z
        resolved_at: 2024-03-01T11:00:00Z
        ---
        # Kiosk outage
        """, d);
    assertThat(p.incident().timeToDetect()).isEmpty();
    assertThat(p.incident().timeToMitigate()).hasValueSatisfying(m -> assertThat(m.toMinutes()).isEqualTo(20));
    assertThat(check(p, d)).anySatisfy(l -> assertThat(l).startsWith("content/a.md:3:1: warning[CL008]: detected"));
  }

  @Test
  void aDerivedDurationOverThirtyDaysIsNotEmittedButAStatedOneIs() {
    Diagnostics d = new Diagnostics();
    Postmortem derived = read("""
        Start time: March 1, 2024 10:00 UTC
        End time: April 15, 2024 10:00 UTC
        """, d);
    assertThat(derived.incident().duration()).isEmpty();
    assertThat(d.list()).anySatisfy(x -> assertThat(x.format()).startsWith("content/a.md:2:1: warning[EX007]"));
    Postmortem stated = read("""
        Start time: March 1, 2024 10:00 UTC
        End time: April 15, 2024 10:00 UTC
        Duration: 45 days
        """, new Diagnostics());
    assertThat(stated.incident().duration()).hasValueSatisfying(x -> assertThat(x.value().toDays()).isEqualTo(45));
  }

  @Test
  void aStatedDurationAgainstTheTimelineIsAWarningAtTheStatedLine() {
    Diagnostics d = new Diagnostics();
    Postmortem p = read("""
        The outage lasted 2 hours.
        Start time: March 1, 2024 10:00 UTC
        End time: March 1, 2024 10:30 UTC
        """, d);
    assertThat(p.incident().duration()).hasValueSatisfying(x -> assertThat(x.value().toMinutes()).isEqualTo(120));
    assertThat(d.list()).anySatisfy(x -> assertThat(x.format()).startsWith("content/a.md:1:1: warning[EX002]"));
  }

  @Test
  void oneRuleDecidesWhatTheSiteShowsAndWhatCheckReports() {
    assertThat(Incident.implausible(Incident.MAX_DERIVED)).isEmpty();
    assertThat(Incident.implausible(Incident.MAX_DERIVED.plusMinutes(1))).contains(Incident.Implausible.TOO_LONG);
    assertThat(Incident.implausible(java.time.Duration.ofMinutes(-1))).contains(Incident.Implausible.NEGATIVE);
    Diagnostics d = new Diagnostics();
    Postmortem p = read("""
        Start time: March 1, 2024 10:00 UTC
        Detected: March 31, 2024 10:01 UTC
        Resolved: March 31, 2024 10:30 UTC
        """, d);
    // Just over the limit: no time to detect on the site, and check says where.
    assertThat(p.incident().timeToDetect()).isEmpty();
    assertThat(check(p, d)).anySatisfy(l -> assertThat(l).contains("warning[CL007]: time to detect of 30 days is left out"));
  }
}
