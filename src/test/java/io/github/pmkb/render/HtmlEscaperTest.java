package io.github.pmkb.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unbescape.html.HtmlEscape;

/**
 * {@link HtmlEscaper} writes what Pebble's own {@code html} strategy (unbescape) writes, except
 * that control characters XML does not allow are dropped rather than kept.
 */
class HtmlEscaperTest {
  private final HtmlEscaper escaper = new HtmlEscaper();

  @Test
  void escapesEveryCharAndCodePointAsUnbescapeDoes() {
    // Every UTF-16 unit alone (lone surrogates included), then every supplementary code point.
    for (int c = 0; c <= 0xFFFF; c++) {
      String s = "a" + (char) c + "b";
      boolean xmlInvalid = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
      assertThat(escaper.escape(s)).as("U+%04X", c).isEqualTo(xmlInvalid ? "ab" : HtmlEscape.escapeHtml4Xml(s));
    }
    for (int cp = 0x10000; cp <= Character.MAX_CODE_POINT; cp++) {
      String s = new String(Character.toChars(cp));
      assertThat(escaper.escape(s)).as("U+%X", cp).isEqualTo(HtmlEscape.escapeHtml4Xml(s));
    }
  }

  @Test
  void escapesMixedTextAsUnbescapeDoes() {
    String alphabet = "<>&\"'a é€😀\n\t;#=/\\`";
    Random random = new Random(9);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) s.appendCodePoint(alphabet.codePointAt(
          alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      assertThat(escaper.escape(s.toString())).isEqualTo(HtmlEscape.escapeHtml4Xml(s.toString()));
    }
  }

  @Test
  void autoescapedValuesInTemplatesGoThroughIt(@TempDir Path theme) throws IOException {
    Files.writeString(theme.resolve("page.peb"), "<p title=\"{{ v }}\">{{ v }}</p>", StandardCharsets.UTF_8);
    String v = "<b onclick=\"x('1')\">A & B</b>";
    String html = new TemplateRenderer(theme.resolve("none"), java.util.List.of(theme)).render("page", Map.of("v", v));
    String e = HtmlEscape.escapeHtml4Xml(v);
    assertThat(html).isEqualTo("<p title=\"" + e + "\">" + e + "</p>");
  }
}
