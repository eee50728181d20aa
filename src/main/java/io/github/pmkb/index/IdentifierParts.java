package io.github.pmkb.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an identifier splits into parts: {@code db-prod-17} → db, prod, 17; {@code v2.14.3} → v,
 * 2, 14, 3; {@code OOMKilled} → OOM, Killed; {@code getUserId} → get, User, Id.
 *
 * <p>The rules, in the order a JavaScript port must apply them (one pass over UTF-16 chars):
 *
 * <ol>
 *   <li>any char that is not a letter, mark, digit or apostrophe ends a part and is dropped;
 *   <li>a letter after a digit, or a digit after a letter, starts a new part;
 *   <li>an upper-case letter after a lower-case one starts a new part ({@code getUser});
 *   <li>an upper-case letter between an upper-case one and a lower-case one starts a new part
 *       ({@code OOMKilled} → {@code OOM}, {@code Killed}).
 * </ol>
 *
 * Apostrophes stay inside parts so that the possessive filter can still strip {@code 's}.
 */
final class IdentifierParts {
  private IdentifierParts() {}

  /** Start and end offsets (end exclusive) of each part; one entry when the token does not split. */
  static List<int[]> of(char[] buf, int len) {
    List<int[]> parts = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      if (!isWordChar(c)) {
        if (start >= 0) parts.add(new int[] {start, i});
        start = -1;
        continue;
      }
      if (start >= 0 && i > start && startsPart(buf, len, i)) {
        parts.add(new int[] {start, i});
        start = i;
      }
      if (start < 0) start = i;
    }
    if (start >= 0) parts.add(new int[] {start, len});
    return parts;
  }

  /**
   * Whether the token is one part as it stands, for the common shapes that can be told at a
   * glance: a lower-case ASCII word, possibly capitalised, or ASCII digits. False means "maybe
   * not": ask {@link #of}.
   */
  static boolean isPlainWord(char[] buf, int len) {
    if (len == 0) return false;
    char first = buf[0];
    if (first >= '0' && first <= '9') {
      for (int i = 1; i < len; i++) if (buf[i] < '0' || buf[i] > '9') return false;
      return true;
    }
    if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) return false;
    for (int i = 1; i < len; i++) if (buf[i] < 'a' || buf[i] > 'z') return false;
    return true;
  }

  private static boolean startsPart(char[] buf, int len, int i) {
    char prev = buf[i - 1];
    char c = buf[i];
    if (prev == '\'' || prev == '\u2019' || c == '\'' || c == '\u2019') return false;
    if (Character.isDigit(prev) != Character.isDigit(c)) return true;
    if (Character.isLowerCase(prev) && Character.isUpperCase(c)) return true;
    return Character.isUpperCase(prev) && Character.isUpperCase(c) && i + 1 < len
        && Character.isLowerCase(buf[i + 1]);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || c == '\'' || c == '\u2019';
  }
}
