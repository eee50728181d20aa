package io.github.pmkb.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.model.Incident;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.testing.SiteFixture;

/**
 * Extraction over the real postmortems in {@code ../shared/corpus/real} (test data only, never
 * copied into the repository). Skipped when the folder is absent.
 *
 * <p>Each target's denominator ("files that have X") is decided by a deliberately simple check
 * on the raw text, independent of the extractor: a heading-like line naming a section, three lines
 * that start with a time, a duration phrase, a "N% of users" phrase. These checks over- and
 * under-count a little; that is the honest price of not grading the extractor with itself.
 */
class CorpusTest {
  static final Path CORPUS = SiteFixture.repoRoot().resolve("../shared/corpus/real").normalize();

  /** A line that looks like a section heading, in any style. */
  private static final Pattern HAS_SECTION = Pattern.compile("(?im)^[\\s#*_>\\d.]*(?:<h\\d>)?\\s*(?:issue summary|summary|timeline"
      + "|root causes?|impact|resolution|lessons learned|action items|corrective)\\b[^\\n]{0,40}$");
  /** A line that starts with a time, after list, table or emphasis marks. */
  private static final Pattern TIME_LINE = Pattern.compile("(?im)^[\\s>*+\\-•|#`_\\[(]*(?:<[^>]+>)*[\\s*_`]*"
      + "(?:\\d{4}-\\d{2}-\\d{2}[ T,]*|\\w+ \\d{1,2}(?:st|nd|rd|th)?,? \\d{4},? )?\\d{1,2}\\s?[:.]\\s?\\d{2}|^[\\s>*+\\-•|#`_]*\\d{1,2}\\s?[ap]\\.?m\\b");
  private static final String CLOCK = "\\d{1,2}(?::\\d{2}\\b|\\s?[ap]\\.?m\\b|\\d{2}\\s?hrs)";
  private static final Pattern STATES_DURATION = Pattern.compile("(?i)\\bduration\\b[^\\n:]{0,20}:\\s*\\S"
      + "|\\bfrom\\s+[^.\\n]{0,40}?" + CLOCK + "[^.\\n]{0,30}?\\s+(?:to|until)\\s+[^.\\n]{0,30}?" + CLOCK
      + "|\\blasted\\s+(?:for\\s+)?(?:about\\s+|approximately\\s+|around\\s+)?\\d|\\bstart time\\b[\\s\\S]{0,400}\\bend time\\b"
      + "|\\btime to recovery\\s*:\\s*\\d");
  /** The impact phrase of POSTMORTEMS.md §5. */
  private static final Pattern STATES_PERCENT = Pattern.compile("(?i)(\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|percent)\\s*"
      + "(?:of\\s+(?:the\\s+|our\\s+|all\\s+)?)?(users|customers|requests|traffic|visitors|clients)");

  @Test
  void extractsTheRealCorpusWithoutCrashesAndWithTheTargetCoverage() throws IOException {
    assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/real not found: corpus coverage not measured");
    List<Path> files;
    try (Stream<Path> s = Files.list(CORPUS)) {
      files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    Counter sections = new Counter("sections found");
    Counter timeline = new Counter(">= 3 timeline events");
    Counter duration = new Counter("duration");
    Counter percent = new Counter("impact percent");
    List<String> crashes = new ArrayList<>();
    for (Path f : files) {
      String raw = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
      Diagnostics d = new Diagnostics();
      Incident in;
      try {
        Postmortem p = Docs.read(f, d);
        in = p.incident();
      } catch (RuntimeException | AssertionError e) {
        crashes.add(f.getFileName() + ": " + e);
        continue;
      }
      if (d.list().stream().anyMatch(x -> x.code().equals("EX000"))) crashes.add(f.getFileName() + ": " + d.list());
      sections.count(HAS_SECTION.matcher(raw).find(), !in.sections().isEmpty(), f);
      timeline.count(count(TIME_LINE, raw) >= 3, in.timeline().events().size() >= 3, f);
      duration.count(STATES_DURATION.matcher(raw).find(), in.duration().isPresent(), f);
      percent.count(STATES_PERCENT.matcher(raw).find(), in.impact().usersPercent().isPresent(), f);
    }
    System.out.println("Coverage on " + files.size() + " files of " + CORPUS);
    System.out.println(String.format(Locale.ROOT, "%-22s %9s %9s %7s %7s", "field", "have it", "found", "share", "target"));
    System.out.println(sections.row(0.95));
    System.out.println(timeline.row(0.90));
    System.out.println(duration.row(0.85));
    System.out.println(percent.row(0.90));
    System.out.println("missed: " + sections.missed + timeline.missed + duration.missed + percent.missed);
    assertThat(crashes).isEmpty();
    assertThat(sections.share()).as(sections.row(0.95)).isGreaterThanOrEqualTo(0.95);
    assertThat(timeline.share()).as(timeline.row(0.90)).isGreaterThanOrEqualTo(0.90);
    assertThat(duration.share()).as(duration.row(0.85)).isGreaterThanOrEqualTo(0.85);
    assertThat(percent.share()).as(percent.row(0.90)).isGreaterThanOrEqualTo(0.90);
  }

  private static int count(Pattern p, String text) {
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  /** Files that have a feature (by the simple check) and how many of them the extractor found. */
  private static final class Counter {
    final String name;
    int have;
    int found;
    final List<String> missed = new ArrayList<>();

    Counter(String name) {
      this.name = name;
    }

    void count(boolean has, boolean extracted, Path f) {
      if (!has) return;
      have++;
      if (extracted) found++;
      else missed.add(name + ":" + f.getFileName());
    }

    double share() {
      return have == 0 ? 1.0 : (double) found / have;
    }

    String row(double target) {
      return String.format(Locale.ROOT, "%-22s %9d %9d %6.1f%% %6.0f%%", name, have, found, 100 * share(), 100 * target);
    }
  }
}
