package io.github.pmkb.escape;

/**
 * The one HTML and XML escaper, for content and attribute values: Pebble's autoescaping (through
 * {@code render.HtmlEscaper}), the SVG charts and the dev server's error overlay. {@code < > & "
 * '} become {@code &lt; &gt; &amp; &quot; &#39;}; control characters other than tab, line feed
 * and carriage return are dropped, as XML 1.0 does not allow them (the feed and the sitemap are
 * XML).
 */
public final class Markup {
  private Markup() {}

  /** {@code s} escaped; {@code s} itself when nothing needs escaping. */
  public static String escape(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      if (changes(s.charAt(i))) return escapeFrom(s, i);
    }
    return s;
  }

  private static boolean changes(char c) {
    return c == '<' || c == '>' || c == '&' || c == '"' || c == '\'' || c < 0x20 && c != '\t' && c != '\n' && c != '\r';
  }

  private static String escapeFrom(String s, int first) {
    StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        // HTML 4 has no named reference for the apostrophe: decimal, as Pebble's own escaper wrote it.
        case '\'' -> b.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') b.append(c);
        }
      }
    }
    return b.toString();
  }
}
