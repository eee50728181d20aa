package io.github.pmkb.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.build.BuildOptions;
import io.github.pmkb.build.BuildResult;
import io.github.pmkb.build.LoadedSite;
import io.github.pmkb.build.SiteBuilder;
import io.github.pmkb.check.IncidentReport;
import io.github.pmkb.escape.Json;
import io.github.pmkb.config.ConfigLoader;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.testing.SiteFixture;

/** The streamed API shards are the documents a whole-string export writes, byte for byte; the index lists them. */
class ApiExportTest {
  @TempDir Path tmp;

  private static final String SITE = """
      -- site.properties --
      site.title=Api
      -- content/2024/alpha.md --
      ---
      title: "Alpha \\"quoted\\" outage — façade"
      date: 2024-03-01
      tags: [db, "ünïcode"]
      ---
      # Alpha

      ## Timeline

      - 10:00 UTC Alerts fired for the façade
      - 10:30 UTC Mitigated by a rollback \\ with a backslash

      ## Root cause

      A memory leak in the billing service.

      ## Action items

      - [ ] Add a heap alert (owner: ops)
      -- content/2024/bravo.md --
      ---
      title: Bravo outage
      date: 2024-02-01
      ---
      Bravo body, tab\there.
      -- content/2023/charlie.md --
      # Charlie with no front matter

      Nothing else is known.
      """;

  private Corpus corpus(Path root) {
    return LoadedSite.of(root).corpus();
  }

