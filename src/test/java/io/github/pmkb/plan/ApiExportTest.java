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

/** The streamed {@code api/incidents.json} is the document the whole-string export wrote, byte for byte. */
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

  /** How the export was written before it was streamed: one map of the whole document, one string. */
  private static String wholeDocument(Corpus corpus) {
    List<Object> incidents = new ArrayList<>();
    for (Postmortem p : corpus.postmortems()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("slug", p.slug());
      m.put("url", Permalinks.incident(p.slug()));
      Map<String, Object> report = IncidentReport.of(p.sourcePath(), Optional.of(p), List.of());
      report.remove("diagnostics");
      m.putAll(report);
      incidents.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", ApiExport.VERSION);
    root.put("count", incidents.size());
    root.put("incidents", incidents);
    return Json.write(root) + "\n";
  }

  @Test
  void streamedDocumentEqualsTheWholeDocumentByteForByte() throws IOException {
    Corpus corpus = corpus(SiteFixture.write(tmp.resolve("src"), SITE));
    assertThat(corpus.size()).isEqualTo(3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ApiExport.Incidents.of(corpus).writeTo(out);
    String expected = wholeDocument(corpus);
    assertThat(expected).contains("façade", "—", "\\\"quoted\\\"", "\\\\ with");
    assertThat(out.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    assertThat(ApiExport.Incidents.of(corpus).toString()).isEqualTo(expected);
  }

  @Test
  void exportsAreEqualWhenOnlyBodiesDifferSoAnEditOfABodyDoesNotRewriteTheFile() {
    Corpus before = corpus(SiteFixture.write(tmp.resolve("before"), SITE));
    Corpus body = corpus(SiteFixture.write(tmp.resolve("body"), SITE.replace("Bravo body,", "Bravo body, revised,")));
    Corpus title = corpus(SiteFixture.write(tmp.resolve("title"), SITE.replace("title: Bravo outage", "title: Bravo")));
    assertThat(body.postmortems()).isNotEqualTo(before.postmortems());
    assertThat(ApiExport.Incidents.of(body)).isEqualTo(ApiExport.Incidents.of(before));
    assertThat(ApiExport.Incidents.of(title)).isNotEqualTo(ApiExport.Incidents.of(before));
  }

  @Test
  void anEmptyCorpusIsAnEmptyList() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ApiExport.Incidents.of(new Corpus(List.of())).writeTo(out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(wholeDocument(new Corpus(List.of())))
        .isEqualTo("{\"version\":2,\"count\":0,\"incidents\":[]}\n");
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
    String streamed = Files.readString(tmp.resolve("out-plain/api/incidents.json"));
    assertThat(streamed).isEqualTo(wholeDocument(corpus(plain)));
    assertThat(Files.readString(tmp.resolve("out-own/api/incidents.json"))).isEqualTo(streamed);
  }

  @Test
  void siteApiFalseLeavesOutTheExportAndTheFootersLinkToIt() throws IOException {
    Path off = SiteFixture.write(tmp.resolve("off"), SITE.replace("site.title=Api\n", "site.title=Api\nsite.api=false\n"));
    Path on = SiteFixture.write(tmp.resolve("on"), SITE);
    for (Path root : List.of(off, on)) {
      assertThat(SiteBuilder.build(new BuildOptions(root, Optional.of(root.resolve("out")), Optional.empty(), false),
          SiteBuilder.Progress.NONE).written()).isTrue();
    }
    assertThat(off.resolve("out/api/incidents.json")).doesNotExist();
    assertThat(Files.readString(off.resolve("out/index.html"))).doesNotContain("api/incidents.json");
    assertThat(on.resolve("out/api/incidents.json")).exists();
    assertThat(Files.readString(on.resolve("out/index.html"))).contains("api/incidents.json");
  }

  @Test
  void siteApiTakesOnlyTrueOrFalse() {
    Path root = SiteFixture.write(tmp.resolve("bad"), SITE.replace("site.title=Api\n", "site.title=Api\nsite.api=no\n"));
    var result = ConfigLoader.load(root);
    assertThat(result.config()).isEmpty();
    assertThat(result.diagnostics().toString()).contains("CFG003", "site.api must be true or false");
  }
}
