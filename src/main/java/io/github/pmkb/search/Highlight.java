package io.github.pmkb.search;

/** How snippets mark matched words. */
public enum Highlight {
  /** {@code **word**}, for terminals and plain text. */
  TEXT("**", "**", false),
  /** {@code <mark>word</mark>}, the rest HTML-escaped, for JSON consumers that show HTML. */
  HTML("<mark>", "</mark>", true);

  final String pre;
  final String post;
  final boolean escape;

  Highlight(String pre, String post, boolean escape) {
    this.pre = pre;
    this.post = post;
    this.escape = escape;
  }
}
