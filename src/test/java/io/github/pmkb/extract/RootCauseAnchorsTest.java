package io.github.pmkb.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import io.github.pmkb.testing.SiteFixture;

/**
 * The anchors of the default taxonomy only skip work: classifying with them gives the same
 * category and the same other signals as running every regex on every sentence. Checked sentence
 * by sentence over every Markdown text at hand (the example content, the extraction specs, the
 * own-written fixtures and test site, and
 * the seeds and real postmortems of {@code ../shared} when present), plus phrases chosen to sit at
 * the edges of the signal words.
 */
class RootCauseAnchorsTest {
  private static final Taxonomy WITH = Taxonomy.defaults();
  private static final Taxonomy WITHOUT = new Taxonomy(WITH.categories().stream()
      .map(c -> new Taxonomy.Category(c.id(), c.label(), c.signals().stream()
          .map(s -> new Taxonomy.Signal(s.pattern(), s.weight(), List.of())).toList())).toList());

  @Test
  void edgePhrasesClassifyAlikeWithAndWithoutAnchors() {
    List<String> phrases = List.of("The pods were OOMKilled.", "OUT-OF-MEMORY on the heap", "Heap Exhaustion in the JVM.",
        "The TLS certificate for the API expired.", "Expired SSL cert.", "CNAME pointed at the old host; TTL was 1 day.",
        "No space left on device.", "Out of storage space", "Inodes ran out.", "A Deadlock between writers.",
        "Concurrency bug in the cache.", "It was misconfigured.", "index.phpp was served.", "Wrong Port in the config.",
        "The service was not listening on port 8080.", "A Feature Flag flipped.", "A faulty Code Push broke it.",
        "Deployed introduced a bug; we rolled back.", "Request Surges and a spike in traffic.", "Autoscaling lagged.",
        "Postgres replication lag; slow queries.", "Network partition and packet loss due to BGP.", "Misrouted traffic.",
        "A Third-party vendor failed.", "AWS outage", "Cloudflare incident", "External API timed out.",
        "Power failure in the datacenter; a NIC and a PSU died.", "A malicious attacker exploited an XSS vulnerability.",
        "Human error: manually deleted by mistake, a fat-finger.", "The data leaked.", "Nothing to see here.",
        "The default settings of the CI provider.", "The timeout was set too low.", "No memory limit was set.",
        "A bug in the proxy configuration.", "An upgrade to the ingress chart.", "Changes to the VPC caused it.",
        "An API token was leaked from the build server.", "Database statistics went stale.", "An accidental deletion by an intern.", "We shipped V2.4.1 on Monday.", "The v10.0 agent", "vv9.1 and v.9");
    for (String p : phrases) {
      assertThat(classify(WITH, p)).as(p).isEqualTo(classify(WITHOUT, p));
    }
    assertThat(classify(WITH, "The pods were OOMKilled.")).isEqualTo("memory-leak []");
    assertThat(classify(WITH, "The timeout was set too low.")).isEqualTo("config-error []");
  }

  @Test
  void everySentenceAtHandClassifiesAlikeWithAndWithoutAnchors() throws IOException {
    Path repo = SiteFixture.repoRoot();
    List<Path> files = new ArrayList<>();
    files.addAll(markdown(repo.resolve("content")));
    files.addAll(markdown(repo.resolve("src/test/resources/specs")));
    // Own-written postmortems: what is checked without ../shared.
    files.addAll(markdown(repo.resolve("src/test/resources/fixtures")));
    files.addAll(markdown(repo.resolve("src/test/resources/sites/own/content")));
    List<Path> shared = new ArrayList<>();
    shared.addAll(markdown(repo.resolve("../shared/seeds").normalize()));
    shared.addAll(markdown(repo.resolve("../shared/corpus/real").normalize()));
    if (shared.isEmpty()) System.err.println("RootCauseAnchorsTest: ../shared not found, checking only the repository's texts");
    files.addAll(shared);
    assumeTrue(!files.isEmpty(), "no Markdown files found");
    int sentences = 0;
    for (Path f : files) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      assertThat(classify(WITH, text)).as(f.toString()).isEqualTo(classify(WITHOUT, text));
      for (String line : text.split("\n")) {
        assertThat(classify(WITH, line)).as(f + ": " + line).isEqualTo(classify(WITHOUT, line));
        sentences++;
      }
    }
    assertThat(sentences).isGreaterThan(100);
  }

  @Test
  void oneScanFindsWhatEachSignalsOwnSearchFinds() throws IOException {
    SignalAnchors scan = SignalAnchors.of(WITH);
    List<String> lines = new ArrayList<>(List.of("", "v", "v9", "resolv.conf broke", "TOO LOW", "over-load", "cve-2024-1",
        "naïve ſtatus K\u212A İstanbul", "the the the", "leakleak"));
    for (Path f : markdown(SiteFixture.repoRoot().resolve("src/test/resources/specs"))) {
      lines.addAll(List.of(new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n")));
    }
    for (String line : lines) {
      String lower = line.toLowerCase(java.util.Locale.ROOT);
      boolean[] found = scan.find(lower);
      for (int c = 0; c < WITH.categories().size(); c++) {
        List<Taxonomy.Signal> signals = WITH.categories().get(c).signals();
        for (int s = 0; s < signals.size(); s++) {
          assertThat(scan.mayMatch(c, s, found)).as(line + " / " + WITH.categories().get(c).id() + " " + s).isEqualTo(signals.get(s).mayMatch(lower));
        }
      }
    }
  }

  private static String classify(Taxonomy t, String text) {
    return new RootCauseClassifier(t).classify(text).map(r -> r.category() + " " + r.contributing()).orElse("none");
  }

  private static List<Path> markdown(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }
}
