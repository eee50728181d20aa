package io.github.pmkb.model;

/**
 * What the search index reads of a postmortem besides its facts, taken from the parsed file while
 * it is in memory, so the index never reads or parses a file again.
 *
 * @param body the body as plain text (what the page shows, without markup)
 * @param rootCauseText the source lines of the root-cause sections, headings included, or empty;
 *     kept as a {@link StoredText} like the body because a build holds it until the index is
 *     written, and it is often longer than every other fact of its postmortem together
 */
public record SearchText(StoredText body, StoredText rootCauseText) {
  private static final SearchText NONE = new SearchText(StoredText.of(""), "");

  public SearchText {
    if (body == null || rootCauseText == null) throw new IllegalArgumentException("search text parts are required");
  }

  /** Search text whose root-cause lines are kept in memory. */
  public SearchText(StoredText body, String rootCause) {
    this(body, rootCause == null ? null : StoredText.of(rootCause));
  }

  /** No text: a postmortem that was not read from a file (tests, tools). */
  public static SearchText none() {
    return NONE;
  }

  /** The root-cause lines, decoded anew on each call. */
  public String rootCause() {
    return rootCauseText.text();
  }
}
