package io.github.pmkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainText}'s one-pass tag removal and blank collapsing give exactly what the regexes
 * they replaced gave (kept here as the oracle), on random strings built from the fragments that
 * make the difference: block ends in both cases, unclosed and nested angle brackets, entities
 * that decode to markup, and every blank character.
 */
class PlainTextTest {
  private static final Pattern BLOCK_END =
      Pattern.compile("(?i)</(p|li|h[1-6]|pre|blockquote|tr|td|th|div|dd|dt)>|<br\\s*/?>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern BLANKS = Pattern.compile("[ \\t\\x0B\\f\\r]+");
  private static final Pattern LINE_BREAKS = Pattern.compile(" ?\n[ \n]*");

  private static final String[] FRAGMENTS = {"<p>", "</p>", "</P>", "</Li>", "</h2>", "</h7>", "</pre>", "</prex>",
      "</blockquote>", "<br>", "<BR />", "<br/ >", "<br\n/>", "<brx>", "<", ">", "</", "<a href=\"x\">", "</a>",
      "<h2 id=\"x\">", "&amp;", "&lt;p&gt;", "&#8217;", "&nbsp;", "&#0;", " ", "  ", "\t", "\n", "\r\n", "\u000B",
      "\f", "\u00A0", "x", "word", "é", "</td>", "<td>", "</div>"};

  private static String oracle(String html) {
    String s = TAG.matcher(BLOCK_END.matcher(html).replaceAll("\n")).replaceAll(" ");
    s = decode(s);
    return LINE_BREAKS.matcher(BLANKS.matcher(s).replaceAll(" ")).replaceAll("\n").strip();
  }

  /** The entity decoding of the old code, step three of the oracle. */
  private static String decode(String s) {
    StringBuilder out = new StringBuilder();
    java.util.regex.Matcher m = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);").matcher(s);
    int last = 0;
    while (m.find()) {
      out.append(s, last, m.start());
      String e = m.group(1);
      out.append(switch (e) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos" -> "'";
        case "nbsp" -> " ";
        default -> {
          int cp = e.charAt(1) == 'x' || e.charAt(1) == 'X' ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
          yield Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : " ";
        }
      });
      last = m.end();
    }
    return out.append(s.substring(last)).toString();
  }

  @Test
  void matchesTheRegexesItReplacedOnRandomMarkup() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    for (int t = 0; t < 20_000; t++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(12);
      for (int k = 0; k < len; k++) b.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
      String html = b.toString();
      assertThat(PlainText.of(html)).as("seed %d, input %s", seed, html.replace("\n", "\\n")).isEqualTo(oracle(html));
    }
  }

  @Test
  void manyUnclosedBracketsStayLinear() {
    String hostile = "<".repeat(200_000) + "x";
    assertThat(PlainText.of(hostile)).isEqualTo(hostile);
  }
}
