package org.x.pmkb.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.x.pmkb.testing.SiteFixture;

/** Facet pages, browse, recurring problems and related incidents on the example site. */
class FacetPagesIT {
  @TempDir Path tmp;

  private Path build() {
    Path out = tmp.resolve("site");
    BuildResult r = SiteBuilder.build(new BuildOptions(SiteFixture.repoRoot(), Optional.of(out), Optional.empty(), false),
        SiteBuilder.Progress.NONE);
    assertThat(r.errors()).as(r.diagnostics().toString()).isZero();
    return out;
  }

  private static Document html(Path p) throws IOException {
    return Jsoup.parse(p.toFile(), "UTF-8");
  }

  @Test
  void browsePageListsEveryFacetWithCountsThatMatchItsPages() throws IOException {
    Path out = build();
    Document browse = html(out.resolve("browse.html"));
    assertThat(browse.select("section.facet h2").eachText()).containsExactly("Root cause", "Tag", "Severity", "Service", "Year");
    int years = 0;
    for (var li : browse.select("#facet-year ~ ul li, section.facet:has(#facet-year) li")) {
      String href = li.selectFirst("a").attr("href");
      int count = Integer.parseInt(li.selectFirst(".n").text());
      assertThat(html(out.resolve(href)).select("ol.incidents > li")).as(href).hasSize(count);
      years += count;
    }
    assertThat(years).isEqualTo(html(out.resolve("index.html")).select("#incident-table time[datetime]").size());
    assertThat(out.resolve("facets/root-cause/index.html")).isRegularFile();
  }

  @Test
  void incidentPagesListAtMostFiveRelatedIncidentsWithReasons() throws IOException {
    Path out = build();
    Document page = html(out.resolve("incidents/backend-service-memory-leak.html"));
    var related = page.select("section.related li");
    assertThat(related).hasSizeBetween(1, 5);
    assertThat(related.select(".why").eachText()).allMatch(s -> s.matches("\\((same root cause|same service|similar text)( · .*)?\\)"));
    // Four other postmortems are about memory leaks: they come first.
    assertThat(related.subList(0, 4).stream().map(e -> e.selectFirst("a").attr("href")).toList())
        .allMatch(h -> h.contains("memory-leak") || h.contains("oom-killed"));
    assertThat(html(out.resolve("recurring.html")).select("h1").text()).isEqualTo("Recurring problems");
    assertThat(html(out.resolve("index.html")).select("#recurring-heading").text()).isEqualTo("Top recurring root causes");
  }
}
