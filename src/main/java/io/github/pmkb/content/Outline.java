package io.github.pmkb.content;

import java.util.List;

/**
 * The structure of a Markdown body, free of flexmark types, for the extract stage.
 *
 * @param headings every Markdown heading in order
 * @param firstParagraph plain text of the first paragraph, empty when there is none
 */
public record Outline(List<Heading> headings, String firstParagraph, int firstParagraphLine) {

  /** A heading: level 1 to 6, plain text, 1-based line in the file, and its anchor id. */
  public record Heading(int level, String text, int line, String id) {}

  public Outline {
    headings = List.copyOf(headings);
  }
}
