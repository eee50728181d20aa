package io.github.pmkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.model.Severity;
import io.github.pmkb.testing.Postmortems;

class IndexBuilderTest {
  @TempDir Path tmp;

  static final String[] CAUSES = {"memory-leak", "dns", "disk-full", "unknown"};
  static final String[] SERVICES = {"api", "billing", "search", "auth"};
  static final String[] WORDS = {"heap", "resolver", "volume", "latency", "pods", "queue", "cache", "retry"};

  /** Random postmortems; the seed is printed so a failure can be replayed. */
  static List<Postmortem> random(long seed, int n) {
    System.out.println("IndexBuilderTest seed " + seed);
    Random r = new Random(seed);
    List<Postmortem> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> services = new ArrayList<>();
      for (String s : SERVICES) if (r.nextInt(3) == 0) services.add(s);
      List<String> tags = r.nextBoolean() ? List.of("t" + r.nextInt(3)) : List.of();
      String day = r.nextInt(5) == 0 ? null : String.format(java.util.Locale.ROOT, "20%02d-%02d-%02d",
          20 + r.nextInt(5), 1 + r.nextInt(12), 1 + r.nextInt(28));
      Severity sev = r.nextInt(4) == 0 ? null : Severity.values()[r.nextInt(4)];
      StringBuilder body = new StringBuilder("<p>");
      for (int w = 0; w < 30; w++) body.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
      out.add(Postmortems.of("pm-" + i, "Incident " + i, day, CAUSES[r.nextInt(CAUSES.length)], services, sev,
          r.nextInt(300), tags, body.append("</p>").toString(), List.of()));
    }
    return out;
  }

  @Test
  void facetCountsAgreeWithADirectCountOverTheModel() {
    long seed = System.nanoTime();
    List<Postmortem> pms = random(seed, 120);
    IndexSnapshot snap = IndexBuilder.build(new Corpus(pms), tmp.resolve("index"));

    Map<String, Map<String, Integer>> direct = new TreeMap<>();
    for (Postmortem p : pms) {
      FacetValues.of(p).forEach((dim, vals) -> vals.forEach(
          v -> direct.computeIfAbsent(dim, d -> new TreeMap<>()).merge(v, 1, Integer::sum)));
    }
    direct.values().removeIf(Map::isEmpty);
    Map<String, Map<String, Integer>> indexed = new TreeMap<>();
    snap.facets().forEach((dim, counts) -> counts.forEach(
        c -> indexed.computeIfAbsent(dim, d -> new TreeMap<>()).put(c.value(), c.count())));
    assertThat(indexed).as("seed " + seed).isEqualTo(direct);
    assertThat(snap.documents()).isEqualTo(120);
  }

  @Test
  void indexingInPartsGivesTheSameIndexAsOneWriter() throws Exception {
    long seed = System.nanoTime();
    Corpus corpus = new Corpus(random(seed, 150));
    IndexSnapshot one = IndexBuilder.build(corpus, tmp.resolve("one"), 1);
    IndexSnapshot three = IndexBuilder.build(corpus, tmp.resolve("three"), 3);
    assertThat(three.facets()).as("seed " + seed).isEqualTo(one.facets());
    assertThat(three.related()).as("seed " + seed).isEqualTo(one.related());
    // The parts stay separate segments; read as a whole they export exactly what one writer gives.
    var exportOne = io.github.pmkb.search.export.BrowserIndex.export(one.dir(), slug -> slug + ".html");
    var exportThree = io.github.pmkb.search.export.BrowserIndex.export(three.dir(), slug -> slug + ".html");
    assertThat(exportThree.keySet()).isEqualTo(exportOne.keySet());
    for (String f : exportOne.keySet()) assertThat(exportThree.get(f)).as(f).isEqualTo(exportOne.get(f));
    // Doc ids follow the corpus (the browser export relies on it), and the parts' folders are gone.
    for (IndexSnapshot snap : List.of(one, three)) {
      try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(snap.dir()))) {
        var stored = reader.storedFields();
        for (int d = 0; d < corpus.size(); d++) {
          assertThat(stored.document(d).get(Fields.SLUG)).as("doc " + d).isEqualTo(corpus.postmortems().get(d).slug());
        }
      }
      try (var files = java.nio.file.Files.list(snap.dir())) {
        assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("part-"));
      }
    }
  }

  @Test
  void relatedIncidentsPreferTheSameRootCauseAndSayWhy() {
    String leak = "<p>The heap grew until the pods were OOMKilled; a memory leak in the cache.</p>";
    List<Postmortem> pms = List.of(
        Postmortems.of("a", "Leak in api", "2024-01-01", "memory-leak", List.of("api"), Severity.SEV2, 30, List.of(), leak, List.of()),
        Postmortems.of("b", "Leak in billing", "2024-02-01", "memory-leak", List.of("billing"), null, 60, List.of(), leak, List.of()),
        Postmortems.of("c", "Resolver outage", "2024-03-01", "dns", List.of("api"), null, 10, List.of(),
            "<p>The resolver returned SERVFAIL for every lookup.</p>", List.of()),
        Postmortems.of("d", "Disk full", "2024-04-01", "disk-full", List.of(), null, 10, List.of(),
            "<p>The volume filled with logs.</p>", List.of()));
    IndexSnapshot snap = IndexBuilder.build(new Corpus(pms), tmp.resolve("index"));

    List<Related> ofA = snap.related("a");
    assertThat(ofA).isNotEmpty().hasSizeLessThanOrEqualTo(IndexBuilder.RELATED);
    assertThat(ofA.get(0)).isEqualTo(new Related("b", List.of(Related.SAME_ROOT_CAUSE, Related.SIMILAR_TEXT)));
    assertThat(ofA).extracting(Related::slug).doesNotContain("a");
    assertThat(ofA).filteredOn(r -> r.slug().equals("c")).allSatisfy(
        r -> assertThat(r.reasons()).contains(Related.SAME_SERVICE).doesNotContain(Related.SAME_ROOT_CAUSE));
  }

  @Test
  void aRootCauseSharedByTooManyOnlyReRanksWhatTheTextFound() throws Exception {
    String leak = "<p>The heap grew until the pods were OOMKilled; a memory leak in the cache.</p>";
    List<Postmortem> pms = List.of(
        Postmortems.of("a", "Leak in api", "2024-01-01", "memory-leak", List.of(), null, 30, List.of(), leak, List.of()),
        Postmortems.of("b", "Leak in billing", "2024-02-01", "memory-leak", List.of(), null, 60, List.of(), leak, List.of()),
        Postmortems.of("c", "Resolver outage", "2024-03-01", "memory-leak", List.of(), null, 10, List.of(),
            "<p>The resolver returned SERVFAIL for every lookup.</p>", List.of()));
    IndexSnapshot snap = IndexBuilder.build(new Corpus(pms), tmp.resolve("index"));
    try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(snap.dir()))) {
      // Three share the root cause. Within the bound, c (no shared words) is related to a by it.
      Map<String, List<Related>> within = new RelatedFinder(new WholeIndex(reader), 3).all(IndexBuilder.RELATED);
      assertThat(within.get("a")).containsExactly(
          new Related("b", List.of(Related.SAME_ROOT_CAUSE, Related.SIMILAR_TEXT)),
          new Related("c", List.of(Related.SAME_ROOT_CAUSE)));
      assertThat(within).isEqualTo(snap.related());
      // Above it, the root cause still raises b, which the text found, but brings in nothing new.
      Map<String, List<Related>> above = new RelatedFinder(new WholeIndex(reader), 2).all(IndexBuilder.RELATED);
      assertThat(above.get("a")).containsExactly(new Related("b", List.of(Related.SAME_ROOT_CAUSE, Related.SIMILAR_TEXT)));
      assertThat(above.get("c")).isEmpty();
    }
  }
}
