package io.github.pmkb.search.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import io.github.pmkb.testing.Node;
import io.github.pmkb.testing.SiteFixture;

/**
 * The browser search's modules (transport, codec, evaluation, facets, snippets) under Node's
 * own test runner: {@code src/test/js/*.test.mjs}, run with {@code node --test}. Skipped, with
 * the reason, where Node is not installed; the Java side of the formats is checked below.
 */
class SearchClientJsTest {
  @Test
  void nodeTestsOfTheSearchModulesPass() throws Exception {
    assumeTrue(Node.find().isPresent(), "node is not installed: the search modules' Node tests did not run");
    List<String> cmd = new ArrayList<>(List.of(Node.find().get().toString(), "--test"));
    try (Stream<Path> files = Files.list(SiteFixture.repoRoot().resolve("src/test/js"))) {
      files.filter(p -> p.getFileName().toString().endsWith(".test.mjs")).sorted().forEach(p -> cmd.add(p.toString()));
    }
    assertThat(cmd).hasSizeGreaterThanOrEqualTo(7);
    Path out = Files.createTempFile("pmkb-node-test", ".out");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("node --test finished").isTrue();
    String report = Files.readString(out, StandardCharsets.UTF_8);
    Files.delete(out);
    assertThat(p.exitValue()).as(report).isZero();
    assertThat(report).contains("# fail 0");
  }

  @Test
  void theClientReadsTheFormatVersionTheExportWrites() throws Exception {
    String core = Files.readString(SiteFixture.repoRoot().resolve("themes/default/static/js/search-core.js"), StandardCharsets.UTF_8);
    assertThat(core).contains("m.v !== " + BrowserIndex.VERSION + ")");
    String page = Files.readString(SiteFixture.repoRoot().resolve("themes/default/templates/search.peb"), StandardCharsets.UTF_8);
    assertThat(page).as("the page's stemmer gives the terms of this version").contains("stem.v = " + BrowserIndex.VERSION + ";");
  }

  @Test
  void halfFloatsAndBucketHashesAreWhatTheCodecReads() {
    // The same values as src/test/js/codec.test.mjs.
    assertThat(Bytes.half(1f)).isEqualTo(0x3c00);
    assertThat(Bytes.half(0.5f)).isEqualTo(0x3800);
    assertThat(Bytes.half(65504f)).isEqualTo(0x7bff);
    assertThat(Bytes.half(0x1p-24f)).isEqualTo(1);
    assertThat(Bytes.fromHalf(Bytes.half(3.14159f))).isCloseTo(3.14159f, org.assertj.core.data.Offset.offset(0.002f));
    assertThat(Integer.toUnsignedLong(HashedDictionary.hash("a"))).isEqualTo(0xe40c292cL);
    assertThat(Integer.toUnsignedLong(HashedDictionary.hash("memori leak"))).isEqualTo(3174140869L);
  }
}
