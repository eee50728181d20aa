package io.github.pmkb.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Synthetic corpora from the shared generator ({@code gen-corpus.py}); tests skip when it is absent. */
public final class Corpora {
  private Corpora() {}

  /** The generator: {@code -Dpmkb.genCorpus=…}, else {@code ../shared/tools/gen-corpus.py} beside the repository. */
  public static Optional<Path> generator() {
    String p = System.getProperty("pmkb.genCorpus");
    Path g = p != null ? Path.of(p) : SiteFixture.repoRoot().resolveSibling("shared/tools/gen-corpus.py");
    return Files.isRegularFile(g) && python().isPresent() ? Optional.of(g) : Optional.empty();
  }

  /** {@code python3} on the PATH. */
  static Optional<Path> python() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path p = Path.of(dir, "python3");
      if (!dir.isEmpty() && Files.isExecutable(p)) return Optional.of(p);
    }
    return Optional.empty();
  }

  /** Writes a knowledge base of {@code count} generated postmortems (with the default theme) into {@code root}. */
  public static Path site(Path root, int count, long seed) {
    Path gen = generator().orElseThrow(() -> new IllegalStateException("gen-corpus.py not found"));
    try {
      Process p = new ProcessBuilder(python().orElseThrow().toString(), gen.toString(), "--count", Integer.toString(count), "--seed",
          Long.toString(seed), "--out", root.resolve("content").toString()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) throw new IllegalStateException("gen-corpus.py failed");
      SiteFixture.write(root, "-- site.properties --\nsite.title=Synthetic\nsite.baseurl=/\ntheme=default\ncontent.folder=content\n");
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
