package io.github.pmkb.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.diag.SourcePos;

/**
 * The blanks of the postmortem template ({@code pmkb new}) left unfilled: "HH:MM" for a time,
 * "..." for a value ("Detected by ...", "(owner: ...)"), "TODO" for a fact. Each becomes a warning
 * ({@code EX008}) at its line and column, since a page would otherwise show the blank as a fact.
 * Only fact lines are read (list items, table rows, "Label: value" lines): prose may pause with
 * "..." or talk about the HH:MM format.
 */
final class Placeholders {
  /** A line that states a fact: a list item, a table row or a short label with a colon. */
  private static final Pattern FACT_LINE = Pattern.compile("^\\s{0,3}(?:[-*+]\\s|\\d{1,3}[.)]\\s|\\||(?:\\*\\*|__)?[\\p{L}][\\p{L}\\d /()-]{0,40}(?:\\*\\*|__)?:)");
  /**
   * A clock or date still in the template's letters, where a time is due: first in the item,
   * after a date, a label's colon, a table bar or "at". "All times are HH:MM UTC" tells the format.
   */
  private static final Pattern TIME_BLANK = Pattern.compile("(?:(?<=^\\s{0,3}(?:[-*+]|\\d{1,3}[.)])\\s{1,3})|(?<=^\\s{0,3})|(?<=[:|]\\s{0,3})"
      + "|(?<=\\d\\s{1,3})|(?<=\\bYYYY-MM-DD\\s{1,3})|(?<=\\bat\\s{1,3}))(?:HH:MM(?::SS)?|hh:mm(?::ss)?|YYYY-MM-DD)(?![\\w:])");
  /**
   * "..." as a whole value: after a colon, a bracket or "by" (the template's "Detected by ..."),
   * before the end or a bracket. "still waiting for ..." trails off.
   */
  private static final Pattern DOTS_BLANK = Pattern.compile("(?:(?<=[:(])|(?<=[:(]\\s{1,3})|(?<=\\bby\\s{1,3}))"
      + "(?:\\.\\.\\.|\u2026)(?=\\s*(?:[()]|$))");
  /** "TODO" as a whole value: a bullet of its own or what follows a label. */
  private static final Pattern TODO_BLANK = Pattern.compile("(?:(?<=^\\s{0,3}[-*+]\\s{1,3})|(?<=^\\s{0,3}[-*+]\\s{1,3}\\[ \\]\\s{1,3})|(?<=:\\s{0,3}))"
      + "(?:TODO|FIXME)(?=\\s*(?:[.:()]|$))");

  private Placeholders() {}

  /** Warns about every blank of {@code lines} (outside code blocks and code spans); {@code rel} names the file. */
  static void warn(BodyLines lines, String rel, Diagnostics diags) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (lines.isFenced(i) || !mayHoldBlank(line) || !FACT_LINE.matcher(line).find()) continue;
      // A code span shows a command or a format, not a fact: blanked out, columns kept.
      if (line.indexOf('`') >= 0) line = CODE_SPAN.matcher(line).replaceAll(m -> " ".repeat(m.group().length()));
      report(TIME_BLANK.matcher(line), "write the time, e.g. 14:05", lines, i, rel, diags);
      report(DOTS_BLANK.matcher(line), "fill in the value or delete the line", lines, i, rel, diags);
      report(TODO_BLANK.matcher(line), "fill in the fact or delete the line", lines, i, rel, diags);
    }
  }

  private static final Pattern CODE_SPAN = Pattern.compile("`+[^`]*`+");

  private static boolean mayHoldBlank(String line) {
    return line.contains("HH:") || line.contains("hh:") || line.contains("YYYY") || line.contains("...") || line.indexOf('\u2026') >= 0
        || line.contains("TODO") || line.contains("FIXME");
  }

  private static void report(Matcher m, String hint, BodyLines lines, int i, String rel, Diagnostics diags) {
    while (m.find()) {
      diags.warning("EX008", "placeholder '" + m.group() + "' is not filled in", new SourcePos(rel, lines.lineNo(i), m.start() + 1), hint);
    }
  }
}
