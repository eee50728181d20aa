package io.github.pmkb.diag;

import java.util.Locale;

/** How bad a diagnostic is. Errors make the build exit 1; warnings only with {@code --strict}. */
public enum Level {
  ERROR,
  WARNING;

  /** The lower-case word used in compiler-style messages. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
