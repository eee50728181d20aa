package io.github.pmkb.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.build.BuildOptions;
import io.github.pmkb.build.BuildResult;
import io.github.pmkb.build.SiteBuilder;
import io.github.pmkb.testing.SiteFixture;

/**
 * Nothing is lost when a build dies: {@code pmkb build} runs as a separate JVM over a corpus large
 * enough to be caught mid-write, is killed with SIGKILL ({@link Process#destroyForcibly()}) while
 * its staging folder fills, and the previous site and the content folder must be byte-identical
 * to before. The next build then recovers and reproduces the first site exactly.
 */
class KillMidBuildIT {
  private static final int POSTMORTEMS = 1500;

  @TempDir Path tmp;

  private Path corpus() throws IOException {
    Path src = SiteFixture.write(tmp.resolve("src"), "-- site.properties --\nsite.title=Big\n");
    Path content = Files.createDirectories(src.resolve("content"));
    for (int i = 0; i < POSTMORTEMS; i++) {
      String text = "---\ntitle: Incident " + i + "\ndate: 2024-01-" + String.format(java.util.Locale.ROOT, "%02d", 1 + i % 28)
          + "\ntags: [t" + i % 40 + ", big]\n---\n# Incident " + i + "\n\n" + "The queue backed up again. ".repeat(60)
          + "\n\n## Timeline\n\n- 10:00 alert\n- 10:30 fixed\n";
      Files.writeString(content.resolve("pm-" + i + ".md"), text, StandardCharsets.UTF_8);
    }
    return src;
  }

  @Test
  void aBuildKilledWhileWritingLeavesThePreviousSiteAndTheContentIntact() throws Exception {
    Path src = corpus();
    Path out = tmp.resolve("site");
    BuildResult first = SiteBuilder.build(new BuildOptions(src, Optional.of(out), Optional.empty(), false),
        SiteBuilder.Progress.NONE);
    assertThat(first.errors()).isZero();
    SortedMap<String, String> siteBefore = SiteFixture.snapshot(out);
    SortedMap<String, String> contentBefore = SiteFixture.snapshot(src.resolve("content"));

    Process build = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"), "io.github.pmkb.Main",
        "build", "--source", src.toString(), "--output", out.toString())
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("build.log").toFile())
        .start();
    Path staging = tmp.resolve(".site.pmkb-staging").resolve("incidents");
    // Wait until pages are being written, then kill. waitFor() is the pause: no sleeping.
    while (!hasFiles(staging)) {
      if (build.waitFor(5, TimeUnit.MILLISECONDS)) {
        throw new AssertionError("the build ended before it could be killed; raise POSTMORTEMS\n"
            + Files.readString(tmp.resolve("build.log")));
      }
    }
    build.destroyForcibly().waitFor();
    assertThat(build.exitValue()).as("killed by SIGKILL").isEqualTo(137);

    assertThat(SiteFixture.snapshot(out)).isEqualTo(siteBefore);
    assertThat(SiteFixture.snapshot(src.resolve("content"))).isEqualTo(contentBefore);

    BuildResult again = SiteBuilder.build(new BuildOptions(src, Optional.of(out), Optional.empty(), false),
        SiteBuilder.Progress.NONE);
    assertThat(again.errors()).isZero();
    assertThat(SiteFixture.snapshot(out)).as("deterministic rebuild after the kill").isEqualTo(siteBefore);
    assertThat(tmp.resolve(".site.pmkb-staging")).doesNotExist();
  }

  @Test
  void aSwapInterruptedBetweenItsTwoRenamesIsUndoneByTheNextBuild() throws Exception {
    Path src = SiteFixture.write(tmp.resolve("src"), "-- content/a.md --\n# A\n");
    Path out = tmp.resolve("site");
    SiteBuilder.build(new BuildOptions(src, Optional.of(out), Optional.empty(), false), SiteBuilder.Progress.NONE);
    SortedMap<String, String> before = SiteFixture.snapshot(out);
    // What commit() leaves when killed after moving the old site aside and before moving the new one in.
    Files.move(out, tmp.resolve(".site.pmkb-old"));

    OutputWriter.open(out).abort();

    assertThat(SiteFixture.snapshot(out)).isEqualTo(before);
  }

  private static boolean hasFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return false;
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> some = s.limit(2).toList();
      return some.size() > 1;
    } catch (java.nio.file.NoSuchFileException e) {
      return false;
    }
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
