package org.x.pmkb.render.chart;

/** Escapes text for XML content and attribute values. */
final class Xml {
  private Xml() {}

  static String escape(String s) {
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
