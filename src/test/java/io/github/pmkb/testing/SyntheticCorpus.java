package io.github.pmkb.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Synthetic corpora from {@code ../shared/tools/gen-corpus.py}, and the truth its front matter
 * records. Callers skip when {@link #unavailableReason()} is present.
 */
public final class SyntheticCorpus {
  public static final Path SCRIPT = SiteFixture.repoRoot().resolve("../shared/tools/gen-corpus.py").normalize();

  private SyntheticCorpus() {}

  /** Why corpora cannot be generated here, if they cannot. */
  public static Optional<String> unavailableReason() {
    if (!Files.isRegularFile(SCRIPT)) return Optional.of(SCRIPT + " not found: synthetic corpus tests skipped");
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) return Optional.of("python3 does not run");
    } catch (IOException e) {
      return Optional.of("python3 not found: synthetic corpus tests skipped");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    }
    return Optional.empty();
  }

  /** Writes {@code count} postmortems into {@code root/content}; returns {@code root}. */
  public static Path generate(Path root, int count, long seed) {
    try {
      Process p = new ProcessBuilder("python3", SCRIPT.toString(), "--count", Integer.toString(count), "--seed",
          Long.toString(seed), "--out", root.resolve("content").toString(), "--quiet")
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) throw new IllegalStateException("gen-corpus failed: " + out);
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Slug (the file name without {@code .md}) to the value of {@code key} in its front matter, for
   * every generated file that has front matter (unstructured files have none: their truth is
   * unknown).
   */
  public static Map<String, String> truth(Path root, String key) {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root.resolve("content"))) {
      for (Path f : walk.filter(x -> x.toString().endsWith(".md")).sorted().toList()) {
        String name = f.getFileName().toString();
        frontMatterValue(Files.readString(f, StandardCharsets.UTF_8), key)
            .ifPresent(v -> out.put(name.substring(0, name.length() - 3), v));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static Optional<String> frontMatterValue(String text, String key) {
    if (!text.startsWith("---\n")) return Optional.empty();
    int end = text.indexOf("\n---\n", 3);
    if (end < 0) return Optional.empty();
    for (String line : text.substring(4, end).split("\n")) {
      if (line.startsWith(key + ":")) return Optional.of(line.substring(key.length() + 1).strip());
    }
    return Optional.empty();
  }
}
