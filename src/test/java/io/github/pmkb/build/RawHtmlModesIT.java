package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.testing.SiteFixture;

/** What each {@code content.rawHtml} mode and {@code content.maxFileSize} do to a built page. */
class RawHtmlModesIT {
  @TempDir Path tmp;

  private static final String BODY = """
      -- content/a.md --
      # A

      <details><summary>More</summary><b>kept</b></details>
      <script>window.x=1</script><img src="https://example.com/g.png" onerror="alert(1)">
      """;

  private String page(String properties) throws IOException {
    Path src = SiteFixture.write(tmp.resolve(properties.isEmpty() ? "default" : properties.replaceAll("\\W", "_")),
        "-- site.properties --\n" + properties + "\n" + BODY);
    Path out = src.resolveSibling(src.getFileName() + "-out");
    BuildResult r = SiteBuilder.build(new BuildOptions(src, Optional.of(out), Optional.empty(), false),
        SiteBuilder.Progress.NONE);
    assertThat(r.errors()).as(r.diagnostics().toString()).isZero();
    return Files.readString(out.resolve("incidents/a.html"), StandardCharsets.UTF_8);
  }

  @Test
  void sanitizeKeepsSafeHtmlAndDropsScripts() throws IOException {
    String html = page("");
    assertThat(html).contains("<details><summary>More</summary><b>kept</b></details>",
        "src=\"https://example.com/g.png\"");
    assertThat(html).doesNotContain("window.x", "onerror");
  }

  @Test
  void escapeShowsHtmlAsText() throws IOException {
    String html = page("content.rawHtml=escape");
    assertThat(html).contains("&lt;details&gt;").doesNotContain("<details>", "<script>window");
  }

  @Test
  void escapeStillDropsScriptUrlsThatMarkdownMakes() throws IOException {
    // The content stage escapes raw HTML but keeps Markdown's link and image URLs as written:
    // the render-time sanitising is what removes these.
    Path src = SiteFixture.write(tmp.resolve("script-urls"), """
        -- site.properties --
        content.rawHtml=escape
        -- content/b.md --
        # B

        Second paragraph with [a link](javascript:alert(1)) and [another](JavaScript:alert(2)).

        ![chart](javascript:alert(3)) and [ok](https://example.com/x).
        """);
    Path out = tmp.resolve("script-urls-out");
    BuildResult r = SiteBuilder.build(new BuildOptions(src, Optional.of(out), Optional.empty(), false),
        SiteBuilder.Progress.NONE);
    assertThat(r.errors()).as(r.diagnostics().toString()).isZero();
    String html = Files.readString(out.resolve("incidents/b.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("a link", "href=\"https://example.com/x\"");
    assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("javascript:");
  }

  @Test
  void trustKeepsHtmlAsWritten() throws IOException {
    assertThat(page("content.rawHtml=trust")).contains("<script>window.x=1</script>");
  }

  @Test
  void theFileSizeLimitIsConfigurable() throws IOException {
    Path src = SiteFixture.write(tmp.resolve("limit"), "-- site.properties --\ncontent.maxFileSize=1KB\n"
        + "-- content/small.md --\n# Small\n-- content/big.md --\n# Big\n\n" + "x".repeat(2000) + "\n");
    BuildResult r = SiteBuilder.build(new BuildOptions(src, Optional.of(tmp.resolve("limit-out")), Optional.empty(),
        false), SiteBuilder.Progress.NONE);
    assertThat(r.diagnostics()).extracting(d -> d.code() + " " + d.at().file()).containsExactly("SRC001 content/big.md");
    assertThat(tmp.resolve("limit-out/incidents/small.html")).exists();
    assertThat(tmp.resolve("limit-out/incidents/big.html")).doesNotExist();
  }
}
