package io.github.pmkb.build;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;

/**
 * Scripts and stylesheets as published: comments, indentation, blank lines and runs of spaces dropped, nothing
 * else changed. No renaming, and every line break between statements stays, so automatic
 * semicolon insertion reads the code as it was written. Comments are what a browser downloads
 * most of in a well-commented script; gzip does the rest. A small lexer tells comments from
 * strings, template literals and regular expressions ("//" in a URL, a quote in {@code /["']/}
 * stay). Where a slash could start either a regular expression or a division and the lexer cannot
 * tell ({@code a++ / b}, a slash after a closing brace), or the script ends inside a string or a
 * comment, the script is left as it was. Stylesheets lose their comments and spaces the same way.
 */
final class AssetCompactor {
  private AssetCompactor() {}

  /** Words after which a slash starts a regular expression, not a division. */
  private static final Set<String> BEFORE_REGEX = Set.of("return", "typeof", "instanceof", "in", "of", "new",
      "delete", "void", "throw", "case", "do", "else", "yield", "await");

  /**
   * {@code css} without comments, indentation, blank lines or runs of spaces (strings kept as
   * written), or empty when it ends inside a comment or a string.
   */
  static Optional<String> stylesheet(String css) {
    StringBuilder out = new StringBuilder(css.length());
    int i = 0, n = css.length();
    while (i < n) {
      char c = css.charAt(i);
      if (layout(c, out)) {
        i++;
      } else if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
        int end = css.indexOf("*/", i + 2);
        if (end < 0) return Optional.empty();
        i = end + 2;
      } else if (c == '"' || c == '\'') {
        int end = stringEnd(css, i, c);
        if (end < 0) return Optional.empty();
        out.append(css, i, end);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    newline(out);
    return Optional.of(out.toString());
  }

  /** {@code js} compacted, or empty when the lexer is unsure about it. */
  static Optional<String> script(String js) {
    StringBuilder out = new StringBuilder(js.length());
    // Brace depth in code, and for each template literal open around it the depth its ${ started at.
    Deque<Integer> templates = new ArrayDeque<>();
    int depth = 0;
    int i = 0, n = js.length();
    while (i < n) {
      char c = js.charAt(i);
      char next = i + 1 < n ? js.charAt(i + 1) : '\0';
      if (layout(c, out)) {
        i++;
      } else if (c == '/' && next == '/') {
        while (i < n && js.charAt(i) != '\n') i++;
      } else if (c == '/' && next == '*') {
        int end = js.indexOf("*/", i + 2);
        if (end < 0) return Optional.empty();
        // A comment spanning lines ends a line, as far as semicolon insertion goes.
        if (js.substring(i, end).indexOf('\n') >= 0) newline(out);
        else space(out);
        i = end + 2;
      } else if (c == '/') {
        Boolean regex = regexAllowed(out);
        if (regex == null) return Optional.empty();
        if (!regex) {
          out.append(c);
          i++;
          continue;
        }
        int end = regexEnd(js, i);
        if (end < 0) return Optional.empty();
        out.append(js, i, end);
        i = end;
      } else if (c == '"' || c == '\'') {
        int end = stringEnd(js, i, c);
        if (end < 0) return Optional.empty();
        out.append(js, i, end);
        i = end;
      } else if (c == '`' || c == '}' && !templates.isEmpty() && templates.peek() == depth) {
        if (c == '}') templates.pop();
        // Template text goes as written (its spaces and line breaks are the string's), up to its
        // end or the next ${.
        int j = i + 1;
        while (j < n && js.charAt(j) != '`' && !(js.charAt(j) == '$' && j + 1 < n && js.charAt(j + 1) == '{')) {
          j += js.charAt(j) == '\\' ? 2 : 1;
        }
        if (j >= n) return Optional.empty();
        if (js.charAt(j) == '`') {
          out.append(js, i, j + 1);
          i = j + 1;
        } else {
          out.append(js, i, j + 2);
          templates.push(depth);
          i = j + 2;
        }
      } else {
        if (c == '{') depth++;
        if (c == '}') depth--;
        out.append(c);
        i++;
      }
    }
    if (!templates.isEmpty()) return Optional.empty();
    newline(out);
    return Optional.of(out.toString());
  }

  /** A line break or a space outside literals and comments, written as it compacts; false for any other character. */
  private static boolean layout(char c, StringBuilder out) {
    if (c == '\n') newline(out);
    else if (c == ' ' || c == '\t' || c == '\r') space(out);
    else return false;
    return true;
  }

  /** One space between tokens: none at a line's start, none doubled. */
  private static void space(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n' && out.charAt(out.length() - 1) != ' ') out.append(' ');
  }

  /** Ends the current output line: trailing spaces dropped, no empty line. */
  private static void newline(StringBuilder out) {
    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
  }

  /** Whether a slash here starts a regular expression (true) or is a division (false); null: unsure. */
  private static Boolean regexAllowed(StringBuilder out) {
    int k = out.length() - 1;
    while (k >= 0 && (out.charAt(k) == ' ' || out.charAt(k) == '\n')) k--;
    if (k < 0) return true;
    char p = out.charAt(k);
    if (p == '}') return null;
    if ((p == '+' || p == '-') && k > 0 && out.charAt(k - 1) == p) return null;
    if (p == ')') return afterCondition(out, k);
    if (p == ']' || p == '"' || p == '\'' || p == '`') return false;
    if (Character.isJavaIdentifierPart(p)) {
      int start = k;
      while (start > 0 && Character.isJavaIdentifierPart(out.charAt(start - 1))) start--;
      String word = out.substring(start, k + 1);
      return BEFORE_REGEX.contains(word) && (start == 0 || out.charAt(start - 1) != '.');
    }
    return true;
  }

  /**
   * After a closing parenthesis a slash divides, unless the parentheses held the condition of
   * {@code if}, {@code while}, {@code for} or {@code with}: {@code if (x) /re/.test(s)}. Null when
   * the opening parenthesis cannot be found.
   */
  private static Boolean afterCondition(StringBuilder out, int close) {
    int depth = 0;
    for (int k = close; k >= 0; k--) {
      char c = out.charAt(k);
      if (c == ')') depth++;
      else if (c == '(' && --depth == 0) {
        int end = k - 1;
        while (end >= 0 && out.charAt(end) == ' ') end--;
        int start = end;
        while (start >= 0 && Character.isJavaIdentifierPart(out.charAt(start))) start--;
        String word = out.substring(start + 1, end + 1);
        return CONDITION.contains(word) ? null : Boolean.FALSE;
      }
    }
    return null;
  }

  private static final Set<String> CONDITION = Set.of("if", "while", "for", "with");

  /** The index after the regular expression starting at {@code from} (its flags follow as letters), or -1. */
  private static int regexEnd(String js, int from) {
    boolean inClass = false;
    for (int i = from + 1; i < js.length(); i++) {
      char c = js.charAt(i);
      if (c == '\n') return -1;
      if (c == '\\') i++;
      else if (c == '[') inClass = true;
      else if (c == ']') inClass = false;
      else if (c == '/' && !inClass) return i + 1;
    }
    return -1;
  }

  /** The index after the string literal starting at {@code from}, or -1. */
  private static int stringEnd(String js, int from, char quote) {
    for (int i = from + 1; i < js.length(); i++) {
      char c = js.charAt(i);
      if (c == '\\') i++;
      else if (c == quote) return i + 1;
      else if (c == '\n') return -1;
    }
    return -1;
  }
}
