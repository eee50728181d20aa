package io.github.pmkb.model;

/**
 * A recognised part of a postmortem.
 *
 * @param kind the canonical section, e.g. {@code root_cause}
 * @param heading the heading as written ("Root Cause Analysis")
 * @param line 1-based line of the heading
 * @param endLine 1-based last line of the section's content
 */
public record Section(SectionKind kind, String heading, int line, int endLine) {
  public Section {
    heading = Shared.string(heading);
  }
}
