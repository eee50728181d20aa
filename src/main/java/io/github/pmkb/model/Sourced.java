package io.github.pmkb.model;

import io.github.pmkb.diag.SourcePos;

/** A value together with where it came from, so every fact on the site can cite its line. */
public record Sourced<T>(T value, Provenance from, SourcePos at) {
  public Sourced {
    if (value == null || from == null || at == null) {
      throw new IllegalArgumentException("sourced values need a value, a provenance and a position");
    }
  }

  public static <T> Sourced<T> of(T value, Provenance from, SourcePos at) {
    return new Sourced<>(value, from, at);
  }
}
