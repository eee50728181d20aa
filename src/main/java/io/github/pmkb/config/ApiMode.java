package io.github.pmkb.config;

import java.util.Optional;

/** What the JSON export in {@code api/} holds ({@code site.api}). */
public enum ApiMode {
  /** No export ({@code false}). */
  OFF("false"),
  /** Each incident's facts (the default, {@code true}). */
  FACTS("true"),
  /** The facts and each timeline's events ({@code full}). */
  FULL("full");

  private final String key;

  ApiMode(String key) {
    this.key = key;
  }

  /** The mode written as {@code v} in {@code site.properties}, if it is one. */
  static Optional<ApiMode> parse(String v) {
    for (ApiMode m : values()) if (m.key.equals(v)) return Optional.of(m);
    return Optional.empty();
  }

  /** The value as written in {@code site.properties}. */
  public String key() {
    return key;
  }
}
