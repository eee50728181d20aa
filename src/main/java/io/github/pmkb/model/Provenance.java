package io.github.pmkb.model;

/** Where a fact about a postmortem came from; shown to readers as "where each fact came from". */
public enum Provenance {
  /** Written by the author in YAML front matter or a JBake header: always wins. */
  FRONT_MATTER,
  /** Read from the prose of the postmortem. */
  BODY,
  /** Computed from other facts, such as a duration from start and end. */
  DERIVED,
  /** Nothing was found; a fallback such as the file name was used. */
  DEFAULT
}
