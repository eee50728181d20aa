package io.github.pmkb.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.diag.SourcePos;
import io.github.pmkb.model.Impact;
import io.github.pmkb.model.Incident;
import io.github.pmkb.model.Moment;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.model.Provenance;
import io.github.pmkb.model.Sourced;
import io.github.pmkb.model.Timeline;
import io.github.pmkb.model.TimelineEvent;

class ContentLintTest {
  static Moment at(int hour) {
    return Moment.of(LocalDateTime.of(2024, 3, 1, hour, 0), ZoneOffset.UTC);
  }

  static Postmortem pm(String path, String slug, String cause, Moment start, Moment end, List<TimelineEvent> events,
      String html) {
    SourcePos pos = SourcePos.of(path, 2);
    Incident in = new Incident(Optional.empty(), Optional.of(Sourced.of(start, Provenance.BODY, pos)), Optional.empty(),
        Optional.empty(), Optional.of(Sourced.of(end, Provenance.BODY, SourcePos.of(path, 3))), Optional.empty(),
        Impact.none(), Optional.empty(), List.of(),
        Sourced.of(cause, cause.equals("unknown") ? Provenance.DEFAULT : Provenance.BODY, pos), List.of(),
        new Timeline(events), List.of(), List.of());
    return new Postmortem(slug, path, Sourced.of("T", Provenance.BODY, pos), Optional.empty(), List.of(), false, "",
        html, Map.of(), in);
  }

  static List<String> lint(Postmortem... ps) {
    Diagnostics d = new Diagnostics();
    ContentLint.lint(List.of(ps), d);
    return d.list().stream().map(Diagnostic::format).toList();
  }

  @Test
  void aCleanPostmortemHasNoFindings() {
    assertThat(lint(pm("content/a.md", "a", "dns", at(1), at(2), List.of(), "<p>x</p>"))).isEmpty();
  }

  @Test
  void reportsMissingRootCauseAndEndBeforeStart() {
    assertThat(lint(pm("content/a.md", "a", "unknown", at(5), at(2), List.of(), "")))
        .containsExactly("content/a.md:1:1: warning[CL001]: no root cause found",
            "content/a.md:3:1: error[CL003]: the incident ends (2024-03-01T02:00Z) before it starts (2024-03-01T05:00Z)");
  }

  @Test
  void reportsATimelineWrittenOutOfOrderAtTheLineThatBreaksIt() {
    List<TimelineEvent> sorted = List.of(new TimelineEvent(at(1), "b", 9, Optional.empty()),
        new TimelineEvent(at(2), "a", 8, Optional.empty()));
    assertThat(lint(pm("content/a.md", "a", "dns", at(1), at(2), sorted, "")))
        .containsExactly("content/a.md:9:1: warning[CL002]: timeline out of order: 2024-03-01T01:00Z comes after "
            + "2024-03-01T02:00Z (line 8)");
  }

  @Test
  void reportsLinksToMissingPostmortems() {
    Postmortem a = pm("content/2024/a.md", "a", "dns", at(1), at(2), List.of(),
        "<a href=\"../2023/b.md\">b</a> <a href=\"c.md#x\">c</a> <a href=\"https://x.org/d.md\">d</a>");
    Postmortem b = pm("content/2023/b.md", "b", "dns", at(1), at(2), List.of(), "");
    assertThat(lint(a, b)).containsExactly(
        "content/2024/a.md:1:1: error[CL006]: link to 'c.md' points to no postmortem (content/2024/c.md)");
  }
}
