package io.github.pmkb.build;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the user asked of one build.
 *
 * @param output overrides the configured output folder
 * @param baseUrl overrides {@code site.baseurl}
 * @param drafts also publish postmortems whose status is draft
 */
public record BuildOptions(Path source, Optional<Path> output, Optional<String> baseUrl, boolean drafts) {
  public static BuildOptions of(Path source) {
    return new BuildOptions(source, Optional.empty(), Optional.empty(), false);
  }
}
