package org.x.pmkb.index;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a rendered HTML body, for indexing and snippets: tags removed (block ends become
 * line breaks so sentences do not run together), the entities our Markdown renderer writes
 * decoded, runs of spaces collapsed.
 */
final class PlainText {
  private static final Pattern BLOCK_END =
      Pattern.compile("(?i)</(p|li|h[1-6]|pre|blockquote|tr|td|th|div|dd|dt)>|<br\\s*/?>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");

  private PlainText() {}

  static String of(String html) {
    String s = BLOCK_END.matcher(html).replaceAll("\n");
    s = TAG.matcher(s).replaceAll(" ");
    s = decode(s);
    s = LINE_BREAKS.matcher(BLANKS.matcher(s).replaceAll(" ")).replaceAll("\n");
    return s.strip();
  }

  private static String decode(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      String e = m.group(1);
      String r = switch (e) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos" -> "'";
        case "nbsp" -> " ";
        default -> codePoint(e);
      };
      m.appendReplacement(out, Matcher.quoteReplacement(r));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String codePoint(String e) {
    int cp = e.charAt(1) == 'x' || e.charAt(1) == 'X' ? Integer.parseInt(e.substring(2), 16)
        : Integer.parseInt(e.substring(1));
    return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : " ";
  }

  private static final Pattern BLANKS = Pattern.compile("[ \\t\\x0B\\f\\r]+");
  private static final Pattern LINE_BREAKS = Pattern.compile(" ?\n[ \n]*");
}
