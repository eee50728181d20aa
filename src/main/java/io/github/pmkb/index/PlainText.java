package io.github.pmkb.index;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a rendered HTML body, for indexing and snippets: tags removed (block ends become
 * line breaks so sentences do not run together), the entities our Markdown renderer writes
 * decoded, runs of spaces collapsed.
 */
final class PlainText {
  private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");

  private PlainText() {}

  static String of(String html) {
    return collapse(decode(withoutTags(html))).strip();
  }

  /**
   * Block ends ({@code </p>}, {@code </li>}, {@code </h1>} to {@code </h6>}, {@code </pre>},
   * {@code </blockquote>}, {@code </tr>}, {@code </td>}, {@code </th>}, {@code </div>}, {@code
   * </dd>}, {@code </dt>} in any case, and {@code <br>} with optional blanks and slash) become line
   * breaks and other tags (from {@code <} to the next {@code >}, read after block ends are
   * replaced) spaces, in one pass: with regexes, turning bodies into text was about a tenth of the
   * indexing time (JFR, 10k synthetic corpus).
   */
  static String withoutTags(String html) {
    StringBuilder out = new StringBuilder(html.length());
    boolean closes = true;
    int n = html.length();
    for (int i = 0; i < n; ) {
      char c = html.charAt(i);
      if (c == '<') {
        int end = blockEndAt(html, i);
        if (end > 0) {
          out.append('\n');
          i = end;
          continue;
        }
        // Once no '>' follows, none follows any later '<' either: stop looking (linear time).
        end = closes ? tagEndAt(html, i) : -1;
        if (end > 0) {
          out.append(' ');
          i = end;
          continue;
        }
        closes = false;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** The end of a block-end tag at {@code i} ({@code </p>}, {@code <br/>}...), or -1. */
  private static int blockEndAt(String h, int i) {
    int n = h.length();
    if (i + 2 >= n) return -1;
    char c1 = h.charAt(i + 1);
    if (c1 == '/') {
      int k = i + 2;
      while (k < n && k - i < 14 && isAsciiLetterOrDigit(h.charAt(k))) k++;
      return k < n && h.charAt(k) == '>' && BLOCKS.contains(h.substring(i + 2, k).toLowerCase(Locale.ROOT)) ? k + 1 : -1;
    }
    if ((c1 == 'b' || c1 == 'B') && (h.charAt(i + 2) == 'r' || h.charAt(i + 2) == 'R')) {
      int k = i + 3;
      while (k < n && isRegexSpace(h.charAt(k))) k++;
      if (k < n && h.charAt(k) == '/') k++;
      if (k < n && h.charAt(k) == '>') return k + 1;
    }
    return -1;
  }

  /**
   * The end of the tag opened at {@code i}: after the first {@code >} that is not part of a block
   * end (block ends were already line breaks when tags are read), or -1.
   */
  private static int tagEndAt(String h, int i) {
    for (int j = i + 1; j < h.length(); ) {
      int blockEnd = h.charAt(j) == '<' ? blockEndAt(h, j) : -1;
      if (blockEnd > 0) {
        j = blockEnd;
      } else if (h.charAt(j) == '>') {
        return j + 1;
      } else {
        j++;
      }
    }
    return -1;
  }

  /** Runs of blanks become one space, or one line break when they hold a line break. */
  private static String collapse(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      if (c != '\n' && !isBlank(c)) {
        out.append(c);
        i++;
        continue;
      }
      boolean lineBreak = false;
      while (i < n && (s.charAt(i) == '\n' || isBlank(s.charAt(i)))) {
        lineBreak |= s.charAt(i) == '\n';
        i++;
      }
      out.append(lineBreak ? '\n' : ' ');
    }
    return out.toString();
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isRegexSpace(char c) {
    return c == '\n' || isBlank(c);
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static final Set<String> BLOCKS =
      Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "tr", "td", "th", "div", "dd", "dt");

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
}
