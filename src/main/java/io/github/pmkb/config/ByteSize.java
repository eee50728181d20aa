package io.github.pmkb.config;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses sizes such as {@code 16MB}, {@code 512 KiB} or {@code 1048576}; units are binary (1K = 1024). */
final class ByteSize {
  private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*([kmg]?)(?:i?b)?");

  private ByteSize() {}

  static Optional<Long> parse(String v) {
    Matcher m = SIZE.matcher(v.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) return Optional.empty();
    long n = Long.parseLong(m.group(1));
    int shift = switch (m.group(2)) {
      case "k" -> 10;
      case "m" -> 20;
      case "g" -> 30;
      default -> 0;
    };
    if (n == 0 || n > (Long.MAX_VALUE >> shift)) return Optional.empty();
    return Optional.of(n << shift);
  }
}
