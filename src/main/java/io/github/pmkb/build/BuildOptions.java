package io.github.pmkb.build;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the user asked of one build.
 *
 * @param output overrides the configured output folder
 * @param baseUrl overrides {@code site.baseurl}
 * @param drafts also publish postmortems whose status is draft
 * @param cache read and write the build cache ({@link ReadCache}) under {@code target/pmkb-cache}
 */
public record BuildOptions(Path source, Optional<Path> output, Optional<String> baseUrl, boolean drafts,
    boolean cache) {
  /** Options with the build cache on. */
  public BuildOptions(Path source, Optional<Path> output, Optional<String> baseUrl, boolean drafts) {
    this(source, output, baseUrl, drafts, true);
  }

  public static BuildOptions of(Path source) {
    return new BuildOptions(source, Optional.empty(), Optional.empty(), false);
  }

  /** The same options without the build cache. */
  public BuildOptions withoutCache() {
    return new BuildOptions(source, output, baseUrl, drafts, false);
  }
}
