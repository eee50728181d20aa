package io.github.pmkb.content;

import java.util.Optional;
import io.github.pmkb.diag.SourcePos;

/**
 * Finds Markdown nested too deeply for flexmark, whose parser and renderer recurse once per level
 * and overflow the stack at a few thousand levels ({@code >>>>…}, {@code - - - …}, deeply indented
 * lists). Checked line by line before parsing, so the error points at the offending line; {@link
 * ContentParser} still catches {@link StackOverflowError} for shapes this scan does not know.
 */
final class NestingGuard {
  /** Far deeper than any real document (GitHub renders about 10 levels legibly). */
  static final int MAX_DEPTH = 64;

  private NestingGuard() {}

  /** The first line nested deeper than {@link #MAX_DEPTH}, as a 1-based position. */
  static Optional<SourcePos> tooDeep(String body, int firstLine, String rel) {
    int line = firstLine;
    int start = 0;
    while (start <= body.length()) {
      int end = body.indexOf('\n', start);
      if (end < 0) end = body.length();
      int col = deepAt(body, start, end);
      if (col > 0) return Optional.of(new SourcePos(rel, line, col));
      line++;
      start = end + 1;
    }
    return Optional.empty();
  }

  /** The first line longer than {@code maxChars}: it still renders, but is almost certainly pasted data. */
  static Optional<SourcePos> longLine(String body, int firstLine, String rel, int maxChars) {
    int line = firstLine;
    int start = 0;
    while (start <= body.length()) {
      int end = body.indexOf('\n', start);
      if (end < 0) end = body.length();
      if (end - start > maxChars) return Optional.of(new SourcePos(rel, line, maxChars + 1));
      line++;
      start = end + 1;
    }
    return Optional.empty();
  }

  /** The 1-based column where a line's container prefix passes the limit, or 0. */
  private static int deepAt(String s, int start, int end) {
    int depth = 0;
    int indent = 0;
    int i = start;
    while (i < end) {
      char c = s.charAt(i);
      if (c == ' ') {
        indent++;
        i++;
      } else if (c == '\t') {
        indent += 4;
        i++;
      } else if (c == '>') {
        depth++;
        i++;
      } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && s.charAt(i + 1) == ' ') {
        depth++;
        i += 2;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < end && j - i < 9 && Character.isDigit(s.charAt(j))) j++;
        if (j + 1 < end && (s.charAt(j) == '.' || s.charAt(j) == ')') && s.charAt(j + 1) == ' ') {
          depth++;
          i = j + 2;
        } else {
          break;
        }
      } else {
        break;
      }
      // Indented sublists nest one level per two or more columns.
      if (depth > MAX_DEPTH || depth > 0 && indent / 2 > MAX_DEPTH) return i - start;
    }
    return 0;
  }
}
