package io.github.pmkb.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import io.github.pmkb.diag.SourcePos;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Impact;
import io.github.pmkb.model.Incident;
import io.github.pmkb.model.Moment;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.model.Provenance;
import io.github.pmkb.model.Severity;
import io.github.pmkb.model.Sourced;
import io.github.pmkb.model.Timeline;

class AnalyticsTest {
  private static final SourcePos AT = SourcePos.of("content/x.md");

  private static <T> Optional<Sourced<T>> s(T v) {
    return Optional.of(Sourced.of(v, Provenance.FRONT_MATTER, AT));
  }

  /** An incident on {@code day} that started at 10:00 UTC and resolved {@code minutes} later. */
  private static Postmortem pm(String slug, String day, String cause, Severity sev, int detect, int minutes) {
    LocalDateTime start = LocalDate.parse(day).atTime(10, 0);
    Incident i = new Incident(Optional.empty(), s(Moment.of(start, ZoneOffset.UTC)),
        s(Moment.of(start.plusMinutes(detect), ZoneOffset.UTC)), Optional.empty(),
        s(Moment.of(start.plusMinutes(minutes), ZoneOffset.UTC)), Optional.empty(), Impact.none(),
        sev == null ? Optional.empty() : s(sev), List.of(), Sourced.of(cause, Provenance.FRONT_MATTER, AT), List.of(),
        Timeline.empty(), List.of(), List.of());
    return new Postmortem(slug, "content/" + slug + ".md", Sourced.of(slug, Provenance.DEFAULT, AT),
        s(LocalDate.parse(day)), List.of(), false, "", "", Map.of(), i);
  }

  @Test
  void computesCountsAndMediansPerGroup() {
    Corpus c = new Corpus(List.of(
        pm("a", "2024-01-05", "memory-leak", Severity.SEV2, 5, 60),
        pm("b", "2024-03-07", "memory-leak", Severity.SEV2, 15, 120),
        pm("c", "2024-03-09", "memory-leak", Severity.SEV1, 10, 600),
        pm("d", "2024-03-20", "dns", null, 2, 30)));
    AnalyticsReport r = Analytics.of(c);

    assertThat(r.perMonth()).containsExactly(Map.entry("2024-01", 1), Map.entry("2024-02", 0), Map.entry("2024-03", 3));
    assertThat(r.perRootCause()).containsExactly(Map.entry("memory-leak", 3), Map.entry("dns", 1));
    assertThat(r.overall().resolve().medianMinutes().getAsDouble()).isEqualTo(90.0);
    assertThat(r.byRootCause().get(0).group()).isEqualTo("memory-leak");
    assertThat(r.byRootCause().get(0).resolve().medianMinutes().getAsDouble()).isEqualTo(120.0);
    assertThat(r.byRootCause().get(0).detect().p90Minutes().getAsDouble()).isEqualTo(14.0);
    assertThat(r.bySeverity()).extracting(GroupStats::group).containsExactly("SEV1", "SEV2", "unrated");
    assertThat(r.impactHours()).isEqualTo((60 + 120 + 600 + 30) / 60.0);
  }

  @Test
  void incidentsWithoutTimesCountButHaveNoDurations() {
    Postmortem undated = new Postmortem("u", "content/u.md", Sourced.of("u", Provenance.DEFAULT, AT), Optional.empty(),
        List.of(), false, "", "", Map.of(), Incident.unknown(AT));
    AnalyticsReport r = Analytics.of(new Corpus(List.of(undated)));
    assertThat(r.overall().incidents()).isEqualTo(1);
    assertThat(r.overall().resolve().count()).isZero();
    assertThat(r.overall().resolve().medianMinutes()).isEmpty();
    assertThat(r.perMonth()).isEmpty();
  }
}
