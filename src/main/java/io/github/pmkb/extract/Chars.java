package io.github.pmkb.extract;

/**
 * Character tests with the meaning of java.util.regex's ASCII classes, for the cheap pre-checks
 * that decide whether a costly pattern needs to run at all: a pre-check must never say no where
 * the pattern could match.
 */
final class Chars {
  private Chars() {}

  /** {@code \d}: an ASCII digit. */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code \s}: space, tab, line feed, vertical tab, form feed or carriage return. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * {@code text.substring(from, to)} in lower case, cut from {@code lowerCased} (all of {@code text}
   * in lower case) when lowering kept every offset, as it does unless a character changes length.
   */
  static String lowerSlice(String text, String lowerCased, int from, int to) {
    return lowerCased.length() == text.length() ? lowerCased.substring(from, to)
        : text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether {@code text} has a {@code \d}. */
  static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isDigit(text.charAt(i))) return true;
    }
    return false;
  }

  /** Whether {@code text} contains any of {@code words}: the one such test of the pre-checks. */
  static boolean containsAny(String text, java.util.List<String> words) {
    for (String w : words) {
      if (text.contains(w)) return true;
    }
    return false;
  }
}
