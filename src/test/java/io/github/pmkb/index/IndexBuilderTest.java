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
import io.github.pmkb.testing.TestSeed;

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
    long seed = TestSeed.get();
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
  void indexingInRunsGivesTheSameIndexAsOneWriter() throws Exception {
    long seed = TestSeed.get();
    Corpus corpus = new Corpus(random(seed, 150));
    IndexSnapshot one = IndexBuilder.build(corpus, tmp.resolve("one"), 1_000);
    IndexSnapshot three = IndexBuilder.build(corpus, tmp.resolve("three"), 16);
    assertThat(three.facets()).as("seed " + seed).isEqualTo(one.facets());
    assertThat(three.related()).as("seed " + seed).isEqualTo(one.related());
    try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(three.dir()))) {
      assertThat(reader.leaves()).as("seed " + seed).hasSizeGreaterThanOrEqualTo(3);
    }
    // The runs stay separate segments; read as a whole they export exactly what one writer gives.
    var exportOne = io.github.pmkb.search.export.BrowserIndex.export(one.dir(), slug -> slug + ".html");
    var exportThree = io.github.pmkb.search.export.BrowserIndex.export(three.dir(), slug -> slug + ".html");
    assertThat(exportThree.keySet()).isEqualTo(exportOne.keySet());
    for (String f : exportOne.keySet()) assertThat(exportThree.get(f)).as(f).isEqualTo(exportOne.get(f));
    // Doc ids follow the corpus (the browser export relies on it), and the runs' folders are gone.
    for (IndexSnapshot snap : List.of(one, three)) {
      try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(snap.dir()))) {
        var stored = reader.storedFields();
        for (int d = 0; d < corpus.size(); d++) {
          assertThat(stored.document(d).get(Fields.SLUG)).as("doc " + d).isEqualTo(corpus.postmortems().get(d).slug());
        }
      }
      try (var files = java.nio.file.Files.list(snap.dir())) {
        assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("chunk"));
      }
    }
  }

  @Test
  void cachedRunsAfterAnEditAnAddAndADeleteGiveTheColdIndex() throws Exception {
    long seed = TestSeed.get();
    List<Postmortem> before = random(seed, 200);
    Path cache = tmp.resolve("segments");
    IndexBuilder.build(new Corpus(before), tmp.resolve("first"), cache, "salt", 16);
    java.util.Set<String> runsBefore = runs(cache);

    List<Postmortem> after = new ArrayList<>(before);
    after.remove(20);
    Postmortem seven = after.get(7);
    after.set(7, Postmortems.of(seven.slug(), "Incident seven, edited", "2023-05-05", "dns", List.of("search"), null,
        45, List.of("t9"), "<p>heap resolver heap volume</p>", List.of()));
    after.add(Postmortems.of("pm-new", "A new incident", "2024-02-02", "disk-full", List.of("auth"), null, 5,
        List.of(), "<p>queue retry cache queue</p>", List.of()));
    Corpus corpus = new Corpus(after);
    IndexSnapshot cached = IndexBuilder.build(corpus, tmp.resolve("cached"), cache, "salt", 16);
    IndexSnapshot cold = IndexBuilder.build(corpus, tmp.resolve("cold"), 16);

    assertThat(cached.facets()).as("seed " + seed).isEqualTo(cold.facets());
    assertThat(cached.related()).as("seed " + seed).isEqualTo(cold.related());
    var exportCold = io.github.pmkb.search.export.BrowserIndex.export(cold.dir(), slug -> slug + ".html");
    var exportCached = io.github.pmkb.search.export.BrowserIndex.export(cached.dir(), slug -> slug + ".html");
    assertThat(exportCached.keySet()).isEqualTo(exportCold.keySet());
    for (String f : exportCold.keySet()) assertThat(exportCached.get(f)).as(f).isEqualTo(exportCold.get(f));
    // Only the runs holding a change were indexed again (an add may split a run, a delete join two).
    java.util.Set<String> written = new java.util.HashSet<>(runs(cache));
    written.removeAll(runsBefore);
    assertThat(written).as("seed " + seed).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    assertThat(runs(cache).size()).as("seed " + seed).isGreaterThan(written.size() + 3);
    // Another salt (another pmkb) reads none of them: every run is written again.
    java.util.Set<String> runsCached = runs(cache);
    IndexSnapshot other = IndexBuilder.build(corpus, tmp.resolve("other"), cache, "other salt", 16);
    java.util.Set<String> fresh = new java.util.HashSet<>(runs(cache));
    fresh.removeAll(runsCached);
    try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(other.dir()))) {
      assertThat(fresh).as("seed " + seed).hasSize(reader.leaves().size());
    }
  }

  @Test
  void aRebuildWhoseRunsAreAllCachedNeverReadsTheStoredTexts() throws Exception {
    // Serve's background reindex may outlive the store its postmortems' texts live in (closed after
    // two configuration saves): runs the cache keeps must be named without reading any text.
    java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    List<Postmortem> corpus = random(TestSeed.get(), 60).stream()
        .map(p -> p.withSearchText(new io.github.pmkb.model.SearchText(new Closable(p.searchText().body().text(), closed),
            new Closable("## Root cause\n\nThe resolver of " + p.slug(), closed))))
        .toList();
    Path cache = tmp.resolve("segments");
    IndexSnapshot first = IndexBuilder.build(new Corpus(corpus), tmp.resolve("first"), cache, "salt", 16);
    closed.set(true);
    IndexSnapshot again = IndexBuilder.build(new Corpus(corpus), tmp.resolve("again"), cache, "salt", 16);
    assertThat(again.facets()).isEqualTo(first.facets());
    assertThat(again.related()).isEqualTo(first.related());
  }

  /** A text in a store that can be closed, as a build's scratch file is. */
  private static final class Closable extends io.github.pmkb.model.StoredText {
    private final byte[] utf8;
    private final java.util.concurrent.atomic.AtomicBoolean closed;

    Closable(String text, java.util.concurrent.atomic.AtomicBoolean closed) {
      this(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), closed);
    }

    private Closable(byte[] utf8, java.util.concurrent.atomic.AtomicBoolean closed) {
      super(utf8.length, digestOf(utf8));
      this.utf8 = utf8;
      this.closed = closed;
    }

    @Override
    public byte[] utf8() {
      if (closed.get()) throw new java.io.UncheckedIOException(new java.nio.channels.ClosedChannelException());
      return utf8.clone();
    }
  }

  @Test
  void theIndexLinksTheCachedRunsFilesRatherThanCopyingThem() throws Exception {
    java.nio.file.Path probe = tmp.resolve("probe");
    java.nio.file.Files.writeString(probe, "x");
    try {
      java.nio.file.Files.createLink(tmp.resolve("probe-link"), probe);
    } catch (java.io.IOException | UnsupportedOperationException e) {
      org.junit.jupiter.api.Assumptions.abort("no hard links on this file system: " + e);
    }
    Path cache = tmp.resolve("segments");
    IndexSnapshot snap = IndexBuilder.build(new Corpus(random(7, 60)), tmp.resolve("index"), cache, "salt", 16);
    java.util.Set<Object> cached = new java.util.HashSet<>();
    try (var files = java.nio.file.Files.walk(cache)) {
      for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) cached.add(fileKey(f));
    }
    List<Path> segmentFiles;
    try (var files = java.nio.file.Files.list(snap.dir())) {
      // Everything but the index's own commit points and lock: the segments' data files.
      segmentFiles = files.filter(f -> !f.getFileName().toString().startsWith("segments")
          && !f.getFileName().toString().equals("write.lock")).toList();
    }
    assertThat(segmentFiles).isNotEmpty();
    for (Path f : segmentFiles) assertThat(cached).as(f.getFileName().toString()).contains(fileKey(f));
  }

  /** The file's identity on disk (device and inode on Unix): equal for two links to one file. */
  private static Object fileKey(Path f) throws java.io.IOException {
    Object key = java.nio.file.Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    org.junit.jupiter.api.Assumptions.assumeTrue(key != null, "the file system gives files no identity");
    return key;
  }

  private static java.util.Set<String> runs(Path cache) throws java.io.IOException {
    try (var files = java.nio.file.Files.list(cache)) {
      return files.filter(java.nio.file.Files::isDirectory).map(f -> f.getFileName().toString())
          .collect(java.util.stream.Collectors.toSet());
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
