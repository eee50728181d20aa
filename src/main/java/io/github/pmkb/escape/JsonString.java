package io.github.pmkb.escape;

import java.util.Locale;

/**
 * JSON string literals (RFC 8259), shared by every JSON pmkb writes: {@code inspect}, {@code
 * check}, {@code search --json} and the browser-search export. U+2028 and U+2029 are escaped too:
 * legal in JSON, they end a line in older JavaScript.
 */
public final class JsonString {
  private JsonString() {}

  public static String quoted(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    appendQuoted(sb, s);
    return sb.toString();
  }

  public static void appendQuoted(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          else sb.append(c);
        }
      }
    }
    sb.append('"');
  }
}
