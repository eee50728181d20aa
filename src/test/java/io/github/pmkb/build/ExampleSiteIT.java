package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.check.SiteChecker;
import io.github.pmkb.testing.SiteFixture;

/** Builds the repository's own example knowledge base, as a new user's first command does. */
class ExampleSiteIT {
  @TempDir Path tmp;

  private BuildResult build(Path out, Optional<String> baseUrl) {
    return SiteBuilder.build(new BuildOptions(SiteFixture.repoRoot(), Optional.of(out), baseUrl, false),
        SiteBuilder.Progress.NONE);
  }

  @Test
  void buildsTheExampleSiteWithoutErrorsAndWithEveryPageKind() throws IOException {
    Path out = tmp.resolve("site");
    BuildResult r = build(out, Optional.empty());

    assertThat(r.errors()).as(r.diagnostics().toString()).isZero();
    assertThat(r.written()).isTrue();
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(out.resolve(".nojekyll")).exists();
    assertThat(out.resolve("tags/index.html")).isRegularFile();
    assertThat(out.resolve("css/site.css")).isRegularFile();
    try (Stream<Path> s = Files.list(out.resolve("incidents"))) {
      assertThat(s.filter(p -> p.toString().endsWith(".html")).count()).isGreaterThanOrEqualTo(8);
    }
    try (Stream<Path> s = Files.list(out.resolve("tags"))) {
      assertThat(s.count()).isGreaterThan(1);
    }
  }

  @Test
  void everyInternalLinkAndAssetResolvesAtTheRootAndUnderAProjectPath() {
    Path root = tmp.resolve("root");
    build(root, Optional.empty());
    assertThat(SiteChecker.check(root, "/")).isEmpty();

    Path project = tmp.resolve("project");
    build(project, Optional.of("/repo-name/"));
    assertThat(SiteChecker.check(project, "/repo-name/")).isEmpty();
  }

  @Test
  void homePageListsIncidentsNewestFirstWithDateTitleAndTags() throws IOException {
    Path out = tmp.resolve("site");
    build(out, Optional.empty());
    var doc = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    var dates = doc.select("#incident-table td:first-child time").eachText();
    assertThat(dates).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(doc.select("#incident-table td.title-cell a").eachText())
        .contains("Database failover stalled writes for 47 minutes", "Internal DNS zone change broke service discovery")
        .anySatisfy(t -> assertThat(t).startsWith("Web application outage: memory leak"));
    // Tags are a compact list, each count inside its tag's link.
    assertThat(doc.select(".top-list a .name").eachText()).contains("dns", "database");
    assertThat(doc.select(".top-list a").first().select(".count").text()).matches("\\d+");
    assertThat(doc.select(".totals dd").eachText()).first().isEqualTo("9");
    assertThat(doc.select("#incident-table thead th").eachText())
        .containsExactly("Date", "Incident", "Root cause", "Severity", "Duration", "Services");
    // Root cause, severity and service cells link to their pages.
    assertThat(doc.select("#incident-table td:nth-child(3) a")).hasSize(dates.size());
    assertThat(doc.select("#incident-table td:nth-child(6) a").eachAttr("href")).allMatch(h -> h.startsWith("facets/service/"));
  }

