package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.check.SiteChecker;
import io.github.pmkb.diag.PmkbException;

/**
 * A knowledge base is a folder with {@code content/}: no {@code site.properties}, no theme. The
 * theme built into pmkb does the rest, and a site changes only the files it puts in its own
 * {@code themes/default/} or {@code templates/}. Fixtures here are written file by file (no theme
 * is copied in, unlike {@code SiteFixture}).
 */
class BareFolderIT {
  @TempDir Path tmp;

  private Path kb(String... pathsAndTexts) throws IOException {
    Path root = tmp.resolve("kb");
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      Path f = root.resolve(pathsAndTexts[i]);
      Files.createDirectories(f.getParent());
      Files.writeString(f, pathsAndTexts[i + 1], StandardCharsets.UTF_8);
    }
    return root;
  }

  private BuildResult build(Path root, Optional<String> baseUrl) {
    return SiteBuilder.build(new BuildOptions(root, Optional.of(tmp.resolve("out")), baseUrl, false),
        SiteBuilder.Progress.NONE);
  }

  private static final String POSTMORTEM = """
      Cache node ran out of memory

      Summary
      On 3 March 2025 the cache node was killed by the kernel and checkout slowed for 40 minutes.

      Timeline
      10:00 UTC - Memory alert fires.
      10:40 UTC - Node replaced; latency normal.
      """;

  @Test
  void aFolderWithOnlyContentBuildsACompleteSite() throws IOException {
    Path root = kb("content/cache-oom.md", POSTMORTEM);
    BuildResult r = build(root, Optional.empty());
    assertThat(r.errors()).as(r.diagnostics().toString()).isZero();
    Path out = tmp.resolve("out");
    assertThat(out.resolve("incidents/cache-oom.html")).isRegularFile();
    assertThat(out.resolve("css/site.css")).isRegularFile();
    assertThat(SiteChecker.check(out, "/")).isEmpty();
    assertThat(root.resolve("themes")).doesNotExist();
  }

  @Test
  void theNotFoundPageLinksFromTheBaseUrlBecauseItIsServedAtAnyAddress() throws IOException {
    Path root = kb("content/cache-oom.md", POSTMORTEM);
    build(root, Optional.of("/kb/"));
    Path out = tmp.resolve("out");
    Document page = Jsoup.parse(out.resolve("404.html").toFile(), "UTF-8");
    assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/kb/css/site.css");
    assertThat(page.select("a[href], link[href], script[src], form[action]").eachAttr("href").stream()
        .filter(h -> !h.isEmpty() && !h.startsWith("#"))).allMatch(h -> h.startsWith("/kb/"), "starts with /kb/");
    assertThat(page.select("form[action]").eachAttr("action")).allMatch(h -> h.startsWith("/kb/"));
    // Other pages keep relative links, so the site also works from file://.
    Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    assertThat(home.select("link[rel=stylesheet]").attr("href")).isEqualTo("css/site.css");
    assertThat(SiteChecker.check(out, "/kb/")).isEmpty();
  }

  @Test
  void aSiteOverridesTheBuiltInThemeFileByFile() throws IOException {
    Path root = kb("content/cache-oom.md", POSTMORTEM,
        "themes/default/static/css/site.css", "body { color: rebeccapurple }\n",
        "templates/404.peb", "{% extends \"base\" %}{% block content %}<h1>Lost</h1>{% endblock %}\n");
    BuildResult r = build(root, Optional.empty());
    assertThat(r.errors()).as(r.diagnostics().toString()).isZero();
    Path out = tmp.resolve("out");
    assertThat(out.resolve("css/site.css")).hasContent("body { color: rebeccapurple }");
    assertThat(out.resolve("favicon.svg")).isRegularFile();
    assertThat(Jsoup.parse(out.resolve("404.html").toFile(), "UTF-8").select("h1").text()).isEqualTo("Lost");
    assertThat(Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8").select("nav a")).isNotEmpty();
  }

  @Test
  void draftsLeftOutAreCounted() throws IOException {
    Path root = kb("content/cache-oom.md", POSTMORTEM, "content/next.md", "---\ntitle: Next\nstatus: draft\n---\nSoon.\n");
    BuildResult r = build(root, Optional.empty());
    assertThat(r.incidents()).isEqualTo(1);
    assertThat(r.drafts()).isEqualTo(1);
  }

  @Test
  void aFolderWithoutContentIsNotAKnowledgeBase() throws IOException {
    Path root = kb("notes.txt", "not a knowledge base\n");
    assertThatThrownBy(() -> build(root, Optional.empty())).isInstanceOf(PmkbException.class)
        .hasMessage("no knowledge base here (no content/ folder); run `pmkb init DIR`");
  }
}
