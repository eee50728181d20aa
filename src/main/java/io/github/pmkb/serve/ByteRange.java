package io.github.pmkb.serve;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of an HTTP {@code Range} header ({@code bytes=10-19}, {@code bytes=10-}, {@code
 * bytes=-5}), as first and last byte offsets, inclusive. Several ranges in one header are not
 * served: the browser search never asks for them.
 */
final class ByteRange {
  private static final Pattern SINGLE = Pattern.compile("\\s*bytes\\s*=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*");

  private ByteRange() {}

  /** The range within a body of {@code length} bytes, or empty when it cannot be served (416). */
  static Optional<long[]> parse(String header, long length) {
    Matcher m = SINGLE.matcher(header);
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) return Optional.empty();
    try {
      if (m.group(1).isEmpty()) {
        long suffix = Long.parseLong(m.group(2));
        if (suffix == 0 || length == 0) return Optional.empty();
        return Optional.of(new long[] {Math.max(0, length - suffix), length - 1});
      }
      long from = Long.parseLong(m.group(1));
      long to = m.group(2).isEmpty() ? length - 1 : Math.min(Long.parseLong(m.group(2)), length - 1);
      if (from >= length || to < from) return Optional.empty();
      return Optional.of(new long[] {from, to});
    } catch (NumberFormatException e) {
      return Optional.empty(); // more digits than a long holds
    }
  }
}
