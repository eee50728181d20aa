package io.github.pmkb.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import io.github.pmkb.content.internal.MarkdownRenderer;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.testing.SiteFixture;

/** A postmortem pasted as plain text (no Markdown heading) renders as the document its author wrote. */
class FreeFormBodyTest {
  private static final Path ROOT = Path.of("kb").toAbsolutePath();

  private static MarkdownRenderer.Rendered render(String body) {
    return new MarkdownRenderer().render(body, 1, "content/x.md", ROOT.resolve("content"), ROOT,
        ROOT.resolve("content"), null, new Diagnostics());
  }

  private static String fixture() throws IOException {
    try (InputStream in = FreeFormBodyTest.class.getResourceAsStream("/free-form/queue-backlog.md")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Document html(String body) {
    return Jsoup.parseBodyFragment(render(body).html());
  }

  @Test
  void plainHeadingLinesRenderAsHeadings() throws IOException {
    Document doc = html(fixture());
    assertThat(doc.select("h2").eachText()).containsExactly("Incident Report", "Summary", "Timeline", "Root Cause and Resolution",
        "Corrective and preventive measures");
    assertThat(doc.select("h2").eachAttr("id")).contains("summary", "root-cause-and-resolution");
  }

  @Test
  void theTitleLineIsLeftToThePageAndIndentedTextIsNotCode() throws IOException {
    Document doc = html(fixture());
    // "   #Postmortem" is a heading missing its space; as the body's first line it is the title.
    assertThat(doc.select("h1")).isEmpty();
    assertThat(doc.text()).doesNotContain("#Postmortem");
    assertThat(doc.select("pre")).singleElement().satisfies(pre ->
        assertThat(pre.text()).isEqualTo("indented line inside a fence stays code"));
    assertThat(doc.select("p").eachText()).anyMatch(t -> t.contains("team Give receipts a dedicated"));
  }

  @Test
  void timeStampedLinesBecomeAList() throws IOException {
    Element list = html(fixture()).selectFirst("h2#timeline + ul");
    assertThat(list).isNotNull();
    assertThat(list.select("li").eachText()).hasSize(4).first().asString().startsWith("07:40 UTC - The nightly");
  }

  @Test
  void lineBreaksStayWhereTheAuthorPutThem() throws IOException {
    Document doc = html(fixture());
    Element owner = doc.select("p").stream().filter(p -> p.text().startsWith("Impact:")).findFirst().orElseThrow();
    assertThat(owner.select("br")).hasSize(3);
    assertThat(owner.text()).endsWith("longer than five minutes.");
    assertThat(owner.selectFirst("strong").text()).isEqualTo("Impact:");
  }

  @Test
  void proseWrappedByAnEditorIsJoined() {
    String wrapped = "The pool ran out of connections because every worker kept one open while it\n"
        + "waited for the lock, and the lock holder itself was waiting for a connection.\n";
    assertThat(html(wrapped).select("br")).isEmpty();
  }

  @Test
  void theOutlineIsWhatTheAuthorWroteNotTheLayout() throws IOException {
    MarkdownRenderer.Rendered r = render(fixture());
    // Extraction reads titles and sections from the outline: the layout must not change them.
    assertThat(r.outline().headings()).isEmpty();
  }

  @Test
  void theSeedsShowTheirPlainHeadingLinesAsHeadings() throws IOException {
    Path seeds = SiteFixture.repoRoot().resolve("../shared/seeds").normalize();
    assumeTrue(Files.isDirectory(seeds), "../shared/seeds not found: seed rendering skipped");
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path seed : files.sorted().toList()) {
        Document doc = html(Files.readString(seed, StandardCharsets.UTF_8));
        assertThat(doc.select("h2").eachText()).as(seed.getFileName().toString())
            .anyMatch(h -> h.toLowerCase(Locale.ROOT).contains("timeline"))
            .anyMatch(h -> h.toLowerCase(Locale.ROOT).contains("root cause"));
        // Each timeline line is an item of its own, not a run-on paragraph.
        assertThat(doc.select("li").eachText()).as(seed.getFileName().toString()).hasSizeGreaterThanOrEqualTo(5);
      }
    }
  }

  @Test
  void markdownWithHeadingsIsLeftAsWritten() {
    Document doc = html("## Timeline\n\n    indented code\n\n10:00 - a\n10:05 - b\n");
    assertThat(doc.select("pre")).hasSize(1);
    assertThat(doc.select("ul")).isEmpty();
  }

  @Test
  void aBodyStartingAtLevelTwoKeepsItsLevels() {
    assertThat(html("## Impact\n\ntext\n\n### Detail\n\nmore\n").select("h2, h3").eachAttr("id"))
        .containsExactly("impact", "detail");
    assertThat(html("## Impact\n\ntext\n").select("h2")).hasSize(1);
    assertThat(html("# One\n\ntext\n\n# Two\n\nmore\n").select("h2")).hasSize(1);
  }
}
