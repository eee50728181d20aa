package io.github.pmkb.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The due date of an action item: "due 2024-05-01", "by March 5, 2024", "deadline: Q3 2024". */
final class ActionDues {
  private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
  private static final String WHEN = "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}"
      + "|(?:(?:end|beginning|start|middle) of |early |mid-?|late )?(?:" + MONTH + "(?: \\d{1,2}(?:st|nd|rd|th)?)?(?:,? \\d{4})?"
      + "|\\d{1,2}(?:st|nd|rd|th)? " + MONTH + "(?:,? \\d{4})?|Q[1-4](?:[ /]\\d{4})?|H[12] \\d{4}"
      + "|(?:next|this|the next) (?:week|month|quarter|sprint|release))";
  static final Pattern DUE = Pattern.compile("(?i)\\s*[(\\[,;]?\\s*\\b(?:due(?: date| by| on)?|deadline|eta|target(?: date)?|by|until|before|no later than)"
      + "\\s*:?\\s*(?<when>" + WHEN + ")\\s*[)\\]]?");
  private static final List<String> DUE_WORDS = List.of("due", "deadline", "eta", "target", "by", "until", "before", "no later than");
  private static final List<String> WHEN_WORDS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
      "week", "month", "quarter", "sprint", "release");

  private ActionDues() {}

  /**
   * Whether {@link #DUE} may match {@code t}: a cue word and a digit, a month or a period of time.
   * {@code lower} is {@code t}, or a text {@code t} was cut from, in lower case.
   */
  static boolean mayHaveDue(String t, String lower) {
    return Chars.containsAny(lower, DUE_WORDS) && (Chars.hasDigit(t) || Chars.containsAny(lower, WHEN_WORDS));
  }

  /** An ISO date when {@code when} is a full date, else {@code when} as written. */
  static String due(String when) {
    for (Stamp s : Stamps.findAll(when)) {
      Optional<LocalDate> d = s.date(Optional.empty());
      if (d.isPresent() && s.start() == 0) return d.get().toString();
    }
    return when.strip();
  }
}
