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
  @org.junit.jupiter.api.Timeout(60) // without the bound the loops run for hours: fail, do not hang CI
  void aDateCenturiesAwayListsOnlyThePeriodsWithIncidents() {
    // A mistyped or hostile year must not make the charts fill every empty month up to it.
    Corpus c = new Corpus(List.of(pm("a", "2024-01-05", "dns", null, 5, 60), pm("b", "+999999999-12-01", "dns", null, 5, 60)));
    AnalyticsReport r = Analytics.of(c);
    assertThat(r.perMonth()).containsExactly(Map.entry("2024-01", 1), Map.entry("999999999-12", 1));
    assertThat(r.periods().bins()).extracting(TimeBins.Bin::total).containsExactly(1, 1);
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
    assertThat(r.bySeverity()).extracting(GroupStats::group).containsExactly("SEV1", "SEV2", "not stated");
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

  /** An incident whose detection time has no day, against a start that has one. */
  private static Postmortem undatedDetection(String slug) {
    LocalDateTime start = LocalDate.parse("2024-05-01").atTime(10, 0);
    Incident i = new Incident(Optional.empty(), s(Moment.of(start, ZoneOffset.UTC)),
        s(Moment.timeOnly(java.time.LocalTime.of(10, 20), ZoneOffset.UTC)), Optional.empty(),
        s(Moment.of(start.plusDays(400), ZoneOffset.UTC)), Optional.empty(), Impact.none(), Optional.empty(),
        List.of(), Sourced.of("dns", Provenance.FRONT_MATTER, AT), List.of(), Timeline.empty(), List.of(), List.of());
    return new Postmortem(slug, "content/" + slug + ".md", Sourced.of(slug, Provenance.DEFAULT, AT),
        s(LocalDate.parse("2024-05-01")), List.of(), false, "", "", Map.of(), i);
  }

  @Test
  void factsWithoutADayOrWithImpossibleSpansGiveNoFigure() {
    Postmortem p = undatedDetection("x");
    // 10:20 on no particular day, read against 10:00 on 1 May 2024, would be -54 years.
    assertThat(Spans.toDetect(p)).isEmpty();
    // Resolved 400 days after it began: a misread date, not an incident.
    assertThat(Spans.toResolve(p)).isEmpty();
    AnalyticsReport r = Analytics.of(new Corpus(List.of(p, pm("a", "2024-01-05", "dns", null, 5, 60))));
    assertThat(r.overall().detect().count()).isEqualTo(1);
    assertThat(r.overall().resolve().p90Minutes().getAsDouble()).isEqualTo(60.0);
    assertThat(r.impactHours()).isEqualTo(1.0);
  }

  @Test
  void periodsAreMonthsThenQuartersThenYears() {
    Corpus threeYears = new Corpus(List.of(pm("a", "2022-01-10", "dns", null, 1, 10),
        pm("b", "2024-12-10", "dns", null, 1, 10)));
    assertThat(Analytics.of(threeYears).periods().unit()).isEqualTo("month");
    assertThat(Analytics.of(threeYears).periods().bins()).hasSize(36);

    Corpus fiveYears = new Corpus(List.of(pm("a", "2020-02-10", "dns", null, 1, 10),
        pm("b", "2024-12-10", "memory-leak", null, 1, 10), pm("c", "2024-11-10", "dns", null, 1, 10)));
    TimeBins q = Analytics.of(fiveYears).periods();
    assertThat(q.unit()).isEqualTo("quarter");
    assertThat(q.bins().get(0).label()).isEqualTo("2020 Q1");
    assertThat(q.bins().get(q.bins().size() - 1)).satisfies(b -> {
      assertThat(b.label()).isEqualTo("2024 Q4");
      assertThat(b.total()).isEqualTo(2);
      assertThat(b.byCause()).containsExactly(Map.entry("dns", 1), Map.entry("memory-leak", 1));
    });

    Corpus twelveYears = new Corpus(List.of(pm("a", "2013-06-10", "dns", null, 1, 10),
        pm("b", "2024-12-10", "dns", null, 1, 10)));
    assertThat(Analytics.of(twelveYears).periods().bins()).extracting(TimeBins.Bin::label).startsWith("2013", "2014")
        .hasSize(12);
  }

  @Test
  void aTrendComparesTheLastTwelveMonthsWithTheTwelveBefore() {
    Corpus c = new Corpus(List.of(pm("a", "2024-12-01", "dns", null, 1, 10), pm("b", "2024-01-15", "dns", null, 1, 10),
        pm("c", "2023-12-31", "dns", null, 1, 10), pm("d", "2022-12-31", "dns", null, 1, 10),
        pm("e", "2024-06-01", "memory-leak", null, 1, 10)));
    AnalyticsReport r = Analytics.of(c);
    assertThat(r.trends().get("dns")).isEqualTo(new Trend(2, 1));
    assertThat(r.trends().get("dns").direction()).isEqualTo("rising");
    assertThat(r.trends().get("memory-leak")).isEqualTo(new Trend(1, 0));
  }
}
