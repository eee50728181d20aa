package io.github.pmkb.extract;

import java.util.regex.Pattern;

/**
 * Case-insensitive matching done the cheap way: a pattern compiled with {@code CASE_INSENSITIVE}
 * (ASCII letters only, as java.util.regex does without {@code UNICODE_CASE}) matches a text
 * exactly where the same pattern with its letters in lower case, compiled case-sensitively,
 * matches the text with its ASCII letters in lower case. The offsets are the same, since lowering
 * ASCII letters changes no length. The case-sensitive form compares literal runs and classes
 * directly instead of folding both sides at every step, which long lists of signal phrases do at
 * every position of every sentence.
 */
final class AsciiFold {
  private AsciiFold() {}

  /**
   * The case-sensitive twin of {@code p} for ASCII-lowered text, or null when {@code p} is not
   * case-insensitive in the plain ASCII way, or is written with constructs whose letters are not
   * literal (Unicode classes, quoting, hex, octal or control escapes, inline flags) or with a class
   * range that lowering would change ({@code [A-z]}, {@code [@-[]}), and so stays as is.
   */
  static Pattern twin(Pattern p) {
    int flags = p.flags();
    String src = p.pattern();
    if (src.startsWith("(?i)")) {
      src = src.substring(4);
      flags |= Pattern.CASE_INSENSITIVE;
    }
    if ((flags & Pattern.CASE_INSENSITIVE) == 0 || (flags & (Pattern.UNICODE_CASE | Pattern.LITERAL | Pattern.COMMENTS)) != 0) return null;
    StringBuilder out = new StringBuilder(src.length());
    int depth = 0; // nesting of character classes
    int prev = -1; // the last literal character inside a class, a range's possible low end
    for (int i = 0; i < src.length(); i++) {
      char c = src.charAt(i);
      int literal = -1;
      if (c == '\\') {
        if (i + 1 >= src.length()) return null;
        char e = src.charAt(i + 1);
        // Only escapes whose letter is a fixed class or assertion keep their meaning untouched.
        if (Character.isLetter(e) && "bBwWdDsS".indexOf(e) < 0 || e == '0') return null;
        if (!Character.isLetterOrDigit(e)) literal = e;
        out.append(c).append(e);
        i++;
      } else if (c == '(' && depth == 0 && i + 2 < src.length() && src.charAt(i + 1) == '?' && ":=!<>".indexOf(src.charAt(i + 2)) < 0) {
        return null; // an inline flag group, "(?i)", "(?-i:...)"
      } else if (c == '(' && depth == 0 && src.startsWith("?<", i + 1) && i + 3 < src.length() && Character.isLetter(src.charAt(i + 3))) {
        int close = src.indexOf('>', i);
        if (close < 0) return null;
        out.append(src, i, close + 1); // a group's name is no text to match
        i = close;
      } else if (c == '-' && depth > 0 && prev >= 0 && i + 1 < src.length() && src.charAt(i + 1) != ']') {
        int hi = src.charAt(i + 1) == '\\' && i + 2 < src.length() ? src.charAt(i + 2) : src.charAt(i + 1);
        if (!keepsRange((char) prev, (char) hi)) return null;
        out.append(c);
      } else {
        if (c == '[') depth++;
        else if (c == ']' && depth > 0) depth--;
        else literal = c;
        out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
      }
      prev = depth > 0 ? literal : -1;
    }
    return Pattern.compile(out.toString(), flags & ~Pattern.CASE_INSENSITIVE);
  }

  /**
   * Whether the class range {@code lo-hi} matches lowered text as it matched any text under
   * ASCII case folding: both ends letters of one case, or no ASCII letter inside.
   */
  private static boolean keepsRange(char lo, char hi) {
    if (isLower(lo) && isLower(hi) || isUpper(lo) && isUpper(hi)) return true;
    return !isLower(lo) && !isUpper(lo) && !isLower(hi) && !isUpper(hi) && (hi < 'A' || lo > 'z' || lo > 'Z' && hi < 'a');
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** {@code text} with its ASCII letters in lower case, every other character as it is. */
  static String lower(String text) {
    int i = 0;
    while (i < text.length() && !(text.charAt(i) >= 'A' && text.charAt(i) <= 'Z')) i++;
    if (i == text.length()) return text;
    char[] cs = text.toCharArray();
    for (; i < cs.length; i++) if (cs[i] >= 'A' && cs[i] <= 'Z') cs[i] = (char) (cs[i] + 32);
    return new String(cs);
  }
}
