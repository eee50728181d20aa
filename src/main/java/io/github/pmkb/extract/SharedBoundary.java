package io.github.pmkb.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rewrites a regex so that alternatives which all open with a word boundary share one:
 * {@code \bleak|\boom} becomes {@code \b(?:leak|oom)}, at every level of grouping. The two match
 * exactly the same text at the same places (ordered choice is tried alternative by alternative
 * from the same position, and the added group captures nothing), but the rewritten one tests the
 * boundary once per position instead of once per alternative. The signal phrases of root-cause
 * classification are long lists of such alternatives, and that test (a Unicode lookup on both
 * sides of the position) was the largest single cost of extraction.
 *
 * <p>A regex with an inline flag group ({@code (?i)}) past its first character is returned as is:
 * such a flag reaches to the end of its enclosing group, which a new group would cut short.
 */
final class SharedBoundary {
  private static final String BOUNDARY = "\\b";
  private static final Pattern INNER_FLAGS = Pattern.compile(".\\(\\?[a-zA-Z-]+\\)");

  private SharedBoundary() {}

  /**
   * {@code regex} compiled with {@code flags}, its leading word boundaries shared; as written
   * when it is too unusual to rewrite (a site's own taxonomy may hold anything).
   */
  static Pattern compile(String regex, int flags) {
    try {
      return Pattern.compile(rewrite(regex), flags);
    } catch (RuntimeException e) {
      return Pattern.compile(regex, flags);
    }
  }

  /** {@code regex} with the word boundaries that open consecutive alternatives shared. */
  static String rewrite(String regex) {
    if (INNER_FLAGS.matcher(regex).find()) return regex;
    return alternation(regex);
  }

  /** One alternation (a whole regex or a group's content). */
  private static String alternation(String text) {
    List<String> alternatives = new ArrayList<>();
    for (String a : split(text)) alternatives.add(groupsWithin(a));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < alternatives.size();) {
      if (i > 0) out.append('|');
      int j = i;
      while (j < alternatives.size() && alternatives.get(j).startsWith(BOUNDARY)) j++;
      if (j - i >= 2) {
        out.append(BOUNDARY).append("(?:");
        for (int k = i; k < j; k++) out.append(k > i ? "|" : "").append(alternatives.get(k).substring(BOUNDARY.length()));
        out.append(')');
        i = j;
      } else {
        out.append(alternatives.get(i++));
      }
    }
    return out.toString();
  }

  /** {@code text} (one alternative) with the content of each group it holds rewritten. */
  private static String groupsWithin(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        out.append(text, i, Math.min(i + 2, text.length()));
        i += 2;
      } else if (c == '[') {
        int end = classEnd(text, i);
        out.append(text, i, end);
        i = end;
      } else if (c == '(') {
        int close = groupEnd(text, i);
        int body = bodyStart(text, i);
        out.append(text, i, body).append(alternation(text.substring(body, close))).append(')');
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The alternatives of {@code text} at its top level. */
  private static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') i++;
      else if (c == '[') i = classEnd(text, i) - 1;
      else if (c == '(') depth++;
      else if (c == ')') depth--;
      else if (c == '|' && depth == 0) {
        out.add(text.substring(from, i));
        from = i + 1;
      }
    }
    out.add(text.substring(from));
    return out;
  }

  /** The index after the character class opening at {@code open}, nested classes included. */
  private static int classEnd(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') i++;
      else if (c == '[') depth++;
      // A ']' right after the opening '[' (or "[^") is a literal.
      else if (c == ']' && i > open + 1 && !(i == open + 2 && text.charAt(open + 1) == '^') && --depth == 0) return i + 1;
    }
    throw new IllegalArgumentException("unclosed character class: " + text);
  }

  /** The index of the ')' closing the group opening at {@code open}. */
  private static int groupEnd(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') i++;
      else if (c == '[') i = classEnd(text, i) - 1;
      else if (c == '(') depth++;
      else if (c == ')' && --depth == 0) return i;
    }
    throw new IllegalArgumentException("unclosed group: " + text);
  }

  /** Where the content of the group opening at {@code open} starts: after "(", "(?:", "(?<name>", "(?<!" ... */
  private static int bodyStart(String text, int open) {
    if (open + 1 >= text.length() || text.charAt(open + 1) != '?') return open + 1;
    int i = open + 2;
    if (text.startsWith("<=", i) || text.startsWith("<!", i)) return i + 2;
    if (text.charAt(i) == '<') return text.indexOf('>', i) + 1;
    if ("=!>:".indexOf(text.charAt(i)) >= 0) return i + 1;
    // Flags, with a colon: "(?i:...)"; flags alone, "(?i)", have no content.
    while (i < text.length() && text.charAt(i) != ':' && text.charAt(i) != ')') i++;
    return text.charAt(i) == ':' ? i + 1 : i;
  }
}
