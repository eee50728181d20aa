package io.github.pmkb.search.export;


/** A minimal JSON writer with fixed key order, so exported bytes are deterministic. */
final class Json {
  private final StringBuilder out = new StringBuilder();

  Json raw(String s) {
    out.append(s);
    return this;
  }

  Json str(String s) {
    io.github.pmkb.escape.JsonString.appendQuoted(out, s);
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

  /** Characters written so far. */
  int length() {
    return out.length();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
