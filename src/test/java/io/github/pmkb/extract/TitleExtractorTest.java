package io.github.pmkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleExtractorTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0x19. Postmortem | false",
      "Postmortem: EVENT | false",
      "Incident Report | false",
      "https://miro.medium.com/v2/resize:fit:1400/0*x.jpg | false",
      "Postmortem for a hypothetical web application outage | true",
      "Database failover stalled writes | true",
      "Issue Summary | false",
      "0x19-postmortem | false",
      "My first postmortem | false",
      "Web stack outage | true"})
  void genreLinesAreNotTitles(String line, boolean specific) {
    assertThat(TitleExtractor.isSpecific(TitleExtractor.clean(line))).isEqualTo(specific);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "## **Replica lag** | Replica lag",
      "# Outage summary: | Outage summary",
      "`api` down | api down"})
  void cleanStripsMarkdown(String line, String expected) {
    assertThat(TitleExtractor.clean(line)).isEqualTo(expected);
  }
}
