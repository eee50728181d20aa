package io.github.pmkb.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.build.BuildOptions;
import io.github.pmkb.build.BuildResult;
import io.github.pmkb.build.SiteBuilder;
import io.github.pmkb.testing.SiteFixture;

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
    assertThat(browse.select("section.facet h2 a").eachText())
        .containsExactly("Root cause", "Contributing cause", "Tag", "Severity", "Service", "Year");
    // Contributing causes are several per incident: each value's page lists exactly its count.
    var contributing = browse.select("section.facet:has(#facet-contributing) li");
    assertThat(contributing).isNotEmpty();
    int linked = 0;
    for (var li : contributing) {
      String href = li.selectFirst("a").attr("href");
      Document page = html(out.resolve(href));
      assertThat(page.select("ol.incidents li")).as(href).hasSize(Integer.parseInt(li.selectFirst(".count").text()));
      // Each incident listed there names the cause on its own page, linked back to this facet page.
      Path facetPage = out.resolve(href);
      for (var a : page.select("ol.incidents li > a")) {
        Path incident = facetPage.getParent().resolve(a.attr("href")).normalize();
        var dd = html(incident).select("dt:containsOwn(Root cause) + dd .contributing a");
        assertThat(dd.eachAttr("href").stream().map(h -> incident.getParent().resolve(h).normalize()).toList())
            .as(incident.toString()).contains(facetPage.normalize());
        linked++;
      }
    }
    assertThat(linked).isPositive();
    int years = 0;
    for (var li : browse.select("#facet-year ~ ul li, section.facet:has(#facet-year) li")) {
      String href = li.selectFirst("a").attr("href");
      int count = Integer.parseInt(li.selectFirst(".count").text());
      assertThat(html(out.resolve(href)).select("ol.incidents li")).as(href).hasSize(count);
      years += count;
    }
    assertThat(years).isEqualTo(html(out.resolve("index.html")).select("#incident-table td:first-child time").size());
    assertThat(out.resolve("facets/root-cause/index.html")).isRegularFile();
  }

  /** A knowledge base with the theme and an empty content folder, for generated postmortems. */
  private Path emptyKb(String name) throws IOException {
    Path kb = tmp.resolve(name);
    java.nio.file.Files.createDirectories(kb.resolve("content"));
    java.nio.file.Files.writeString(kb.resolve("site.properties"), "site.title=" + name + "\n");
    SiteFixture.copyTree(SiteFixture.repoRoot().resolve("themes"), kb.resolve("themes"));
    return kb;
  }

  @Test
  void tagAndFacetPagesListTheNewestThousandAndSayWhereTheRestAre() throws IOException {
    Path kb = emptyKb("many");
    for (int i = 0; i < 1005; i++) {
      java.nio.file.Files.writeString(kb.resolve("content/pm-" + i + ".md"), String.format(java.util.Locale.ROOT,
          "---\ntitle: Incident %d\ndate: %d-%02d-%02d\ntags: [many]\nservices: [cache]\n---\nIt broke.%n%n## Action items%n%n- [ ] Add an alert%n", i, 2020 + i / 336,
          1 + i / 28 % 12, 1 + i % 28));
    }
    Path out = tmp.resolve("many-site");
    BuildResult r = SiteBuilder.build(new BuildOptions(kb, Optional.of(out), Optional.empty(), false), SiteBuilder.Progress.NONE);
    assertThat(r.errors()).as(r.diagnostics().toString()).isZero();
    for (String stem : java.util.List.of("tags/many", "facets/service/cache")) {
      Document first = html(out.resolve(stem + ".html"));
      assertThat(first.select("p.list-caption").text())
          .startsWith("1005 incidents, newest first; the 1000 newest are listed here").contains("page 1 of 10");
      assertThat(first.select("p.list-caption a").eachAttr("href")).anyMatch(h -> h.endsWith("../archive.html"));
      Document last = html(out.resolve(stem + "/page/10.html"));
      assertThat(last.select("ol.incidents li")).hasSize(100);
      assertThat(last.select("ol.incidents li time").last().text()).isEqualTo("2020-01-06");
      assertThat(out.resolve(stem + "/page/11.html")).doesNotExist();
    }
    assertThat(html(out.resolve("tags/many.html")).select("p.list-caption a").eachAttr("href"))
        .contains("../search.html?f=tag:many&sort=date");
    assertThat(html(out.resolve("facets/service/cache.html")).select("p.list-caption a").eachAttr("href"))
        .contains("../../search.html?f=service:cache&sort=date");
    // The ledger lists the newest 1,000 incidents' actions too; its figures count all.
    Document ledger = html(out.resolve("actions.html"));
    assertThat(ledger.select("p.lead").text()).startsWith("1005 action items")
        .contains("the actions of the 1000 newest of the 1005 incidents with action items");
    assertThat(out.resolve("actions/page/10.html")).isRegularFile();
    assertThat(out.resolve("actions/page/11.html")).doesNotExist();
    // The table of all incidents still lists every one.
    assertThat(html(out.resolve("incidents/page/11.html")).select("#all-incidents tbody tr")).hasSize(5);
  }

  @Test
  void longListsArePagedWithLinksBothWays() throws IOException {
    // 230 postmortems share a tag and a year: three pages of 100, 100 and 30.
    Path kb = emptyKb("kb");
    for (int i = 0; i < 230; i++) {
      java.nio.file.Files.writeString(kb.resolve("content/pm-" + i + ".md"), String.format(java.util.Locale.ROOT,
          "---\ntitle: Incident %d\ndate: 2023-%02d-%02d\ntags: [paged]\nservices: [cache]\n---\nThe cache fell over.%n%n"
              + "## Action items%n%n- [ ] Add a cache alert (owner: sre)%n", i, 1 + i % 12, 1 + i % 28));
    }
    Path out = tmp.resolve("paged-site");
    BuildResult r = SiteBuilder.build(new BuildOptions(kb, Optional.of(out), Optional.empty(), false), SiteBuilder.Progress.NONE);
    assertThat(r.errors()).as(r.diagnostics().toString()).isZero();
    for (String first : java.util.List.of("tags/paged.html", "facets/year/2023.html")) {
      String stem = first.substring(0, first.length() - 5);
      Document p1 = html(out.resolve(first));
      Document p2 = html(out.resolve(stem + "/page/2.html"));
      Document p3 = html(out.resolve(stem + "/page/3.html"));
      assertThat(p1.select("ol.incidents li")).hasSize(100);
      assertThat(p2.select("ol.incidents li")).hasSize(100);
      assertThat(p3.select("ol.incidents li")).hasSize(30);
      assertThat(p2.select("p.list-caption").text()).startsWith("230 incidents, newest first; page 2 of 3.");
      assertThat(out.resolve(stem + "/page/4.html")).doesNotExist();
      assertThat(p1.select("nav.pager a[rel=next]").attr("href")).endsWith(stem.substring(stem.lastIndexOf('/') + 1) + "/page/2.html");
      assertThat(p1.select("nav.pager a[rel=prev]")).isEmpty();
      assertThat(p3.select("nav.pager a[rel=next]")).isEmpty();
      assertThat(out.resolve(stem + "/page").resolve(p3.select("nav.pager a[rel=prev]").attr("href")).normalize())
          .isEqualTo(out.resolve(stem + "/page/2.html"));
      // No incident is on two pages.
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Document d : java.util.List.of(p1, p2, p3)) seen.addAll(d.select("ol.incidents li > a").eachAttr("href"));
      assertThat(seen).hasSize(230);
      // Rows are compact: date, title and facts; the summary stays on the incident page.
      assertThat(p1.select("ol.incidents li").first().select("time").text()).matches("2023-\\d\\d-\\d\\d");
      assertThat(p1.text()).doesNotContain("The cache fell over");
    }
    // A year's (or root cause's, severity's, service's) rows open, with every column, in the filtered table of all incidents.
    assertThat(html(out.resolve("facets/year/2023.html")).select("p.list-caption a").attr("href"))
        .isEqualTo("../../incidents.html?year=2023");
    assertThat(html(out.resolve("tags/paged.html")).select("p.list-caption a")).isEmpty();
    // The 230 action items (one per postmortem) are paged the same way, under the same first address.
    Document a1 = html(out.resolve("actions.html"));
    Document a2 = html(out.resolve("actions/page/2.html"));
    Document a3 = html(out.resolve("actions/page/3.html"));
    assertThat(out.resolve("actions/page/4.html")).doesNotExist();
    assertThat(a1.select("#actions-table tbody tr:not(.group)")).hasSize(100);
    assertThat(a2.select("#actions-table tbody tr:not(.group)")).hasSize(100);
    assertThat(a3.select("#actions-table tbody tr:not(.group)")).hasSize(30);
    assertThat(a1.select("p.lead").text()).contains("230 action items");
    assertThat(a1.select("#actions-table caption").text()).contains("page 1 of 3");
    // The per-service summary is the ledger's, not a page's: only the first page carries it.
    assertThat(a1.select("details.by-service")).hasSize(1);
    assertThat(a2.select("details.by-service")).isEmpty();
    // The filters work on every page's items: the page's script reads them all from one file.
    assertThat(a1.select("form#action-filters").attr("data-source")).isEqualTo("data/actions.json");
    // The owners, root causes and services to offer are in one shared file, not on every page.
    assertThat(a2.select("form#action-filters").attr("data-choices")).isEqualTo("../../data/action-choices.json");
    assertThat(a2.select("form#action-filters select[name=owner] option")).hasSize(1);
    assertThat(java.nio.file.Files.readString(out.resolve("data/action-choices.json"))).contains("\"owners\":[\"sre\"");
    assertThat(java.nio.file.Files.readString(out.resolve("data/actions.json"))).contains("\"rows\":[[0,\"Add a cache alert\",\"sre\",");
    assertThat(a1.select("nav.pager a[rel=next]").attr("href")).isEqualTo("actions/page/2.html");
    assertThat(a3.select("nav.pager a[rel=prev]").attr("href")).isEqualTo("../../actions/page/2.html");
    assertThat(a2.select("#actions-table tr.group th > a").first().attr("href")).startsWith("../../incidents/");
    java.util.Set<String> incidents = new java.util.HashSet<>();
    for (Document d : java.util.List.of(a1, a2, a3)) incidents.addAll(d.select("#actions-table tr.group th > a").eachAttr("href").stream()
        .map(h -> h.substring(h.lastIndexOf('/'))).toList());
    assertThat(incidents).hasSize(230);
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
    // Links beside the page (incidents/x.html links to y.html) resolve to existing pages.
    for (var a : page.select("section.related a, nav.pager a")) {
      assertThat(out.resolve("incidents").resolve(a.attr("href"))).as(a.attr("href")).isRegularFile();
    }
    assertThat(page.select("nav.pager a")).isNotEmpty();
    assertThat(html(out.resolve("recurring.html")).select("h1").text()).isEqualTo("Recurring problems");
    assertThat(html(out.resolve("index.html")).select("#recurring-heading").text()).isEqualTo("Top recurring root causes");
  }
  @Test
  void aValueNamedIndexKeepsItsOwnPageApartFromTheFacetsIndex() throws IOException {
    Path kb = tmp.resolve("kb-index");
    java.nio.file.Files.createDirectories(kb.resolve("content"));
    java.nio.file.Files.writeString(kb.resolve("content/reindex.md"),
        "---\ntitle: Search reindex stalled\ndate: 2024-05-02\ntags: [index, search]\nservices: [index]\n---\nThe reindex job stalled.\n");
    Path out = tmp.resolve("index-site");
    BuildResult r = SiteBuilder.build(new BuildOptions(kb, Optional.of(out), Optional.empty(), false), SiteBuilder.Progress.NONE);
    assertThat(r.errors()).as(r.diagnostics().toString()).isZero();
    for (String folder : java.util.List.of("tags", "facets/service")) {
      // The folder's index still lists the facet's values, and links to the value's own page.
      Document index = html(out.resolve(folder + "/index.html"));
      assertThat(index.select("main ol.incidents")).as(folder).isEmpty();
      String href = index.select("main a").eachAttr("href").stream().filter(h -> h.endsWith("index_.html")).findFirst().orElseThrow();
      Document value = html(out.resolve(folder).resolve(href).normalize());
      assertThat(value.select("ol.incidents li")).as(href).hasSize(1);
      assertThat(value.select("h1").text()).containsIgnoringCase("index");
    }
  }
}
