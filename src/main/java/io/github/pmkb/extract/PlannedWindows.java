package io.github.pmkb.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The clause of a line that names a planned window, whose times and length are not the incident's. */
final class PlannedWindows {
  private PlannedWindows() {}

  /**
   * A planned window ("Maintenance window: 02:00-04:00 UTC", "during the scheduled maintenance
   * from ..."): its times and length are the plan's, not the incident's, which began when something
   * went wrong. Only the clause that names the window is the plan's: "On May 4, during a planned
   * upgrade, the database locked at 02:20" still states the start.
   */
  private static final Pattern PLANNED = Pattern.compile("(?i)\\b(?:maintenance|change|deploy(?:ment)?|release|upgrade) windows?\\b"
      + "|\\b(?:scheduled|planned) (?:maintenance|downtime|upgrade|migration)\\b");
  /** Where a clause ends or begins: a semicolon, a full stop, or a comma before a lower-case word. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile(";|\\.\\s|,\\s+(?=[a-z])");

  /** {@code line} with the clause that names a planned window blanked out, so offsets still hold. */
  static String blankOut(String line) {
    if (!line.contains("indow") && !line.contains("cheduled") && !line.contains("lanned")) return line;
    Matcher m = PLANNED.matcher(line);
    if (!m.find()) return line;
    int from = 0;
    Matcher b = CLAUSE_BREAK.matcher(line);
    while (b.find() && b.end() <= m.start()) from = b.end();
    int to = b.find(m.end()) ? b.start() : line.length();
    return line.substring(0, from) + " ".repeat(to - from) + line.substring(to);
  }
}
