package io.github.pmkb.config;

import java.util.List;
import java.util.Optional;
import io.github.pmkb.diag.Diagnostic;

/** The loaded configuration, absent when any error was found, and every problem with its line. */
public record ConfigResult(Optional<SiteConfig> config, List<Diagnostic> diagnostics) {
  public ConfigResult {
    diagnostics = List.copyOf(diagnostics);
  }
}
