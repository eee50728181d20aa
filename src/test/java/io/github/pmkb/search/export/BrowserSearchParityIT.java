package io.github.pmkb.search.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.build.BuildOptions;
import io.github.pmkb.build.BuildResult;
import io.github.pmkb.build.SiteBuilder;
import io.github.pmkb.index.Analyzers;
import io.github.pmkb.index.Fields;
import io.github.pmkb.search.Highlight;
import io.github.pmkb.search.SearchHit;
import io.github.pmkb.search.SearchQuery;
import io.github.pmkb.search.Searcher;
import io.github.pmkb.search.Synonyms;
import io.github.pmkb.testing.Corpora;
import io.github.pmkb.testing.Node;

/**
 * Ranking parity: over a generated corpus built by {@code pmkb build}, the browser engine (Node,
 * on the exported files) and Lucene's {@link Searcher} (both with the default synonyms, which the
 * build exports) agree on the top 10 of a few hundred sampled one- and two-word queries, and of
 * queries that the synonyms expand.
 */
class BrowserSearchParityIT {
  static final long SEED = Long.getLong("pmkb.seed", 424242L);
  static final int DOCS = Integer.getInteger("pmkb.parity.docs", 300);
  static final int QUERIES = 300;
  /** Queries the default synonyms expand: words, a run of words, a phrase, an exclusion. */
  static final List<String> SYNONYM_QUERIES = List.of("oom", "out of memory", "db failover", "database", "lb",
      "load balancer timeout", "cert expiry", "\"domain name system\"", "k8s", "dns -database", "tls handshake",
      "traffic surge", "certificates");

  @Test
  void browserTopTenMatchesLucene(@TempDir Path tmp) throws Exception {
    assumeTrue(Node.find().isPresent(), "node is not installed: ranking parity not checked");
    assumeTrue(Corpora.generator().isPresent(), "gen-corpus.py not found: ranking parity not checked");
    Path root = Corpora.site(tmp.resolve("kb"), DOCS, SEED);
    Path out = tmp.resolve("site");
    BuildResult built = SiteBuilder.build(new BuildOptions(root, Optional.of(out), Optional.empty(), false),
        SiteBuilder.Progress.NONE);
    assertThat(built.written()).as("build: %s", built.diagnostics()).isTrue();
    Path indexDir = root.resolve("target/pmkb-cache/index");

    Map<String, Integer> docOfSlug = new HashMap<>();
    List<String> bodies = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
      var stored = reader.storedFields();
      for (int d = 0; d < reader.maxDoc(); d++) {
        docOfSlug.put(stored.document(d).get(Fields.SLUG), d);
        bodies.add(stored.document(d).get(Fields.TITLE) + "\n" + stored.document(d).get(Fields.BODY));
      }
    }
    List<String> queries = new ArrayList<>(sampleQueries(bodies, new Random(SEED)));
    queries.addAll(SYNONYM_QUERIES);
    Path qf = tmp.resolve("queries.json");
    Json j = new Json().raw("[");
    for (int i = 0; i < queries.size(); i++) (i > 0 ? j.raw(",") : j).str(queries.get(i));
    Files.writeString(qf, j.raw("]").toString(), StandardCharsets.UTF_8);
    String[] js = Node.run("ranking-parity.mjs", out.resolve("search").toString(), qf.toString()).split("\n", -1);

    double overlapSum = 0;
    double synonymSum = 0;
    double[] byWords = new double[3];
    int sameTop1 = 0;
    List<String> worst = new ArrayList<>();
    try (Searcher searcher = Searcher.open(indexDir, Synonyms.defaults())) {
      for (int i = 0; i < queries.size(); i++) {
        List<Integer> lucene = new ArrayList<>();
        for (SearchHit h : searcher.search(SearchQuery.parse(queries.get(i)), 10, Highlight.TEXT).hits()) {
          lucene.add(docOfSlug.get(h.slug()));
        }
        List<Integer> browser = new ArrayList<>();
        for (String s : js[i].split(" ")) if (!s.isEmpty()) browser.add(Integer.parseInt(s));
        Set<Integer> common = new HashSet<>(lucene);
        common.retainAll(browser);
        double overlap = lucene.isEmpty() && browser.isEmpty() ? 1 : common.size() / (double) Math.max(lucene.size(), browser.size());
        if (i >= QUERIES) {
          synonymSum += overlap;
          if (overlap < 0.7) worst.add("synonyms " + queries.get(i) + ": lucene " + lucene + " browser " + browser);
          continue;
        }
        overlapSum += overlap;
        byWords[i % 2 + 1] += overlap;
        if (!lucene.isEmpty() && !browser.isEmpty() && lucene.get(0).equals(browser.get(0))) sameTop1++;
        else if (lucene.isEmpty() && browser.isEmpty()) sameTop1++;
        if (overlap < 0.7 && worst.size() < 10) worst.add(queries.get(i) + ": lucene " + lucene + " browser " + browser);
      }
    }
    double mean = overlapSum / QUERIES;
    double synonymMean = synonymSum / SYNONYM_QUERIES.size();
    String report = String.format(Locale.ROOT,
        "seed %d, %d docs, %d queries: mean top-10 overlap %.3f (1 word %.3f, 2 words %.3f), same top-1 %.1f%%; "
            + "%d synonym queries: mean overlap %.3f",
        SEED, bodies.size(), QUERIES, mean, byWords[1] / (QUERIES / 2.0), byWords[2] / (QUERIES / 2.0),
        100.0 * sameTop1 / QUERIES, SYNONYM_QUERIES.size(), synonymMean);
    System.out.println("[parity] " + report);
    worst.forEach(w -> System.out.println("[parity] low overlap: " + w));
    assertThat(mean).as(report + "; worst: " + worst).isGreaterThanOrEqualTo(0.9);
    assertThat(synonymMean).as(report + "; worst: " + worst).isGreaterThanOrEqualTo(0.9);
  }

  /** Half one-word, half two adjacent words, from random documents (stop words skipped). */
  static List<String> sampleQueries(List<String> bodies, Random r) {
    List<String> out = new ArrayList<>();
    while (out.size() < QUERIES) {
      String body = bodies.get(r.nextInt(bodies.size()));
      List<String> words = new ArrayList<>();
      var m = Analyzers.TOKEN.matcher(body);
      while (m.find()) words.add(m.group());
      if (words.size() < 2) continue;
      int at = r.nextInt(words.size() - 1);
      String a = words.get(at), b = words.get(at + 1);
      if (a.length() < 3 || (out.size() % 2 == 1 && b.length() < 3)) continue;
      out.add(out.size() % 2 == 0 ? a : a + " " + b);
    }
    return out;
  }
}
