package io.github.pmkb.content.internal;

import java.util.Arrays;

/**
 * Maps character offsets of a text to 0-based line numbers by binary search.
 *
 * <p>flexmark's {@code Node.getStartLineNumber()} rescans the document from its start on every
 * call, which made line lookups quadratic in the document length (measured: most of the parse
 * stage's time on a 1k-document corpus). One table per document makes each lookup O(log lines).
 */
final class LineIndex {
  private final int[] starts;

  LineIndex(CharSequence text) {
    int[] s = new int[64];
    int n = 0;
    s[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == s.length) s = Arrays.copyOf(s, n * 2);
        s[n++] = i + 1;
      }
    }
    starts = Arrays.copyOf(s, n);
  }

  /** The 0-based line holding {@code offset}. */
  int lineOf(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }
}
