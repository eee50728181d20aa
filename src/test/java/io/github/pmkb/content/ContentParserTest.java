package io.github.pmkb.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.jbake.JBakeHeaderReader;
import io.github.pmkb.testing.SiteFixture;

class ContentParserTest {
  @TempDir Path tmp;

  private Optional<ParsedDoc> parse(String text, Diagnostics d) {
    Path root = SiteFixture.write(tmp, "-- content/x.md --\n" + text);
    ContentParser p = new ContentParser(root, root.resolve("content"),
        JBakeHeaderReader.forSite(root, root.resolve("site.properties")), "~~~~~~");
    return SourceReader.read(root, root.resolve("content/x.md"), d).flatMap(f -> p.parse(f, d));
  }

  @Test
  void yamlValuesKeepTheirKeyLines() {
    Diagnostics d = new Diagnostics();
    ParsedDoc doc = parse("---\ntitle: T\n\ntags: [a, b]\n---\n# H\n", d).orElseThrow();
    assertThat(d.list()).isEmpty();
    assertThat(doc.frontMatter().values()).containsEntry("title", "T");
    assertThat(doc.frontMatter().lineOf("tags")).isEqualTo(4);
    assertThat(doc.outline().headings()).singleElement().satisfies(h -> {
      assertThat(h.text()).isEqualTo("H");
      assertThat(h.line()).isEqualTo(6);
    });
  }

  @Test
  void yamlSyntaxErrorsPointAtTheLineInTheFile() {
    Diagnostics d = new Diagnostics();
    assertThat(parse("---\ntitle: T\ntags: [a, b\n---\nbody\n", d)).isEmpty();
    Diagnostic e = d.list().get(0);
    assertThat(e.code()).isEqualTo("FM001");
    assertThat(e.at().file()).isEqualTo("content/x.md");
    // The line and column of the '[' that is never closed, not the line after it.
    assertThat(e.at().line()).isEqualTo(3);
    assertThat(e.at().column()).isEqualTo(7);
  }

  @Test
  void hostileYamlBecomesADiagnosticNotAnException() {
    Diagnostics d = new Diagnostics();
    assertThat(parse("---\n!o%e\n---\n", d)).isEmpty();
    assertThat(d.list()).extracting(Diagnostic::code).containsExactly("FM001");
  }

  @Test
  void rawHtmlIsEscapedNotRun() {
    Diagnostics d = new Diagnostics();
    ParsedDoc doc = parse("Hello <script>alert(1)</script>\n", d).orElseThrow();
    assertThat(doc.bodyHtml()).doesNotContain("<script>").contains("&lt;script&gt;");
  }

  @Test
  void bomAndCrlfAreNormalised() {
    Diagnostics d = new Diagnostics();
    ParsedDoc doc = parse("\uFEFF# Title\r\n\r\nText\r\n", d).orElseThrow();
    assertThat(doc.source().text()).isEqualTo("# Title\n\nText\n");
    assertThat(doc.outline().headings().get(0).text()).isEqualTo("Title");
  }

  @Test
  void aMissingLocalImageIsAWarningWithItsPosition() {
    Diagnostics d = new Diagnostics();
    ParsedDoc doc = parse("# T\n\nSee ![diagram](missing.png) here\n", d).orElseThrow();
    assertThat(d.list()).extracting(Diagnostic::format)
        .containsExactly("content/x.md:3:5: warning[LNK001]: image 'missing.png' not found; showing its alt text");
    assertThat(doc.bodyHtml()).doesNotContain("<img").contains("diagram");
  }

  @Test
  void aLeadingH1ThatRepeatsTheTitleIsLeftOutAndTheSectionsBelowThePageTitleKeepLevelTwo() {
    Diagnostics d = new Diagnostics();
    ParsedDoc doc = parse("# Replica lag\n\n## Summary\n\ntext\n", d).orElseThrow();
    assertThat(doc.bodyHtml()).doesNotContain("Replica lag").contains("<h2").doesNotContain("<h1").doesNotContain("<h3");
    assertThat(doc.outline().headings()).extracting(Outline.Heading::level).containsExactly(1, 2);
  }

  @Test
  void aLeadingH1IsKeptWhenFrontMatterGivesAnotherTitle() {
    Diagnostics d = new Diagnostics();
    ParsedDoc doc = parse("---\ntitle: Other\n---\n# Replica lag\n\ntext\n", d).orElseThrow();
    assertThat(doc.bodyHtml()).contains("Replica lag");
  }

  @Test
  void anImageInsideARemovedImageKeepsItsPosition() {
    // Jazzer found this: the outer image is replaced by its text first, detaching the inner one.
    Diagnostics d = new Diagnostics();
    assertThat(parse("# T\n\n![a ![i](missing.png) b](missing.png)\n", d)).isPresent();
    assertThat(d.list()).extracting(Diagnostic::code).containsExactly("LNK001", "LNK001");
    assertThat(d.list()).extracting(x -> x.at().line()).containsOnly(3);
  }
}
