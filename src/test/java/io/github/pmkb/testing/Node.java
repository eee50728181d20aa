package io.github.pmkb.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs the repository's Node scripts ({@code src/test/js}) from JUnit; tests skip when Node is absent. */
public final class Node {
  private Node() {}

  /** {@code node} on the PATH (or /usr/bin/node), if any. */
  public static Optional<Path> find() {
    List<Path> candidates = new ArrayList<>();
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty()) candidates.add(Path.of(dir, "node"));
    }
    candidates.add(Path.of("/usr/bin/node"));
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  /** Runs {@code src/test/js/<script>} with {@code args}; returns stdout, fails on a non-zero exit. */
  public static String run(String script, String... args) {
    Path node = find().orElseThrow(() -> new IllegalStateException("node not found"));
    List<String> cmd = new ArrayList<>(List.of(node.toString(), SiteFixture.repoRoot().resolve("src/test/js").resolve(script).toString()));
    cmd.addAll(List.of(args));
    try {
      Path out = Files.createTempFile("pmkb-node", ".out");
      Path err = Files.createTempFile("pmkb-node", ".err");
      Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      // A deadline, not a timing assertion: a hung script must not hang the build.
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException(script + " did not finish in 10 minutes");
      }
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      Files.delete(out);
      Files.delete(err);
      if (p.exitValue() != 0) throw new IllegalStateException(script + " failed (" + p.exitValue() + "):\n" + stderr);
      return stdout;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
