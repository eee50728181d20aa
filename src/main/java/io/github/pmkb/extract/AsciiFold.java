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
   * literal (Unicode classes, quoting, hex or control escapes, inline flags) and so stays as is.
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
    for (int i = 0; i < src.length(); i++) {
      char c = src.charAt(i);
      if (c == '\\') {
        if (i + 1 >= src.length()) return null;
        char e = src.charAt(i + 1);
        // Only escapes whose letter is a fixed class or assertion keep their meaning untouched.
        if (Character.isLetter(e) && "bBwWdDsS".indexOf(e) < 0) return null;
        out.append(c).append(e);
        i++;
      } else if (c == '(' && i + 2 < src.length() && src.charAt(i + 1) == '?' && Character.isLetter(src.charAt(i + 2))) {
        return null; // an inline flag group
      } else if (c == '(' && src.startsWith("?<", i + 1) && i + 3 < src.length() && Character.isLetter(src.charAt(i + 3))) {
        int close = src.indexOf('>', i);
        if (close < 0) return null;
        out.append(src, i, close + 1); // a group's name is no text to match
        i = close;
      } else {
        out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
      }
    }
    return Pattern.compile(out.toString(), flags & ~Pattern.CASE_INSENSITIVE);
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
