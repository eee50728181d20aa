package io.github.pmkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import io.github.pmkb.testing.TestSeed;

/**
 * The cheap pre-checks in front of costly patterns must never say no where the pattern matches:
 * random lines made of the patterns' own words, punctuation and spacing, each matching line must
 * pass its pre-check.
 */
class PrecheckTest {
  private static final String[] PIECES = {"Duration", "duration", "DURATION", "lasted", "lasting", "for", "FOR", "total", "took",
      "down", "time to", "Time To", "recovery", "resolve", "restore", "recover", "(", ")", "about", "approx.", "~", "just over",
      "a little over", "(2h", "(about 45 minutes", "2", "45", "1.5", "h", "hours", "mins", "minute", "outage", "incident", "Downtime", "disruption", "long",
      "start", "Started", "began", "begin", "end", "ended", "resolved", "resolution time", "recovery time", "detect",
      "detection", "detected", "time of detection", "Incident", "outage", "impact", "time", "date", "at", ":", "**", "__",
      "-", "#", ">", "*", "•", "|", "1.", "2)", ";", "Root cause", "Summary", "Timeline", "the", "service", "x", "é", "İ",
      "caused", "by", "due", "to", "Due to", "because", "BECAUSE", "triggered", "result", "Resulted", "of", "was the cause",
      "stemmed", "Stemming", "from", "traced", "back", "stemmed from", "Traced back to", "traced to", "result of",
      "root cause", "Root Causes", "was", "is", "were", "identified as", "primary", "main", "underlying", "reason", "Reason",
      "culprit", "to blame", "the", "led to", "leading", "resulting in", "introduced", "Introducing", "broke", "prevented",
      "which meant", "meaning that", "contributed to", "exacerbated", "owing to", "arose from", "brought on by", "blamed on",
      "issue", "problem", "thanks to", "attributed to", "originated in", "took down", "brought down", "cause"};
  private static final String[] GAPS = {" ", "", "  ", "\t", ": ", ", ", "-", "_", " (", ") "};

  private static String line(Random r) {
    StringBuilder b = new StringBuilder();
    for (int k = r.nextInt(10); k > 0; k--) b.append(PIECES[r.nextInt(PIECES.length)]).append(GAPS[r.nextInt(GAPS.length)]);
    if (r.nextInt(8) == 0) b.append("x".repeat(r.nextInt(90)));
    return b.toString();
  }

  @Test
  void aPrecheckNeverRulesOutAMatch() {
    long seed = TestSeed.get();
    Random r = new Random(seed);
    List<Pattern> labels = List.of(StatedTimes.START_LABEL, StatedTimes.END_LABEL, StatedTimes.DETECT_LABEL);
    List<Pattern> wholeLabels = List.of(StatedTimes.DURATION_LABEL, StatedTimes.RECOVERY_LABEL);
    int matched = 0;
    int causal = 0;
    for (int i = 0; i < 10_000; i++) {
      String s = line(r);
      if (DurationParser.STATED.matcher(s).find()) {
        matched++;
        assertThat(DurationParser.mayState(s)).as("seed %d, stated: %s", seed, s).isTrue();
      }
      if (SectionFinder.PLAIN.matcher(s).matches()) {
        matched++;
        assertThat(SectionFinder.mayBePlain(s)).as("seed %d, plain heading: %s", seed, s).isTrue();
      }
      if (CausalCues.CUES.matcher(s).find()) {
        causal++;
        assertThat(CausalCues.mayHaveCue(s.toLowerCase(java.util.Locale.ROOT))).as("seed %d, causal: %s", seed, s).isTrue();
      }
      boolean label = labels.stream().anyMatch(p -> p.matcher(s).find())
          || wholeLabels.stream().anyMatch(p -> p.matcher(s).matches());
      if (label) {
        matched++;
        assertThat(StatedTimes.mayBeLabel(s)).as("seed %d, label: %s", seed, s).isTrue();
      }
    }
    assertThat(causal).isGreaterThan(100);
    // The random lines must exercise the patterns, or the test proves nothing.
    assertThat(matched).isGreaterThan(1_000);
  }
}