  /** A shard as one map of the whole document, one string: what streaming must reproduce. */
  private static String wholeDocument(ApiExport.Incidents shard) {
    List<Object> incidents = new ArrayList<>();
    for (Postmortem p : shard.postmortems()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("slug", p.slug());
      m.put("url", Permalinks.incident(p.slug()));
      Map<String, Object> report = IncidentReport.of(p.sourcePath(), Optional.of(p), List.of());
      report.remove("diagnostics");
      report.remove("sections");
      if (!shard.timeline()) report.remove("timeline");
      m.putAll(report);
      incidents.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", ApiExport.VERSION);
    root.put("year", shard.year());
    root.put("count", incidents.size());
    root.put("incidents", incidents);
    return Json.write(root) + "\n";
  }

  @Test
  void streamedShardsEqualTheWholeDocumentsByteForByte() throws IOException {
    Corpus corpus = corpus(SiteFixture.write(tmp.resolve("src"), SITE));
    assertThat(corpus.size()).isEqualTo(3);
    List<ApiExport.Incidents> shards = ApiExport.shards(corpus, true);
    assertThat(shards).extracting(ApiExport.Incidents::year).containsExactly(2024, null);
    assertThat(shards.get(0).postmortems()).hasSize(2);
    for (ApiExport.Incidents shard : shards) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      shard.writeTo(out);
      String expected = wholeDocument(shard);
      assertThat(out.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
      assertThat(shard.toString()).isEqualTo(expected).doesNotContain("\"sections\"");
    }
    assertThat(shards.get(0).toString()).contains("façade", "—", "\\\"quoted\\\"", "\\\\ with");
  }

  @Test
  void theIndexListsEveryShardWithItsCountAndPath() {
    List<ApiExport.Incidents> shards = ApiExport.shards(corpus(SiteFixture.write(tmp.resolve("src"), SITE)), false);
    assertThat(ApiExport.index(shards)).isEqualTo("{\"version\":4,\"count\":3,\"shards\":["
        + "{\"year\":2024,\"count\":2,\"url\":\"api/incidents-2024.json\"},"
        + "{\"year\":null,\"count\":1,\"url\":\"api/incidents-undated.json\"}]}\n");
  }

  @Test
  void exportsAreEqualWhenOnlyBodiesDifferSoAnEditOfABodyDoesNotRewriteTheFile() {
    Corpus before = corpus(SiteFixture.write(tmp.resolve("before"), SITE));
    Corpus body = corpus(SiteFixture.write(tmp.resolve("body"), SITE.replace("Bravo body,", "Bravo body, revised,")));
    Corpus title = corpus(SiteFixture.write(tmp.resolve("title"), SITE.replace("title: Bravo outage", "title: Bravo")));
    assertThat(body.postmortems()).isNotEqualTo(before.postmortems());
    assertThat(ApiExport.shards(body, false)).isEqualTo(ApiExport.shards(before, false));
    assertThat(ApiExport.shards(title, false)).isNotEqualTo(ApiExport.shards(before, false));
  }

  @Test
  void anEmptyCorpusHasNoShardsAndAnEmptyIndex() {
    assertThat(ApiExport.shards(new Corpus(List.of()), false)).isEmpty();
    assertThat(ApiExport.index(List.of())).isEqualTo("{\"version\":4,\"count\":0,\"shards\":[]}\n");
  }

  @Test
  void onlyTheDefaultThemesPlainTemplateIsStreamed() throws IOException {
    Path root = SiteFixture.write(tmp.resolve("plain"), SITE);
    SiteConfig config = ConfigLoader.load(root).config().orElseThrow();
    assertThat(ApiExport.isPlainTemplate(config)).isTrue();
    Path own = config.templateOverrideDir().resolve("api-json.peb");
    Files.createDirectories(own.getParent());
    Files.writeString(own, "{{ json | raw }}{# the site's own #}");
    assertThat(ApiExport.isPlainTemplate(config)).isFalse();
  }

  @Test
  void aSitesOwnTemplateRendersTheSameDocumentAsTheStreamedOne() throws IOException {
    Path plain = SiteFixture.write(tmp.resolve("plain"), SITE);
    Path own = SiteFixture.write(tmp.resolve("own"), SITE + "-- templates/api-json.peb --\n{{ json | raw }}{# own #}");
    BuildResult a = SiteBuilder.build(new BuildOptions(plain, Optional.of(tmp.resolve("out-plain")), Optional.empty(),
        false), SiteBuilder.Progress.NONE);
    BuildResult b = SiteBuilder.build(new BuildOptions(own, Optional.of(tmp.resolve("out-own")), Optional.empty(),
        false), SiteBuilder.Progress.NONE);
    assertThat(a.written()).isTrue();
    assertThat(b.written()).isTrue();
    for (ApiExport.Incidents shard : ApiExport.shards(corpus(plain), false)) {
      String streamed = Files.readString(tmp.resolve("out-plain").resolve(shard.path()));
      assertThat(streamed).isEqualTo(wholeDocument(shard));
      assertThat(Files.readString(tmp.resolve("out-own").resolve(shard.path()))).isEqualTo(streamed);
    }
  }

  @Test
  void siteApiFalseLeavesOutTheExportAndTheFootersLinkToIt() throws IOException {
    Path off = SiteFixture.write(tmp.resolve("off"), SITE.replace("site.title=Api\n", "site.title=Api\nsite.api=false\n"));
    Path on = SiteFixture.write(tmp.resolve("on"), SITE);
    for (Path root : List.of(off, on)) {
      assertThat(SiteBuilder.build(new BuildOptions(root, Optional.of(root.resolve("out")), Optional.empty(), false),
          SiteBuilder.Progress.NONE).written()).isTrue();
    }
    assertThat(off.resolve("out/api")).doesNotExist();
    assertThat(Files.readString(off.resolve("out/index.html"))).doesNotContain("api/");
    assertThat(on.resolve("out/api/index.json")).exists();
    assertThat(on.resolve("out/api/incidents-2024.json")).exists();
    assertThat(on.resolve("out/api/incidents-undated.json")).exists();
    assertThat(Files.readString(on.resolve("out/index.html"))).contains("api/index.json");
  }

  @Test
  void timelineEventsAreInTheRecordsOnlyWithSiteApiFull() throws IOException {
    Path facts = SiteFixture.write(tmp.resolve("facts"), SITE);
    Path full = SiteFixture.write(tmp.resolve("full"), SITE.replace("site.title=Api\n", "site.title=Api\nsite.api=full\n"));
    for (Path root : List.of(facts, full)) {
      assertThat(SiteBuilder.build(new BuildOptions(root, Optional.of(root.resolve("out")), Optional.empty(), false),
          SiteBuilder.Progress.NONE).written()).isTrue();
    }
    String slim = Files.readString(facts.resolve("out/api/incidents-2024.json"));
    String whole = Files.readString(full.resolve("out/api/incidents-2024.json"));
    assertThat(slim).doesNotContain("\"timeline\"", "Alerts fired").contains("\"started_at\"", "\"actions\"",
        "Add a heap alert");
    assertThat(whole).contains("\"timeline\":[{", "Alerts fired for the façade");
    assertThat(ApiExport.shards(corpus(facts), true)).isNotEqualTo(ApiExport.shards(corpus(facts), false));
  }

  @Test
  void siteApiTakesOnlyTrueFullOrFalse() {
    Path root = SiteFixture.write(tmp.resolve("bad"), SITE.replace("site.title=Api\n", "site.title=Api\nsite.api=no\n"));
    var result = ConfigLoader.load(root);
    assertThat(result.config()).isEmpty();
    assertThat(result.diagnostics().toString()).contains("CFG003", "site.api must be true, full or false");
  }
}
