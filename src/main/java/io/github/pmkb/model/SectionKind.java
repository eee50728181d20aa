package io.github.pmkb.model;

import java.util.Locale;

/** The canonical sections of a postmortem (see shared/docs/POSTMORTEMS.md for heading variants). */
public enum SectionKind {
  SUMMARY,
  IMPACT,
  TIMELINE,
  ROOT_CAUSE,
  RESOLUTION,
  ACTIONS,
  LESSONS,
  OTHER;

  /** Stable lower-case name used in JSON, e.g. {@code root_cause}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
