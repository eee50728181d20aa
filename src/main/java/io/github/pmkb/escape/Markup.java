package io.github.pmkb.escape;

/**
 * Escapes text for HTML and XML content and attribute values: the SVG charts and the dev
 * server's error overlay build markup by hand, outside Pebble's autoescaping.
 */
public final class Markup {
  private Markup() {}

  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          // Control characters are not allowed in XML 1.0 documents.
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') b.append(c);
        }
      }
    }
    return b.toString();
  }
}
