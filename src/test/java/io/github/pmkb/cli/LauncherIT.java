package io.github.pmkb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.testing.SiteFixture;

/**
 * The launcher script's choices (JIT, heap, the note of the Java a cached build ran on), read from
 * the command line it would run: a copy of {@code pmkb} beside an empty jar, pointed by
 * {@code PMKB_JAVA} at a stand-in "java" that prints its arguments, so no JVM starts and the
 * repository's own start-up cache is left alone.
 */
class LauncherIT {
  @TempDir Path tmp;
  private Path launcher;
  private Path java;
  private Path kb;

  @BeforeEach
  void setUp() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    Path home = Files.createDirectories(tmp.resolve("pmkb"));
    launcher = Files.copy(SiteFixture.repoRoot().resolve("pmkb"), home.resolve("pmkb"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.createDirectories(home.resolve("target"));
    Files.writeString(home.resolve("target/pmkb.jar"), "");
    Path jdk = Files.createDirectories(tmp.resolve("jdk/bin"));
    Files.writeString(jdk.resolveSibling("release"), "JAVA_VERSION=\"17.0.15\"\n");
    java = jdk.resolve("java");
    Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    kb = Files.createDirectories(tmp.resolve("kb/content"));
  }

  @Test
  void aSmallKnowledgeBaseRunsTheQuickJitWithTheFloorHeap() throws Exception {
    postmortems(3, 1000);
    List<String> args = run("build");
    assertThat(args).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");
    assertThat(args.subList(args.indexOf("-jar"), args.size())).containsExactly("-jar", launcher.resolveSibling("target/pmkb.jar").toString(),
        "build", "--source", kb.getParent().toString());
    assertThat(kb.resolveSibling("target/pmkb-cache/launcher-java.txt")).content().isEqualToIgnoringNewLines(java.toRealPath().toString());
  }

  @Test
  void theHeapGrowsWithTheContentAndItsLargestFile() throws Exception {
    postmortems(10, 1 << 20);
    // 10 MB of postmortems: max(256 + 3 * 10, 64 + 3.85 * 10) + 4 * 1 = 290.
    assertThat(run("build")).contains("-Xmx290m");
  }

  @Test
  void fiveThousandPostmortemsKeepTheOptimisingCompilerUnlessTheCacheIsWarm() throws Exception {
    postmortems(5000, 10);
    List<String> cold = run("build");
    assertThat(cold).doesNotContain("-XX:TieredStopAtLevel=1").contains("-XX:FreqInlineSize=100");
    // The previous build (just above) noted its Java; a read cache written after the jar, the JDK
    // and the configuration makes the build re-read only what changed.
    Path reads = Files.createDirectories(kb.resolveSibling("target/pmkb-cache/reads")).resolve("index.bin");
    Files.writeString(reads, "");
    Files.setLastModifiedTime(reads, FileTime.from(Instant.now().plusSeconds(60)));
    assertThat(run("build")).contains("-XX:TieredStopAtLevel=1");
    assertThat(run("build", "--no-cache")).doesNotContain("-XX:TieredStopAtLevel=1");
    Files.writeString(kb.resolveSibling("target/pmkb-cache/launcher-java.txt"), "/another/java\n");
    Files.setLastModifiedTime(reads, FileTime.from(Instant.now().plusSeconds(60)));
    assertThat(run("check")).as("only a build reads the cache").doesNotContain("-XX:TieredStopAtLevel=1");
    assertThat(run("build")).as("a cache another Java wrote").doesNotContain("-XX:TieredStopAtLevel=1");
  }

  private void postmortems(int count, int bytes) throws IOException {
    byte[] body = "x".repeat(bytes).getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < count; i++) Files.write(kb.resolve("p" + i + ".md"), body);
  }

  /** The launcher's arguments to java, one per element, for {@code pmkb ARGS --source KB}. */
  private List<String> run(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("/bin/sh", launcher.toString()));
    cmd.addAll(List.of(args).subList(0, 1));
    cmd.addAll(List.of("--source", kb.getParent().toString()));
    cmd.addAll(List.of(args).subList(1, args.length));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("PMKB_JAVA", java.toString());
    pb.environment().remove("PMKB_JAVA_OPTS");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out.lines().toList();
  }
}
