package io.github.pmkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Sharing the word boundary of alternatives must not change a single match. */
class SharedBoundaryTest {
  private static final String[] REGEXES = {
      "\\bfan\\b|\\bfans? spin\\w*|\\bfantastic\\b",
      "(?i)(?<first>\\bgreen (?:tea|light)\\b|\\bgreenish\\b)|(?<second>\\bred\\b|rust|\\bruby\\b|\\brubies\\b)",
      "\\b(?:old|new) (?:kettle|pot)s?\\b|\\bkettles?\\b[^.;]{0,20}?\\bboiled (?:dry|over)\\b|(?<!\\bno )\\bsteam\\b",
      "(?:\\bnot|n't|\\bnever|\\bhardly)\\s+(?:(?:a|the|quite)\\s+){0,2}$",
      "\\b[|(]odd\\b|\\bpipe[|]\\w+|[\\]x]\\b|\\bcase (?i:SHOUT)\\b",
      "^\\W*(?:\\bwhy\\b|\\bbecause\\b)|\\bsince\\b(?=\\s+\\w)"};
  private static final String[] WORDS = {"fan", "fans", "Fans spinning", "fantastic", "green tea", "GREEN light", "greenish",
      "red", "rust", "ruby", "rubies", "old kettle", "new pots", "kettle", "boiled dry", "no steam", "steam", "not", "n't",
      "never", "hardly", "a", "the", "quite", "|odd", "(odd", "pipe|x", "x", "]", "case shout", "why", "because", "since",
      "é", "İ", "_", "9"};
  private static final String[] GAPS = {" ", "", ". ", ", ", "-", "_", "\t", ";", "  "};

  @Test
  void alternativesShareTheirOpeningBoundary() {
    assertThat(SharedBoundary.rewrite("\\bfan\\b|\\bfans? spin\\w*|\\bfantastic\\b")).isEqualTo("\\b(?:fan\\b|fans? spin\\w*|fantastic\\b)");
    assertThat(SharedBoundary.rewrite("x|\\ba|\\bb|y|\\bc")).isEqualTo("x|\\b(?:a|b)|y|\\bc");
    assertThat(SharedBoundary.rewrite("(?<n>\\ba|\\bb)c")).isEqualTo("(?<n>\\b(?:a|b))c");
  }

  @Test
  void anInnerFlagGroupLeavesTheRegexAsWritten() {
    assertThat(SharedBoundary.rewrite("\\ba|(?i)\\bb|\\bc")).isEqualTo("\\ba|(?i)\\bb|\\bc");
  }

  @Test
  void everyMatchIsTheSameAsTheWrittenRegexFinds() {
    Random r = new Random(17);
    for (String regex : REGEXES) {
      Pattern written = Pattern.compile(regex);
      Pattern shared = SharedBoundary.compile(regex, 0);
      assertThat(shared.pattern()).as("rewritten").isNotEqualTo(regex);
      for (int n = 0; n < 3000; n++) {
        StringBuilder b = new StringBuilder();
        for (int k = r.nextInt(8); k >= 0; k--) b.append(WORDS[r.nextInt(WORDS.length)]).append(GAPS[r.nextInt(GAPS.length)]);
        String text = b.toString();
        assertThat(matches(shared, text)).as("%s in '%s'", regex, text).isEqualTo(matches(written, text));
      }
    }
  }

  /** Each match's span and the span of each of its groups. */
  private static List<String> matches(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      StringBuilder s = new StringBuilder(m.start() + "-" + m.end());
      for (int g = 1; g <= m.groupCount(); g++) s.append(' ').append(m.start(g)).append('-').append(m.end(g));
      out.add(s.toString());
    }
    return out;
  }
}