  @Test
  void feedAndSitemapAreWellFormedAndUseTheFullUrlWhenGiven() throws Exception {
    Path out = tmp.resolve("site");
    build(out, Optional.of("https://org.github.io/repo-name/"));
    var xml = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    xml.setNamespaceAware(true);
    var feed = xml.newDocumentBuilder().parse(out.resolve("feed.xml").toFile());
    assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isGreaterThanOrEqualTo(8);
    assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(1).getTextContent())
        .startsWith("https://org.github.io/repo-name/incidents/");
    var sitemap = xml.newDocumentBuilder().parse(out.resolve("sitemap.xml").toFile());
    var locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
    assertThat(locs.getLength()).isGreaterThan(10);
    for (int i = 0; i < locs.getLength(); i++) {
      String loc = locs.item(i).getTextContent();
      assertThat(loc).startsWith("https://org.github.io/repo-name/");
      String rel = loc.substring("https://org.github.io/repo-name/".length());
      assertThat(out.resolve(rel.isEmpty() ? "index.html" : rel)).isRegularFile();
    }
    assertThat(out.resolve("robots.txt")).content().contains("Sitemap: https://org.github.io/repo-name/sitemap.xml");
  }

  @Test
  void analyticsActionsAndArchiveCoverTheWholeCorpus() throws IOException {
    Path out = tmp.resolve("site");
    build(out, Optional.empty());
    var analytics = Jsoup.parse(out.resolve("analytics.html").toFile(), "UTF-8");
    assertThat(analytics.select("svg[role=img]")).hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(svg -> assertThat(svg.select("title").text() + svg.select("desc").text()).isNotBlank());
    // One label per root cause on every page: the taxonomy's.
    assertThat(analytics.select("table.data").text()).contains("Memory leak").doesNotContain("memory-leak", "memory leak");
    assertThat(analytics.select("figcaption").eachText()).anyMatch(t -> t.startsWith("Incidents per month"));

    var actions = Jsoup.parse(out.resolve("actions.html").toFile(), "UTF-8");
    // One group per incident: its heading row links to the incident, its rows are the items.
    var groups = actions.select("#actions-table tbody");
    assertThat(groups).isNotEmpty().allSatisfy(g -> {
      assertThat(g.select("tr.group th[scope=rowgroup] > a[href]")).hasSize(1);
      assertThat(out.resolve(g.selectFirst("tr.group th > a").attr("href"))).isRegularFile();
      assertThat(g.select("tr:not(.group)")).isNotEmpty();
    });
    assertThat(actions.select("#actions-table .status").eachText()).contains("done", "open", "not stated");
    assertThat(actions.select("nav.pager")).isEmpty();

    var archive = Jsoup.parse(out.resolve("archive.html").toFile(), "UTF-8");
    var home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    assertThat(archive.select("ol.incidents li > a").eachAttr("href"))
        .containsExactlyInAnyOrderElementsOf(home.select("#incident-table td.title-cell a").eachAttr("href"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void apiExportParsesAndMatchesTheModel() throws IOException {
    Path out = tmp.resolve("site");
    BuildResult r = build(out, Optional.empty());
    org.openqa.selenium.json.Json json = new org.openqa.selenium.json.Json();
    Map<String, Object> index = json.toType(Files.readString(out.resolve("api/index.json")), Map.class);
    assertThat(((Number) index.get("count")).intValue()).isEqualTo(r.incidents());
    List<Map<String, Object>> incidents = new java.util.ArrayList<>();
    for (Map<String, Object> shard : (List<Map<String, Object>>) index.get("shards")) {
      Map<String, Object> doc = json.toType(Files.readString(out.resolve((String) shard.get("url"))), Map.class);
      assertThat(doc.get("year")).isEqualTo(shard.get("year"));
      List<Map<String, Object>> some = (List<Map<String, Object>>) doc.get("incidents");
      assertThat(some).hasSize(((Number) shard.get("count")).intValue());
      incidents.addAll(some);
    }
    assertThat(incidents).hasSize(r.incidents());
    for (Map<String, Object> i : incidents) {
      assertThat(out.resolve((String) i.get("url"))).isRegularFile();
      assertThat(i).containsKeys("title", "date", "started_at", "resolved_at", "duration_minutes", "severity",
          "services", "root_cause", "tags", "actions").doesNotContainKey("sections").doesNotContainKey("timeline");
    }
    Map<String, Object> seed = incidents.stream().filter(i -> i.get("slug").equals("monitoring-dashboard-memory-leak"))
        .findFirst().orElseThrow();
    assertThat(seed.get("root_cause")).isEqualTo("memory-leak");
    assertThat(((Number) seed.get("duration_minutes")).intValue()).isEqualTo(150);
    assertThat(seed.get("started_at")).isEqualTo("2025-03-03T02:15Z");
  }

  @Test
  void everyPageHasExactlyOneH1() throws IOException {
    Path out = tmp.resolve("site");
    build(out, Optional.empty());
    try (Stream<Path> s = Files.walk(out)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".html")).toList()) {
        assertThat(Jsoup.parse(p.toFile(), "UTF-8").select("h1")).as(out.relativize(p).toString()).hasSize(1);
      }
    }
  }

  @Test
  void twoBuildsOfTheSameInputAreByteIdentical() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    build(a, Optional.empty());
    build(b, Optional.empty());
    assertThat(SiteFixture.snapshot(b)).isEqualTo(SiteFixture.snapshot(a));
  }
}
