package io.github.pmkb.extract;

import java.util.List;
import java.util.regex.Pattern;
import io.github.pmkb.content.ParsedDoc;

/**
 * The body of a postmortem as lines with their file line numbers, and which lines sit inside
 * fenced code (times in an ASCII diagram are not timeline events). A fenced block whose every
 * line opens with a time is a timeline pasted as a block, and its lines count as text.
 */
final class BodyLines {
  /** A fence at any indentation: fences inside list items are indented with the item. */
  private static final Pattern FENCE = Pattern.compile("^\\s*(```+|~~~+).*");
  private static final Pattern CLOSING_FENCE = Pattern.compile("(```+|~~~+)");

  private final List<String> lines;
  private final boolean[] fenced;
  private final int firstLine;

  BodyLines(String body, int firstLine) {
    // NBSP is a space for every rule that reads the text (seen in titles of real files).
    this.lines = List.of(body.replace('\u00A0', ' ').split("\n", -1));
    this.firstLine = firstLine;
    this.fenced = new boolean[lines.size()];
    String open = null;
    int opened = -1;
    for (int i = 0; i < lines.size(); i++) {
      // A fence holds three backticks or tildes in a row: most lines have neither.
      String line = lines.get(i);
      if (line.indexOf("```") < 0 && line.indexOf("~~~") < 0) {
        fenced[i] = open != null;
        continue;
      }
      var m = FENCE.matcher(line);
      if (open == null && m.matches()) {
        open = m.group(1).substring(0, 3);
        fenced[i] = true;
        opened = i;
      } else if (open != null) {
        fenced[i] = true;
        if (m.matches() && m.group(1).startsWith(open) && CLOSING_FENCE.matcher(lines.get(i).strip()).matches()) {
          open = null;
          if (isPastedTimeline(opened + 1, i)) for (int k = opened + 1; k < i; k++) fenced[k] = false;
        }
      }
    }
  }

  private static final java.util.regex.Pattern LOG_LINE = java.util.regex.Pattern.compile(
      "\\b(?:ERROR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|CRIT)\\b|^\\s*\\S*\\d{1,2}:\\d{2}:\\d{2}|^\\s*\\S+\\s+\\[[\\w.$-]+\\]");

  /** Lines of a block that make it a pasted timeline rather than code or a diagram. */
  private static final int MIN_PASTED_ENTRIES = 2;

  /**
   * Whether the fenced lines {@code from} (inclusive) to {@code to} (exclusive) are a timeline
   * pasted as a block: every line that is not blank opens with a time ("10:05  timeouts begin").
   * A diagram with times inside its lines is not one, nor a log excerpt, whose lines come in
   * bursts (most of them in the same minute as the line before) or carry seconds, a level word
   * ("ERROR", "INFO") or a logger in brackets.
   */
  private boolean isPastedTimeline(int from, int to) {
    int entries = 0;
    int sameMinute = 0;
    int logLines = 0;
    java.time.LocalTime previous = null;
    for (int k = from; k < to; k++) {
      String l = lines.get(k);
      if (l.isBlank()) continue;
      if (!Chars.hasDigit(l)) return false;
      java.util.Optional<java.time.LocalTime> t = TimelineExtractor.leading(l).flatMap(Stamp::time);
      if (t.isEmpty()) return false;
      java.time.LocalTime minute = t.get().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
      // A log line: a level word or a logger in brackets after the time, or a time to the second.
      if (LOG_LINE.matcher(l).find()) logLines++;
      if (minute.equals(previous)) sameMinute++;
      previous = minute;
      entries++;
    }
    return entries >= MIN_PASTED_ENTRIES && sameMinute * 2 < entries && logLines * 2 < entries;
  }

  static BodyLines of(ParsedDoc doc) {
    return new BodyLines(doc.body(), doc.bodyStartLine());
  }

  int size() {
    return lines.size();
  }

  String get(int i) {
    return lines.get(i);
  }

  boolean isFenced(int i) {
    return fenced[i];
  }

  boolean isBlank(int i) {
    return lines.get(i).isBlank();
  }

  /** 1-based line in the file of index {@code i}. */
  int lineNo(int i) {
    return firstLine + i;
  }

  /** Index of a 1-based file line. */
  int indexOf(int lineNo) {
    return lineNo - firstLine;
  }
}
