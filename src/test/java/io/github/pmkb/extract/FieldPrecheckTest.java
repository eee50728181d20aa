package io.github.pmkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import io.github.pmkb.testing.TestSeed;

/**
 * The pre-checks of action fields and of negated or aside phrases never rule out a match of the
 * pattern they guard, and the hand-written scanners give what the regexes they replace gave. Random
 * lines are built from the patterns' own words, punctuation and spacing.
 */
class FieldPrecheckTest {
  private static final String[] PIECES = {"Status", "status", "STATUS", ":", "=", "done", "Done", "DONE", "completed", "fixed", "todo", "TODO",
      "open", "in progress", "In Progress", "(", ")", "[", "]", "—", "–", "-", "--", "Due", "due date", "deadline", "ETA", "target", "by", "BY",
      "until", "before", "no later than", "2024-05-01", "3/4/24", "May", "march 5th", "Q3", "H2 2025", "next week", "this sprint", "end of",
      "Owner", "owner", "assignee", "Responsible", "DRI", "owned by", "assigned to", "Ana Lima", "Jonas Adeyemi", "@kim", "@bob.s", "bob",
      "CORE-9615", "#412", "https://x.org/a/issues/7", "http://h/browse/AB-1", "UTF-8", "✅", "✔️", "☑", "not", "n't", "no", "never",
      "neither", "rather than", "instead of", "ruled out", "unrelated to", "other than", "without", "excluded", "was", "were", "is", "had been",
      "not the cause", "not a culprit", "unaffected", "not affected", "healthy", "working fine", "working normally", "monitoring", "alerts",
      "tests", "dashboards", "metric", "visibility", "observability", "detection", "documentation", "runbooks", "during", "under", "amid",
      "in case of", "avoiding", "protect", "against", "handle", "the", "a", "DNS", "database", "é", "İ", "K", "x", "'", ",", ";", "."};
  private static final String[] GAPS = {" ", "", "  ", "\t", ": ", ", ", "-", " (", ") ", "\u00a0"};

  private static String line(Random r) {
    StringBuilder b = new StringBuilder();
    for (int k = r.nextInt(12); k > 0; k--) b.append(PIECES[r.nextInt(PIECES.length)]).append(GAPS[r.nextInt(GAPS.length)]);
    return b.toString();
  }

  @Test
  void aPrecheckNeverRulesOutAMatch() {
    long seed = TestSeed.get();
    Random r = new Random(seed);
    int matched = 0;
    for (int i = 0; i < 20_000; i++) {
      String s = line(r);
      String lower = s.toLowerCase(Locale.ROOT);
      matched += check(ActionStatuses.STATUS_LABEL, s, ActionStatuses.mayHaveStatusLabel(s, lower), seed);
      matched += check(ActionDues.DUE, s, ActionDues.mayHaveDue(s, lower), seed);
      matched += check(ActionOwners.NAME_SUFFIX, s, ActionOwners.hasSpacedDash(s), seed);
      matched += check(ActionOwners.OWNER_LABEL, s, Chars.containsAny(lower, ActionOwners.OWNER_WORDS), seed);
      matched += check(ActionTickets.TICKETS, s, ActionTickets.mayHaveTicket(s), seed);
      matched += check(CausalCues.NEGATED_BEFORE, s, Chars.containsAny(lower, CausalCues.NEGATION_BEFORE_WORDS), seed);
      matched += check(CausalCues.NEGATED_AFTER, s, Chars.containsAny(lower, CausalCues.NEGATION_AFTER_WORDS), seed);
      matched += check(CausalCues.ASIDE_BEFORE, s, Chars.containsAny(lower, CausalCues.ASIDE_WORDS), seed);
    }
    // The lines must reach the patterns, or the test proves nothing.
    assertThat(matched).isGreaterThan(3_000);
  }

  private static int check(Pattern p, String s, boolean precheck, long seed) {
    if (!p.matcher(s).find()) return 0;
    assertThat(precheck).as("seed %d, %s: %s", seed, p.pattern().substring(0, Math.min(40, p.pattern().length())), s).isTrue();
    return 1;
  }

  @Test
  void lowerCaseWordsAreWhatTheirRegexFinds() {
    Pattern regex = Pattern.compile("(?<![\\p{L}'-])\\p{Ll}[\\p{L}'-]*");
    List<String> lines = List.of("", "the API's rate-limit was 'too' low", "Über-großes naïve ſtatus İstanbul -ab 'cd x-Y", "a\uD835\uDC00b \uD835\uDC1Ax",
        "O'neil owns --it", "ǅungla ǆx");
    Random r = new Random(7);
    List<String> all = new java.util.ArrayList<>(lines);
    for (int i = 0; i < 2000; i++) all.add(line(r));
    for (String line : all) {
      Set<String> expected = new HashSet<>();
      Matcher m = regex.matcher(line);
      while (m.find()) expected.add(m.group());
      Set<String> actual = new HashSet<>();
      ActionOwners.addLowerCaseWords(line, actual);
      assertThat(actual).as(line).isEqualTo(expected);
    }
  }
}
