package io.github.pmkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.index.IndexBuilder;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Severity;
import io.github.pmkb.testing.Postmortems;

class SearcherTest {
  @TempDir static Path tmp;
  static Searcher searcher;

  @BeforeAll
  static void index() {
    Corpus corpus = new Corpus(List.of(
        Postmortems.of("oom", "Workers ran out of memory", "2023-05-01", "memory-leak", List.of("api"), Severity.SEV1, 40,
            List.of("jvm"), "<p>The JVM ran out of memory on db-prod-17 after v2.14.3 shipped.</p>", List.of()),
        Postmortems.withContributing(Postmortems.of("lb", "Load balancer dropped connections", "2024-02-01", "network-partition",
            List.of("edge"), Severity.SEV2, 20, List.of(), "<p>The load balancer health checks failed.</p>", List.of()), "dns"),
        Postmortems.withContributing(Postmortems.of("cert", "Expired certificates", "2025-01-10", "certificate-expiry",
            List.of("edge"), Severity.SEV1, 90, List.of(), "<p>Two certificates expired; INC-4821 tracked the renewal.</p>",
            List.of()), "config-error", "dns"),
        Postmortems.of("leak", "Memory grew slowly", "2024-08-01", "memory-leak", List.of("api"), Severity.SEV3, 15,
            List.of(), "<p>A leak in the cache; memory grew for days until the pods were OOMKilled.</p>", List.of())));
    searcher = Searcher.open(IndexBuilder.build(corpus, tmp.resolve("index")).dir(), Synonyms.defaults());
  }

  @AfterAll
  static void close() {
    searcher.close();
  }

  static List<String> slugs(String query) {
    return searcher.search(SearchQuery.parse(query), 10, Highlight.TEXT).hits().stream().map(SearchHit::slug).toList();
  }

  @Test
  void synonymsFindEachOtherBothWays() {
    assertThat(slugs("OOM")).containsExactlyInAnyOrder("oom", "leak");
    assertThat(slugs("LB")).containsExactly("lb");
    assertThat(slugs("cert")).containsExactly("cert");
    assertThat(slugs("\"out of memory\"")).contains("oom", "leak");
    assertThat(slugs("OOMKilled")).containsExactlyInAnyOrder("oom", "leak"); // in the OOM group too
  }

  @Test
  void identifiersMatchWholeAndByParts() {
    assertThat(slugs("db-prod-17")).containsExactly("oom");
    assertThat(slugs("prod")).containsExactly("oom");
    assertThat(slugs("v2.14.3")).containsExactly("oom");
    assertThat(slugs("4821")).containsExactly("cert");
    assertThat(slugs("killed")).containsExactly("leak"); // the second part of OOMKilled
  }

  @Test
  void filtersExclusionsAndDatesNarrowAndFacetsCountTheWholeResult() {
    SearchResult r = searcher.search(SearchQuery.parse("memory"), 1, Highlight.TEXT);
    assertThat(r.total()).isEqualTo(2);
    assertThat(r.hits()).hasSize(1);
    assertThat(r.facets().get("root_cause")).containsEntry("memory-leak", 2);
    assertThat(r.facets().get("severity")).containsOnlyKeys("SEV1", "SEV3");
    assertThat(slugs("memory severity:sev1")).containsExactly("oom");
    assertThat(slugs("memory -severity:SEV1")).containsExactly("leak");
    assertThat(slugs("-memory")).containsExactlyInAnyOrder("lb", "cert");
    assertThat(searcher.search(SearchQuery.parse("edge").with(List.of(), java.util.Optional.of(java.time.LocalDate.parse("2025-01-01"))),
        10, Highlight.TEXT).hits()).extracting(SearchHit::slug).containsExactly("cert");
    SearchResult none = searcher.search(SearchQuery.parse("memory severity:SEV9"), 10, Highlight.TEXT);
    assertThat(none.total()).isZero();
    assertThat(none.notes()).containsExactly("no incident has severity=SEV9");
  }

  @Test
  void contributingCausesFilterAndCountLikeOtherFacets() {
    assertThat(slugs("contributing:dns")).containsExactlyInAnyOrder("lb", "cert");
    assertThat(slugs("contributing:config-error")).containsExactly("cert");
    assertThat(slugs("edge -contributing:config-error")).containsExactly("lb");
    SearchResult r = searcher.search(SearchQuery.parse("edge"), 10, Highlight.TEXT);
    assertThat(r.facets().get("contributing")).containsEntry("dns", 2).containsEntry("config-error", 1);
  }

  @Test
  void onlyStopWordsFindNothingAndSaySo() {
    SearchResult r = searcher.search(SearchQuery.parse("the of"), 10, Highlight.TEXT);
    assertThat(r.total()).isZero();
    assertThat(r.notes()).hasSize(1);
  }

  @Test
  void snippetsMarkStemmedMatches() {
    SearchHit hit = searcher.search(SearchQuery.parse("certificate"), 10, Highlight.TEXT).hits().get(0);
    assertThat(hit.snippet()).contains("**certificates**");
    assertThat(hit.title()).isEqualTo("Expired certificates");
    assertThat(hit.date()).isEqualTo("2025-01-10");
    assertThat(hit.rootCause()).isEqualTo("certificate-expiry");
    SearchHit html = searcher.search(SearchQuery.parse("INC-4821"), 10, Highlight.HTML).hits().get(0);
    assertThat(html.snippet()).contains("<mark>INC-4821</mark>");
  }
}
