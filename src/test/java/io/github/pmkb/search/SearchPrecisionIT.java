package io.github.pmkb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.build.LocalIndex;
import io.github.pmkb.testing.SiteFixture;
import io.github.pmkb.testing.SyntheticCorpus;

/**
 * Ranking quality on a generated corpus: for each root cause, a query of its typical words puts
 * incidents of that root cause in the top 10.
 *
 * <p>The truth is each file's {@code root_cause} front matter, read here directly (not through
 * pmkb's extraction). Unstructured files have no front matter, so their root cause is unknown:
 * they are left out of the ranking before cutting at 10 (a "condensed list", the usual treatment
 * of unjudged documents), and the table says how many were left out. Precision is relevant hits
 * over judged hits in that top 10; a query must also return at least {@link #MIN_JUDGED} judged
 * hits, so one lucky hit cannot pass.
 */
class SearchPrecisionIT {
  static final int COUNT = 300;
  static final long SEED = 42;
  static final double MIN_PRECISION = 0.8;
  static final int MIN_JUDGED = 5;

  /** Typical words of each root cause, as an engineer facing the outage would type them. */
  static final Map<String, String> QUERIES = new LinkedHashMap<>();

  static {
    QUERIES.put("bad-deploy", "deploy rollback");
    QUERIES.put("capacity", "capacity quota");
    QUERIES.put("certificate-expiry", "certificate expired");
    QUERIES.put("configuration-error", "configuration change");
    QUERIES.put("database-overload", "database slow query");
    QUERIES.put("disk-full", "disk full");
    QUERIES.put("dns", "DNS");
    QUERIES.put("memory-leak", "memory leak");
    QUERIES.put("network-partition", "network partition");
    QUERIES.put("race-condition", "race condition");
    QUERIES.put("third-party-outage", "vendor outage");
    QUERIES.put("traffic-surge", "traffic spike");
  }

  @TempDir static Path tmp;
  static Path root;
  static Map<String, String> truth;

  @BeforeAll
  static void generate() {
    var reason = SyntheticCorpus.unavailableReason();
    assumeTrue(reason.isEmpty(), reason.orElse(""));
    root = SyntheticCorpus.generate(SiteFixture.write(tmp.resolve("kb"), "-- site.properties --\nsite.title=Synthetic\n"),
        COUNT, SEED);
    truth = SyntheticCorpus.truth(root, "root_cause");
  }

  @Test
  void typicalWordsOfEachRootCauseFindThatRootCauseInTheTopTen() {
    LocalIndex.Opened index = LocalIndex.open(root);
    List<String> failures = new ArrayList<>();
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n%-20s %-24s %5s %9s %7s %6s%n",
        "root cause", "query", "hits", "unjudged", "judged", "P@10"));
    try (Searcher s = Searcher.open(index.dir(), Synonyms.defaults())) {
      for (Map.Entry<String, String> e : QUERIES.entrySet()) {
        SearchResult r = s.search(SearchQuery.parse(e.getValue()), 100, Highlight.TEXT);
        int judged = 0;
        int relevant = 0;
        int unjudged = 0;
        for (SearchHit h : r.hits()) {
          if (judged == 10) break;
          String t = truth.get(h.slug());
          if (t == null) {
            unjudged++;
            continue;
          }
          judged++;
          if (t.equals(e.getKey())) relevant++;
        }
        double p = judged == 0 ? 0 : relevant / (double) judged;
        table.append(String.format(Locale.ROOT, "%-20s %-24s %5d %9d %7d %6.2f%n", e.getKey(), e.getValue(),
            r.total(), unjudged, judged, p));
        if (p < MIN_PRECISION || judged < MIN_JUDGED) failures.add(e.getKey() + " (" + p + ", " + judged + " judged)");
      }
    }
    System.out.println("Search precision on " + COUNT + " synthetic postmortems, seed " + SEED + ":" + table);
    assertThat(failures).as("root causes below P@10 = " + MIN_PRECISION + table).isEmpty();
  }
}
