package io.github.pmkb.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.model.Incident;
import io.github.pmkb.testing.SiteFixture;

/**
 * The five seed postmortems of {@code ../shared/seeds}: all memory leaks, with the start, end and
 * duration their summaries state. Skipped when the seeds are absent.
 */
class SeedFactsTest {
  static final Path SEEDS = SiteFixture.repoRoot().resolve("../shared/seeds").normalize();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "000_96138d32e2a11ac1.txt, 2025-03-03T02:15Z, 2025-03-03T04:45Z, 150, 40",
    "001_ffd0ac9c727bebaf.txt, 2024-06-06T09:00+03:00, 2024-06-06T11:30+03:00, 150, 40",
    "002_9edf67f1a27b347b.txt, 2024-01-24T14:00-08:00, 2024-01-24T16:30-08:00, 150, 30",
    "003_4e4ccfec9a0a41ab.txt, 2023-08-05T10:15-04:00, 2023-08-05T11:45-04:00, 90, 25",
    "004_57cbd50b96aa4354.txt, 2024-03-09T02:00Z, 2024-03-09T06:30Z, 270, 85"
  })
  void seedIsAMemoryLeakWithItsStatedTimes(String seed, String start, String end, long minutes, double percent) {
    Path file = SEEDS.resolve(seed);
    assumeTrue(Files.isRegularFile(file), "../shared/seeds not found: seed facts skipped");
    Incident in = Docs.read(file, new Diagnostics()).incident();
    assertThat(in.rootCause().value()).isEqualTo("memory-leak");
    assertThat(in.startedAt()).hasValueSatisfying(s -> assertThat(s.value().iso()).isEqualTo(start));
    assertThat(in.resolvedAt()).hasValueSatisfying(s -> assertThat(s.value().iso()).isEqualTo(end));
    assertThat(in.duration()).hasValueSatisfying(d -> assertThat(d.value().toMinutes()).isEqualTo(minutes));
    assertThat(in.impact().usersPercent()).hasValueSatisfying(p -> assertThat(p.value()).isEqualTo(percent));
    assertThat(in.timeline().events()).hasSizeGreaterThanOrEqualTo(7);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"000_96138d32e2a11ac1.txt, we’ve", "001_ffd0ac9c727bebaf.txt, \uD83E\uDDDB\u200D\u2642\uFE0F"})
  void seedMojibakeIsRepairedWithAWarning(String seed, String repaired) throws Exception {
    Path file = SEEDS.resolve(seed);
    assumeTrue(Files.isRegularFile(file), "../shared/seeds not found: seed mojibake skipped");
    Diagnostics d = new Diagnostics();
    String text = io.github.pmkb.content.SourceReader.read(SEEDS, file, d).orElseThrow().text();
    assertThat(text).contains(repaired).doesNotContain("â€").doesNotContain("\uF8FFü");
    assertThat(d.list()).anySatisfy(x -> assertThat(x.code()).isEqualTo("ENC002"));
    assertThat(Files.readString(file)).doesNotContain(repaired.substring(0, 1).equals("w") ? "we’ve" : repaired);
  }
}
