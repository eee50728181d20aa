package io.github.pmkb.content;

/**
 * Lines {@code first} to {@code last} of a file, both 1-based and included.
 */
public record LineRange(int first, int last) {
  public LineRange {
    if (first < 1 || last < first) throw new IllegalArgumentException("lines " + first + "-" + last);
  }

  public boolean contains(int line) {
    return line >= first && line <= last;
  }
}
