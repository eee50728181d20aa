package io.github.pmkb.content.internal;

import java.util.Locale;
import java.util.Set;

/**
 * The text of raw HTML written in Markdown (kept as HTML when the site does not escape it): each
 * tag becomes a space, a tag that ends a block ({@code </p>}, {@code </li>}, {@code </td>},
 * {@code <br>} and the like) a line break, and the entities of plain text ({@code &amp;}, {@code
 * &lt;}, {@code &gt;}, {@code &quot;}, {@code &apos;}, {@code &nbsp;} and numeric ones) their
 * character. A {@code <} that no {@code >} closes is text.
 */
final class RawHtmlText {
  private static final Set<String> BLOCK_ENDS =
      Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "tr", "td", "th", "div", "dd", "dt");

  private RawHtmlText() {}

  static void append(CharSequence html, StringBuilder out) {
    int n = html.length();
    for (int i = 0; i < n; ) {
      char c = html.charAt(i);
      if (c == '<') {
        int end = indexOf(html, '>', i + 1);
        if (end > 0) {
          out.append(endsBlock(html, i, end) ? '\n' : ' ');
          i = end + 1;
          continue;
        }
      } else if (c == '&') {
        int end = entityEnd(html, i);
        if (end > 0) {
          out.append(entity(html.subSequence(i + 1, end).toString()));
          i = end + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
  }

  private static int indexOf(CharSequence s, char c, int from) {
    for (int i = from; i < s.length(); i++) if (s.charAt(i) == c) return i;
    return -1;
  }

  /** Whether the tag from {@code <} at {@code start} to {@code >} at {@code end} closes a block or breaks a line. */
  private static boolean endsBlock(CharSequence h, int start, int end) {
    String tag = h.subSequence(start + 1, end).toString().strip().toLowerCase(Locale.ROOT);
    if (tag.startsWith("/")) return BLOCK_ENDS.contains(tag.substring(1).strip());
    return tag.equals("br") || tag.equals("br/") || tag.startsWith("br ") && tag.substring(2).strip().matches("/?");
  }

  /** The index of the {@code ;} ending an entity that starts at {@code i}, or -1. */
  private static int entityEnd(CharSequence s, int i) {
    int semi = indexOf(s, ';', i + 1);
    if (semi < 0 || semi - i > 9) return -1;
    String name = s.subSequence(i + 1, semi).toString();
    return name.matches("#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp") ? semi : -1;
  }

  private static String entity(String name) {
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> " ";
      default -> {
        int cp = name.charAt(1) == 'x' || name.charAt(1) == 'X' ? Integer.parseInt(name.substring(2), 16)
            : Integer.parseInt(name.substring(1));
        yield Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : " ";
      }
    };
  }
}
