package io.github.pmkb.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.jbake.JBakeHeaderReader;
import io.github.pmkb.testing.SiteFixture;

/**
 * What the content stage hands on, so no later stage parses Markdown or reads the file again: the
 * plain text of the body, code block lines, sections with their text, source lines, and JBake
 * headers read from the decoded text.
 */
class ParsedDocTest {
  @TempDir Path tmp;

  private ParsedDoc read(String text, boolean escapeRawHtml) {
    Path root = SiteFixture.write(tmp, "-- site.properties --\nsite.title=x\n-- content/x.md --\n" + text);
    ContentParser p = new ContentParser(root, root.resolve("content"),
        JBakeHeaderReader.forSite(root, root.resolve("site.properties")), "~~~~~~", escapeRawHtml, 1 << 20);
    Diagnostics d = new Diagnostics();
    return p.read(root.resolve("content/x.md"), d).orElseThrow(() -> new AssertionError(d.list()));
  }

  @Test
  void plainTextEndsBlocksWithLineBreaksAndSetsInlineMarkupApart() {
    ParsedDoc doc = read("""
        # Outage

        The **disk**filled &amp; the `df -h` output
        showed 100%. See [the runbook](https://x.example/r).

        - one
        - two *items*

        | host | state |
        |------|-------|
        | db1  | full  |
        """, false);

    assertThat(doc.plainText()).isEqualTo("""
        The disk filled & the df -h output showed 100%. See the runbook .
        one
        two items
        host
        state
        db1
        full""");
  }

  @Test
  void plainTextLeavesImagesAndLinkDefinitionsOutAndKeepsTextOfRawHtml() throws Exception {
    java.nio.file.Files.createDirectories(tmp.resolve("content"));
    java.nio.file.Files.writeString(tmp.resolve("content/diagram.png"), "not really a picture");
    String md = "Before ![a diagram](diagram.png) after <b>bold</b> &copy;.\n\n[ref]: https://x.example\n";
    assertThat(read(md, false).plainText()).isEqualTo("Before after bold ©.");
    assertThat(read(md, true).plainText()).isEqualTo("Before after <b>bold</b> ©.");
    // A missing image is shown as its alt text, so its alt text is body text.
    assertThat(read("Before ![a sketch](gone.png) after.\n", false).plainText()).isEqualTo("Before a sketch after.");
  }

  @Test
  void plainTextOfManyUnclosedBracketsIsTheText() {
    String hostile = "<".repeat(200_000) + "x";
    assertThat(read(hostile + "\n", false).plainText()).isEqualTo(hostile);
  }

  @Test
  void codeBlocksAndSectionsCarryTheirLinesInTheFile() {
    ParsedDoc doc = read("""
        ---
        title: T
        ---
        # T

        ## Timeline

        ```
        10:00 paged
        ```

            indented 11:00

        ## Root cause
        A full disk.
        """, false);

    assertThat(doc.codeBlocks()).containsExactly(new LineRange(8, 10), new LineRange(12, 12));
    assertThat(doc.sections()).extracting(s -> s.heading().text()).containsExactly("T", "Timeline", "Root cause");
    assertThat(doc.sections().get(1).lines()).isEqualTo(new LineRange(6, 13));
    assertThat(doc.sections().get(2).lines()).isEqualTo(new LineRange(14, 15));
    assertThat(doc.sections().get(2).text()).isEqualTo("## Root cause\nA full disk.");
    assertThat(doc.lines(14, 15)).isEqualTo("## Root cause\nA full disk.\n");
    assertThat(doc.lines(15, 99)).isEqualTo("A full disk.\n");
  }

  @Test
  void aJBakeHeaderIsReadFromTheDecodedTextNotTheFile() throws Exception {
    // Latin-1 bytes: the file on disk is not UTF-8, the decoded text is.
    Path root = SiteFixture.write(tmp, "-- site.properties --\nsite.title=x\n");
    java.nio.file.Files.createDirectories(root.resolve("content"));
    java.nio.file.Files.write(root.resolve("content/x.md"),
        "title=Caf\u00e9 outage\ndate=2024-05-06\n~~~~~~\n\nBody.\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    ContentParser p = new ContentParser(root, root.resolve("content"),
        JBakeHeaderReader.forSite(root, root.resolve("site.properties")), "~~~~~~");
    ParsedDoc doc = p.read(root.resolve("content/x.md"), new Diagnostics()).orElseThrow();

    assertThat(doc.frontMatter().values()).containsEntry("title", "Caf\u00e9 outage")
        .containsEntry("date", java.time.LocalDate.of(2024, 5, 6));
  }
}
