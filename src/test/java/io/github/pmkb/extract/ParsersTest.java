package io.github.pmkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.model.Severity;

/** The small parsers: durations, severities, and a site's own root-cause taxonomy. */
class ParsersTest {
  @ParameterizedTest(name = "{0} = {1} min")
  @CsvSource(delimiter = ';', value = {"1h50m; 110", "1h 13m; 73", "PT1H50M; 110", "110 minutes; 110", "30 mins; 30",
      "7.5 hours; 450", "2 hours, 30 minutes; 150", "54 hours 10 minutes; 3250", "2 days; 2880", "an hour; 60", "45; 45", "2 Hours 5 Minutes; 125"})
  void readsDurationsAsPeopleWriteThem(String text, long minutes) {
    assertThat(DurationParser.parse(text)).contains(Duration.ofMinutes(minutes));
  }

  @ParameterizedTest
  @CsvSource({"N/A", "?", "TBD", "soon"})
  void unknownDurationsAreEmpty(String text) {
    assertThat(DurationParser.parse(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"SEV-1, SEV1", "Sev 2, SEV2", "S1, SEV1", "P0, SEV1", "P3, SEV3", "critical, SEV1", "Major, SEV2",
      "high, SEV2", "medium, SEV3", "minor, SEV3", "low, SEV4", "cosmetic, SEV4", "SEV5, SEV4", "**High**, SEV2",
      "2, SEV2"})
  void normalisesSeverities(String raw, Severity want) {
    assertThat(SeverityNormalizer.defaults().normalise(raw)).contains(want);
  }

  @Test
  void minorIsConfigurable() {
    assertThat(new SeverityNormalizer(Severity.SEV4).normalise("minor")).contains(Severity.SEV4);
    assertThat(SeverityNormalizer.defaults().normalise("purple")).isEmpty();
  }

  @Test
  void aSiteTaxonomyReplacesTheDefaults() {
    Taxonomy own = new Taxonomy(List.of(new Taxonomy.Category("printer", "Printer", "\\bprinter\\b|\\btoner\\b"),
        new Taxonomy.Category(Taxonomy.UNKNOWN, "Unknown", "(?!)")));
    String text = "# Out of toner\n## Root cause\nThe printer ran out of toner; a memory leak was ruled out.\n";
    var p = Extractor.extract(Docs.parse(text), new Diagnostics(), own);
    assertThat(p.incident().rootCause().value()).isEqualTo("printer");
    assertThat(new RootCauseClassifier(Taxonomy.defaults()).classify("nothing here")).isEqualTo(Optional.empty());
  }
}
