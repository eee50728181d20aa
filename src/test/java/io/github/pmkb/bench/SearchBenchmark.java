package io.github.pmkb.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import io.github.pmkb.build.LocalIndex;
import io.github.pmkb.search.Highlight;
import io.github.pmkb.search.SearchQuery;
import io.github.pmkb.search.SearchResult;
import io.github.pmkb.search.Searcher;
import io.github.pmkb.search.Synonyms;
import io.github.pmkb.testing.SiteFixture;

/**
 * Not a test: builds (or reuses) the index of a knowledge base folder, then prints the latency of
 * {@link #QUERIES} searches as {@code pmkb search} runs them (query, top 10, facet counts over all
 * matches, snippets), after {@link #WARMUP} unmeasured ones. Run by {@code bench/search.sh}.
 */
public final class SearchBenchmark {
  static final int QUERIES = 100;
  static final int WARMUP = 30;
  static final long SEED = 20261122L;

  static final String[] WORDS = {"memory", "leak", "timeout", "rollback", "certificate", "expired", "dns", "disk",
      "full", "kafka", "postgres", "redis", "latency", "deploy", "config", "vendor", "outage", "partition", "race",
      "quota", "traffic", "spike", "replication", "lag", "connection", "pool", "OOMKilled", "CrashLoopBackOff",
      "resolver", "autoscaling", "retry", "storm", "cache", "kubernetes", "nginx", "helm", "terraform", "index",
      "checkout", "payments", "login", "webhook", "alert", "pager", "canary", "schema", "migration", "inode"};
  static final String[] FILTERS = {"", "", "", "severity:SEV1", "year:2024", "-tag:kafka", "root_cause:unknown"};

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path kb = Path.of(args[0]).toAbsolutePath();
    if (!Files.exists(kb.resolve("site.properties"))) {
      Files.writeString(kb.resolve("site.properties"), "site.title=Benchmark\n");
      SiteFixture.copyTree(SiteFixture.repoRoot().resolve("themes"), kb.resolve("themes"));
    }
    long t0 = System.nanoTime();
    LocalIndex.Opened index = LocalIndex.open(kb);
    System.out.printf(Locale.ROOT, "index: %s in %.1f s (%s)%n", index.rebuilt() ? "built" : "reused",
        (System.nanoTime() - t0) / 1e9, index.dir());
    List<String> queries = queries();
    try (Searcher s = Searcher.open(index.dir(), Synonyms.defaults())) {
      System.out.println("documents: " + s.documents());
      for (int i = 0; i < WARMUP; i++) s.search(SearchQuery.parse(queries.get(i % queries.size())), 10, Highlight.TEXT);
      double[] ms = new double[QUERIES];
      long hits = 0;
      for (int i = 0; i < QUERIES; i++) {
        SearchQuery q = SearchQuery.parse(queries.get(i));
        long start = System.nanoTime();
        SearchResult r = s.search(q, 10, Highlight.TEXT);
        ms[i] = (System.nanoTime() - start) / 1e6;
        hits += r.total();
      }
      double[] sorted = ms.clone();
      Arrays.sort(sorted);
      System.out.printf(Locale.ROOT, "%d queries (1-3 words, %d%% with a filter), mean %d matches: median %.1f ms, "
          + "p95 %.1f ms, max %.1f ms%n", QUERIES, filtered(queries), hits / QUERIES, sorted[QUERIES / 2],
          sorted[(int) Math.ceil(QUERIES * 0.95) - 1], sorted[QUERIES - 1]);
    }
  }

  /** Deterministic queries: 1 to 3 vocabulary words, some quoted, some with a facet filter. */
  static List<String> queries() {
    Random r = new Random(SEED);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < QUERIES; i++) {
      int n = 1 + r.nextInt(3);
      StringBuilder q = new StringBuilder();
      for (int w = 0; w < n; w++) q.append(w > 0 ? " " : "").append(WORDS[r.nextInt(WORDS.length)]);
      String text = n > 1 && r.nextInt(4) == 0 ? "\"" + q + "\"" : q.toString();
      String filter = FILTERS[r.nextInt(FILTERS.length)];
      out.add(filter.isEmpty() ? text : text + " " + filter);
    }
    return out;
  }

  private static int filtered(List<String> queries) {
    return (int) queries.stream().filter(q -> q.contains(":")).count() * 100 / queries.size();
  }
}
