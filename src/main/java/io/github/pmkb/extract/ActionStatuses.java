package io.github.pmkb.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import io.github.pmkb.model.ActionItem.Status;

/** The status of an action item: "status: done", "(done)", "[TODO]", "DONE: item", a check mark. */
final class ActionStatuses {
  private static final String STATUS_WORDS = "done|completed?|fixed|resolved|closed|shipped|merged|won'?t ?fix|wontfix|cancell?ed|dropped"
      + "|in[- ]progress|ongoing|started|todo|to ?do|open|planned|pending|not started|backlog|wip|scheduled";
  static final Pattern STATUS_PREFIX = Pattern.compile("(?i)^\\s*[\\[(]?(?<s>" + STATUS_WORDS + ")[\\])]?\\s*(?:[:\u2014\u2013-]\\s*|(?<=[\\])])\\s*)");
  static final Pattern STATUS_LABEL = Pattern.compile("(?i)\\s*(?:[(\\[]\\s*)?(?:\\bstatus\\s*[:=]\\s*)(?<s>" + STATUS_WORDS + ")\\b\\s*[)\\]]?"
      + "|\\s*[(\\[]\\s*(?<b>" + STATUS_WORDS + ")\\s*[)\\]]|\\s+[\u2014\u2013-]\\s*(?<t>done|completed|fixed|todo|open|in progress)\\s*$");
  static final Pattern CHECK_MARKS = Pattern.compile("\\s*[\u2705\u2714\u2611]\uFE0F?\\s*");
  private static final String[] STATUS_ENDINGS = {"done", "completed", "fixed", "todo", "open", "progress"};
  private static final Pattern DONE_WORD = Pattern.compile("(done|completed?|fixed|resolved|closed|shipped|merged|won'?t ?fix|wontfix|cancell?ed|dropped|x)\\b.*");
  private static final Pattern OPEN_WORD = Pattern.compile("(in[- ]progress|ongoing|started|todo|to ?do|open|planned|pending|not started|backlog|wip|scheduled)\\b.*");

  private ActionStatuses() {}

  /**
   * Whether {@link #STATUS_LABEL} may match {@code t}: "status", a bracket, or a status word at the
   * very end. {@code lower} is {@code t}, or a text {@code t} was cut from by removing its start, in lower case.
   */
  static boolean mayHaveStatusLabel(String t, String lower) {
    if (t.indexOf('(') >= 0 || t.indexOf('[') >= 0) return true;
    if (lower.contains("status")) return true;
    String end = lower.stripTrailing();
    for (String w : STATUS_ENDINGS) {
      if (end.endsWith(w)) return true;
    }
    return false;
  }

  /** Whether {@code t} holds a check mark. */
  static boolean hasCheckMark(String t) {
    return t.indexOf('\u2705') >= 0 || t.indexOf('\u2714') >= 0 || t.indexOf('\u2611') >= 0;
  }

  /** The normalised status a status word states. */
  static Optional<Status> status(String word) {
    String s = word.strip().toLowerCase(Locale.ROOT);
    if (s.isEmpty()) return Optional.empty();
    if (DONE_WORD.matcher(s).matches()) return Optional.of(Status.DONE);
    if (OPEN_WORD.matcher(s).matches()) return Optional.of(Status.OPEN);
    return Optional.empty();
  }
}
