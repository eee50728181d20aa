package io.github.pmkb.search.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.build.BuildOptions;
import io.github.pmkb.build.SiteBuilder;
import io.github.pmkb.search.Synonyms;
import io.github.pmkb.testing.FixtureCorpus;
import io.github.pmkb.testing.Node;

/**
 * Packs split into parts as they do at 100k postmortems (GitHub refuses files over 100 MB), made
 * to happen here with a part limit of a few KB: every pack that outgrows the limit is cut into
 * parts under it, and the page reads the same results, cards, texts and filter counts from them as
 * from the export in one part each.
 */
class PackSplitTest {
  static final int LIMIT = 4096;
  static final String QUERIES = "[\"memory leak\", \"latency\", \"checkout outage\", \"certificat expired\", "
      + "\"\\\"disk full\\\"\", \"dns -billing\", \"heap rollback\", \"pool\"]";

  @Test
  void splitPacksReadTheSameAsWholeOnes(@TempDir Path tmp) throws Exception {
    Path root = tmp.resolve("kb");
    FixtureCorpus.write(root, 120, new Random(7));
    manyValues(root);
    SiteBuilder.build(new BuildOptions(root, Optional.of(tmp.resolve("site")), Optional.empty(), false),
        SiteBuilder.Progress.NONE);
    Path index = root.resolve("target/pmkb-cache/index");
    Map<String, byte[]> whole = export(index, Pack.PART_LIMIT);
    Map<String, byte[]> split = export(index, LIMIT);
    String manifest = whole.entrySet().stream().filter(e -> e.getKey().endsWith(".json"))
        .map(e -> new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8)).reduce("", String::concat);
    assertThat(manifest).as("dimensions of more values than the panel lists at first")
        .containsPattern("\\{\"id\":\"service\"[^}]*\"lazy\":1").containsPattern("\\{\"id\":\"tag\"[^}]*\"lazy\":1");

    // Every pack of the whole export that outgrows the limit is in several parts, each under it.
    for (var e : whole.entrySet()) {
      String pack = e.getKey().substring(0, e.getKey().indexOf('.'));
      if (!e.getKey().endsWith(".bin") || e.getValue().length <= LIMIT) continue;
      assertThat(split.keySet()).as(pack).anyMatch(k -> k.startsWith(pack + "-1."));
    }
    assertThat(split.keySet()).anyMatch(k -> k.startsWith("r-2."))
        .anyMatch(k -> k.startsWith("q-1.")).anyMatch(k -> k.startsWith("p2-1."));
    split.forEach((k, v) -> assertThat(v.length).as(k).isLessThanOrEqualTo(k.endsWith(".json") ? Integer.MAX_VALUE : LIMIT));

    assumeTrue(Node.find().isPresent(), "node is not installed: reading the split packs not checked");
    Path queries = Files.writeString(tmp.resolve("queries.json"), QUERIES);
    String fromWhole = Node.run("export-dump.mjs", write(tmp.resolve("whole"), whole).toString(), queries.toString());
    String fromSplit = Node.run("export-dump.mjs", write(tmp.resolve("split"), split).toString(), queries.toString());
    assertThat(fromWhole.lines().filter(l -> l.startsWith("memory leak -> ")).findFirst()).hasValueSatisfying(
        l -> assertThat(l).matches("memory leak -> \\d+( \\d+)+ \\[\\]"));
    assertThat(fromWhole).contains("the export's counts are the columns': true");
    assertThat(fromSplit).isEqualTo(fromWhole);
  }

  /**
   * Postmortems that give two dimensions more values than the panel lists for every incident: 40
   * services, svc-21 to svc-40 twice as frequent as the rest, and 30 tags besides each one's cause
   * (FacetColumnsTest has a dimension of numbered values only).
   */
  static void manyValues(Path root) throws java.io.IOException {
    for (int i = 0; i < 60; i++) {
      String tag = "team-" + (char) ('a' + i % 30 / 6) + (char) ('a' + i % 6);
      Path f = root.resolve(String.format(java.util.Locale.ROOT, "content/2019/many-%02d.md", i));
      Files.createDirectories(f.getParent());
      Files.writeString(f, String.format(java.util.Locale.ROOT, "---\ntitle: Queue stall number %d\ndate: 2019-%02d-%02d\n"
          + "severity: SEV%d\nservices: [svc-%d]\ntags: [%s, shared-%d]\n---\n\n## Summary\n\nThe queue stalled and "
          + "retries piled up for a while.\n", i, 1 + i % 12, 1 + i % 28, 1 + i % 3, 40 - i % 40, tag, i % 7));
    }
  }

  static Map<String, byte[]> export(Path index, int limit) {
    Map<String, byte[]> files = new TreeMap<>();
    BrowserIndex.export(index, s -> "incidents/" + s + ".html", Synonyms.defaults(), new ExportFiles() {
      @Override
      public synchronized void put(String name, byte[] bytes, int length) {
        files.put(name, java.util.Arrays.copyOf(bytes, length));
      }

      @Override
      public int partLimit() {
        return limit;
      }
    });
    return files;
  }

  static Path write(Path dir, Map<String, byte[]> files) throws java.io.IOException {
    Files.createDirectories(dir);
    for (var e : files.entrySet()) Files.write(dir.resolve(e.getKey()), e.getValue());
    return dir;
  }
}
