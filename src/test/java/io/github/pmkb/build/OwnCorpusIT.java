package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.cli.Cli;
import io.github.pmkb.testing.CompilerLines;
import io.github.pmkb.testing.Golden;
import io.github.pmkb.testing.OwnCorpus;

/**
 * The repository's own test corpus built and checked: the good postmortems are published, each
 * broken one is reported where it is broken, {@code pmkb check} reports every problem the build
 * reports, and the machine-readable files (feed, sitemap, JSON export, search manifest) match
 * their golden files.
 */
class OwnCorpusIT {
  @TempDir static Path tmp;
  static Path out;
  static int buildExit;
  static String buildErr;
  static int checkExit;
  static String checkOut;

  @BeforeAll
  static void buildAndCheck() {
    Path src = OwnCorpus.copy(tmp.resolve("src"));
    out = tmp.resolve("out");
    StringWriter err = new StringWriter();
    buildExit = Cli.run(new String[] {"build", "--source", src.toString(), "--output", out.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    buildErr = err.toString();
    StringWriter o = new StringWriter();
    checkExit = Cli.run(new String[] {"check", "--source", src.toString()}, new PrintWriter(o),
        new PrintWriter(new StringWriter()));
    checkOut = o.toString();
  }

  @Test
  void theGoodPostmortemsArePublishedAndTheBrokenOnesReported() {
    assertThat(buildExit).as(buildErr).isEqualTo(1);
    assertThat(out.resolve("incidents/ledger-queue-backlog.html")).exists();
    assertThat(out.resolve("incidents/dns-resolver-flap.html")).exists();
    assertThat(out.resolve("incidents/search-index-disk.html")).exists();
    assertThat(out.resolve("incidents/jbake-no-separator.html")).exists();
    assertThat(out.resolve("incidents/draft-capacity-review.html")).doesNotExist();
    assertThat(out.resolve("incidents/ignored.html")).doesNotExist();
    assertThat(buildErr).containsPattern("(?m)^content/2024/broken-front-matter\\.md:\\d+:\\d+: error\\[FM001\\]")
        .containsPattern("(?m)^content/2024/nested-too-deep\\.md:3:\\d+: error\\[FM008\\]")
        .containsPattern("(?m)^content/2023/jbake-no-separator\\.md:\\d+:\\d+: error\\[FM006\\]")
        .containsPattern("(?m)^content/2025/empty\\.md:1:1: error\\[SRC002\\]");
  }

  @Test
  void checkReportsEveryProblemTheBuildReportsPlusItsLints() {
    assertThat(checkExit).isEqualTo(1);
    assertThat(CompilerLines.of(buildErr)).isNotEmpty();
    assertThat(CompilerLines.of(checkOut)).containsAll(CompilerLines.of(buildErr));
  }

  @Test
  void theFeedMatchesItsGoldenFile() throws IOException {
    Golden.assertMatches(read("feed.xml"), "own/feed.xml");
  }

  @Test
  void theSitemapMatchesItsGoldenFile() throws IOException {
    Golden.assertMatches(read("sitemap.xml"), "own/sitemap.xml");
  }

  @Test
  void theJsonExportMatchesItsGoldenFile() throws IOException {
    // The index, then each shard it lists, in its order: one golden file for the whole export.
    String index = read("api/index.json");
    StringBuilder all = new StringBuilder(index);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"url\":\"(api/[^\"]+)\"").matcher(index);
    while (m.find()) all.append(read(m.group(1)));
    assertThat(all.toString()).contains("\"incidents\":[{");
    Golden.assertMatches(all.toString(), "own/api.json");
  }

  @Test
  void theSearchManifestMatchesItsGoldenFile() throws IOException {
    Golden.assertMatches(read("search/manifest.json"), "own/search-manifest.json");
  }

  private static String read(String path) throws IOException {
    // The generator names pmkb's version, which changes with every release, not with the content.
    return Files.readString(out.resolve(path), StandardCharsets.UTF_8).replaceAll("pmkb [0-9A-Za-z.\\-]+", "pmkb VERSION");
  }
}
