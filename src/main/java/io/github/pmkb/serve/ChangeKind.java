package io.github.pmkb.serve;

/** What a changed path is to the site, which decides how much is rebuilt (see {@link ChangeClassifier}). */
enum ChangeKind {
  /** A postmortem or an image beside one: re-parse that file, re-render the pages that show it. */
  CONTENT,
  /** A theme or site template: re-render every page. */
  TEMPLATES,
  /** A static file of the theme or the site: copy static files again. */
  ASSETS,
  /** {@code site.properties}, or the theme folder as a whole: rebuild everything. */
  CONFIG
}
