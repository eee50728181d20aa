package io.github.pmkb.model;

import java.util.Locale;

/** What a timeline event marks in the incident's life, where its text says so. */
public enum Marker {
  BEGINS,
  DETECTED,
  ESCALATED,
  MITIGATED,
  RESOLVED;

  /** Whether the event ends the harm, in part or whole: a mitigation or the resolution. */
  public boolean endsHarm() {
    return this == MITIGATED || this == RESOLVED;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
