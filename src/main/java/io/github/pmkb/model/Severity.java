package io.github.pmkb.model;

import java.util.Locale;

/** Normalised incident severity; SEV1 is the worst. Sources write SEV0-5, P0-P4, critical/major/minor. */
public enum Severity {
  SEV1,
  SEV2,
  SEV3,
  SEV4;

  /** The facet value and display label, e.g. {@code SEV2}. */
  public String label() {
    return name();
  }

  public String slug() {
    return name().toLowerCase(Locale.ROOT);
  }
}
