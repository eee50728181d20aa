package io.github.pmkb.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.pmkb.config.ThemeLayers;
import io.github.pmkb.diag.PmkbException;

/** Files of the theme built into pmkb ({@link ThemeLayers#builtIn}) that scaffolding starts from. */
final class BuiltInTheme {
  private BuiltInTheme() {}

  static String read(String relPath) {
    Path p = ThemeLayers.builtIn().resolve(relPath);
    if (!Files.isRegularFile(p)) throw new PmkbException(3, "the built-in theme has no " + relPath);
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
