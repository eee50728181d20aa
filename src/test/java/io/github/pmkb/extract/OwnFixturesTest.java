package io.github.pmkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.model.Incident;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.model.SectionKind;
import io.github.pmkb.testing.SiteFixture;

/**
 * The checks of {@link SeedFactsTest} on postmortems written for the project
 * ({@code src/test/resources/fixtures}), so a clone without {@code ../shared} still checks them:
 * free-form texts with plain-line or bold-label headings, a mis-decoded apostrophe repaired on
 * reading, a leak that is a memory leak and one that is a security incident.
 */
class OwnFixturesTest {
  static final Path FIXTURES = SiteFixture.repoRoot().resolve("src/test/resources/fixtures");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "mojibake-memory-leak.md, Checkout Workers Ran Out Of Memory, memory-leak, 2024-05-12T08:10Z, 2024-05-12T09:40Z, 90, 35, 8",
    "leaked-token.md, Build logs exposed a deploy token, security, 2023-09-03T14:05Z, 2023-09-03T15:20Z, 75, -1, 4",
    "connection-leak-plain-headings.md, Queue consumers stalled, memory-leak, 2025-01-21T22:40Z, 2025-01-21T23:55Z, 75, 50, 0"
  })
  void fixtureGivesTheFactsItStates(String name, String title, String cause, String start, String end, long minutes,
      double percent, int events) {
    Postmortem pm = Docs.read(FIXTURES.resolve(name), new Diagnostics());
    Incident in = pm.incident();
    assertThat(pm.title().value()).isEqualTo(title);
    assertThat(in.rootCause().value()).isEqualTo(cause);
    assertThat(in.startedAt()).hasValueSatisfying(s -> assertThat(s.value().iso()).isEqualTo(start));
    assertThat(in.resolvedAt()).hasValueSatisfying(s -> assertThat(s.value().iso()).isEqualTo(end));
    assertThat(in.duration()).hasValueSatisfying(d -> assertThat(d.value().toMinutes()).isEqualTo(minutes));
    if (percent < 0) {
      assertThat(in.impact().usersPercent()).isEmpty();
    } else {
      assertThat(in.impact().usersPercent()).hasValueSatisfying(p -> assertThat(p.value()).isEqualTo(percent));
    }
    assertThat(in.timeline().events()).hasSize(events);
  }

  @Test
  void plainLineHeadingsAreSections() {
    Incident in = Docs.read(FIXTURES.resolve("mojibake-memory-leak.md"), new Diagnostics()).incident();
    assertThat(in.sections()).extracting(s -> s.kind())
        .contains(SectionKind.SUMMARY, SectionKind.TIMELINE, SectionKind.ROOT_CAUSE, SectionKind.ACTIONS);
  }

  @Test
  void mojibakeIsRepairedWithAWarningAndLeftOnDisk() throws Exception {
    Path file = FIXTURES.resolve("mojibake-memory-leak.md");
    Diagnostics d = new Diagnostics();
    String text = io.github.pmkb.content.SourceReader.read(FIXTURES, file, d).orElseThrow().text();
    assertThat(text).contains("We\u2019ve traced").doesNotContain("\u00e2\u20ac");
    assertThat(d.list()).anySatisfy(x -> assertThat(x.code()).isEqualTo("ENC002"));
    // The fixture keeps its mis-decoded bytes: the repair happens on reading, every time.
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("We\u00e2\u20ac\u2122ve").doesNotContain("We\u2019ve");
  }
}
