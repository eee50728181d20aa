package io.github.pmkb.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import io.github.pmkb.diag.SourcePos;

/**
 * Bounds how deeply front matter nests before SnakeYAML sees it: its composer recurses once per
 * level, so a 10 KB list nested 5,000 deep ({@code x: [[[[...]]]]}) overflows the stack. Counts,
 * line by line, the block levels (indentation and compact {@code - - -} or {@code ? ?}
 * indicators) and the open flow brackets outside quotes, comments and block scalars. Real front
 * matter nests two or three levels; {@link #MAX_DEPTH} is far above that.
 */
final class YamlNesting {
  static final int MAX_DEPTH = 64;

  private YamlNesting() {}

  /** The first place where the block nests deeper than {@link #MAX_DEPTH}, 1-based in the file. */
  static Optional<SourcePos> tooDeep(String yaml, int firstLine, String rel) {
    Deque<Integer> indents = new ArrayDeque<>();
    int flow = 0;
    int scalarIndent = -1;
    String[] lines = yaml.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      int indent = 0;
      while (indent < line.length() && line.charAt(indent) == ' ') indent++;
      if (indent == line.length()) continue;
      if (scalarIndent >= 0 && indent > scalarIndent) continue;
      scalarIndent = -1;
      if (flow == 0) {
        while (!indents.isEmpty() && indents.peek() >= indent) indents.pop();
        indents.push(indent);
      }
      int blocks = indents.size();
      int i = indent;
      while (i < line.length() && "-?:".indexOf(line.charAt(i)) >= 0
          && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
        blocks++;
        i += 2;
        while (i < line.length() && line.charAt(i) == ' ') i++;
        if (blocks + flow > MAX_DEPTH) return Optional.of(new SourcePos(rel, firstLine + n, i));
      }
      char quote = 0;
      for (; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quote == '\'') {
          if (c == '\'') quote = 0;
        } else if (quote == '"') {
          if (c == '\\') i++;
          else if (c == '"') quote = 0;
        } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ')) {
          break;
        } else if ((c == '"' || c == '\'') && (i == 0 || " [{,:".indexOf(line.charAt(i - 1)) >= 0)) {
          quote = c;
        } else if (c == '[' || c == '{') {
          flow++;
          if (blocks + flow > MAX_DEPTH) return Optional.of(new SourcePos(rel, firstLine + n, i + 1));
        } else if (c == ']' || c == '}') {
          flow = Math.max(0, flow - 1);
        }
      }
      if (flow == 0 && opensBlockScalar(line)) scalarIndent = indent;
    }
    return Optional.empty();
  }

  /** A line whose value is {@code |} or {@code >} (with chomping or indent indicators): the indented lines after it are text. */
  private static boolean opensBlockScalar(String line) {
    String s = line.strip();
    int hash = s.indexOf(" #");
    if (hash >= 0) s = s.substring(0, hash).strip();
    int k = s.length();
    while (k > 0 && "+-0123456789".indexOf(s.charAt(k - 1)) >= 0) k--;
    return k > 0 && (s.charAt(k - 1) == '|' || s.charAt(k - 1) == '>')
        && (k == 1 || s.charAt(k - 2) == ' ' || s.charAt(k - 2) == ':' || s.charAt(k - 2) == '-');
  }
}
