package io.github.pmkb.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The knowledge base written for pmkb's tests ({@code src/test/resources/sites/own}): postmortems
 * with YAML front matter, with a JBake header and as free-form prose, a draft, and broken files
 * (unclosed and too deeply nested front matter, a JBake header without separator, an empty file)
 * beside them. It is in the repository, so what it checks is checked everywhere.
 */
public final class OwnCorpus {
  public static final Path SOURCE = SiteFixture.repoRoot().resolve("src/test/resources/sites/own");

  private OwnCorpus() {}

  /** A copy of the knowledge base, with the repository's default theme, in {@code dir}. */
  public static Path copy(Path dir) {
    try {
      SiteFixture.copyTree(SOURCE, dir);
      if (!Files.exists(dir.resolve("themes"))) SiteFixture.copyTree(SiteFixture.repoRoot().resolve("themes"),
          dir.resolve("themes"));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
