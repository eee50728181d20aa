package io.github.pmkb.model;

/**
 * What the search index reads of a postmortem besides its facts, taken from the parsed file while
 * it is in memory, so the index never reads or parses a file again.
 *
 * @param body the body as plain text (what the page shows, without markup)
 * @param rootCause the source lines of the root-cause sections, headings included, or empty
 */
public record SearchText(StoredText body, String rootCause) {
  private static final SearchText NONE = new SearchText(StoredText.of(""), "");

  public SearchText {
    if (body == null || rootCause == null) throw new IllegalArgumentException("search text parts are required");
  }

  /** No text: a postmortem that was not read from a file (tests, tools). */
  public static SearchText none() {
    return NONE;
  }
}
