package org.x.pmkb.search.export;

import java.util.Locale;

/** A minimal JSON writer with fixed key order, so exported bytes are deterministic. */
final class Json {
  private final StringBuilder out = new StringBuilder();

  Json raw(String s) {
    out.append(s);
    return this;
  }

  Json str(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          // U+2028/2029 are legal JSON but were illegal in JS strings; escape all controls too.
          if (c < 0x20 || c == '\u2028' || c == '\u2029') out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          else out.append(c);
        }
      }
    }
    out.append('"');
    return this;
  }

  Json num(long n) {
    out.append(n);
    return this;
  }

  /** A score with 5 significant digits: enough for 8-bit impacts, and locale-independent. */
  Json score(double d) {
    out.append(new java.math.BigDecimal(d).round(new java.math.MathContext(5)).stripTrailingZeros().toPlainString());
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
