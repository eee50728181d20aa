package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.testing.SiteFixture;

/** The three input forms (YAML front matter, JBake header, none) each produce their page. */
class InputFormsIT {
  @TempDir Path tmp;

  private static final String SITE = """
      -- site.properties --
      site.title=Fixture
      -- content/yaml.md --
      ---
      title: "From YAML: cache stampede"
      date: 2024-02-03
      tags: [cache, capacity]
      ---
      # A heading that is not the title

      Body text.
      -- content/jbake.md --
      title=From JBake: queue backlog
      date=2023-07-01
      tags=queue,capacity
      status=published
      ~~~~~~

      Backlog body.
      -- content/plain.md --
      Postmortem

      Disk filled up on the log host

      The log volume filled.
      -- content/heading.md --
      # Replica lag after vacuum

      Text.
      """;

  private String title(Path out, String slug) throws IOException {
    return Jsoup.parse(out.resolve("incidents/" + slug + ".html").toFile(), "UTF-8").selectFirst("h1").text();
  }

  @Test
  void eachInputFormGivesItsPageTheRightTitle() throws IOException {
    Path src = SiteFixture.write(tmp.resolve("src"), SITE);
    Path out = tmp.resolve("out");
    BuildResult r = SiteBuilder.build(new BuildOptions(src, Optional.of(out), Optional.empty(), false),
        SiteBuilder.Progress.NONE);

    assertThat(r.errors()).as(r.diagnostics().toString()).isZero();
    assertThat(title(out, "yaml")).isEqualTo("From YAML: cache stampede");
    assertThat(title(out, "jbake")).isEqualTo("From JBake: queue backlog");
    assertThat(title(out, "plain")).isEqualTo("Disk filled up on the log host");
    assertThat(title(out, "heading")).isEqualTo("Replica lag after vacuum");
  }

  @Test
  void tagsFromYamlAndJBakeHeadersMakeTagPagesWithCounts() throws IOException {
    Path src = SiteFixture.write(tmp.resolve("src"), SITE);
    Path out = tmp.resolve("out");
    SiteBuilder.build(new BuildOptions(src, Optional.of(out), Optional.empty(), false), SiteBuilder.Progress.NONE);

    var capacity = Jsoup.parse(out.resolve("tags/capacity.html").toFile(), "UTF-8");
    assertThat(capacity.select("ol.incidents li > a").eachText())
        .containsExactly("From YAML: cache stampede", "From JBake: queue backlog");
    var index = Jsoup.parse(out.resolve("tags/index.html").toFile(), "UTF-8");
    assertThat(index.select(".top-list li").eachText()).contains("capacity 2", "cache 1", "queue 1");
  }

  @Test
  void aBrokenFileIsReportedWithItsPositionAndTheOthersStillBuild() throws IOException {
    Path src = SiteFixture.write(tmp.resolve("src"), SITE + """
        -- content/broken.md --
        ---
        title: ok
        title: twice
        ---
        body
        """);
    Path out = tmp.resolve("out");
    BuildResult r = SiteBuilder.build(new BuildOptions(src, Optional.of(out), Optional.empty(), false),
        SiteBuilder.Progress.NONE);

    assertThat(r.errors()).isEqualTo(1);
    assertThat(r.diagnostics().get(0).format()).startsWith("content/broken.md:3:1: error[FM001]:");
    assertThat(out.resolve("incidents/yaml.html")).exists();
    assertThat(out.resolve("incidents/broken.html")).doesNotExist();
  }

  @Test
  void draftsAreLeftOutUnlessAskedFor() throws IOException {
    Path src = SiteFixture.write(tmp.resolve("src"), SITE + """
        -- content/wip.md --
        ---
        title: Still being written
        status: draft
        ---
        text
        """);
    Path out = tmp.resolve("out");
    SiteBuilder.build(new BuildOptions(src, Optional.of(out), Optional.empty(), false), SiteBuilder.Progress.NONE);
    assertThat(out.resolve("incidents/wip.html")).doesNotExist();

    SiteBuilder.build(new BuildOptions(src, Optional.of(out), Optional.empty(), true), SiteBuilder.Progress.NONE);
    assertThat(out.resolve("incidents/wip.html")).exists();
  }
}
