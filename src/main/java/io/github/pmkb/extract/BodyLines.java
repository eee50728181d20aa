package io.github.pmkb.extract;

import java.util.List;
import java.util.regex.Pattern;
import io.github.pmkb.content.ParsedDoc;

/**
 * The body of a postmortem as lines with their file line numbers, and which lines sit inside
 * fenced code (times in an ASCII diagram are not timeline events).
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
      } else if (open != null) {
        fenced[i] = true;
        if (m.matches() && m.group(1).startsWith(open) && CLOSING_FENCE.matcher(lines.get(i).strip()).matches()) open = null;
      }
    }
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
