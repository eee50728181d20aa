package org.x.pmkb.site;

/**
 * Where each kind of page lives. Pages are files ({@code incidents/x.html}) rather than folders,
 * so links work when the site is opened from disk as well as on GitHub Pages.
 */
public final class Permalinks {
  private Permalinks() {}

  public static String incident(String slug) {
    return "incidents/" + slug + ".html";
  }

  public static String tag(String tag) {
    return "tags/" + tag + ".html";
  }

  public static String tagsIndex() {
    return "tags/index.html";
  }

  /** The relative path from {@code pagePath} back to the site root. */
  public static String rootOf(String pagePath) {
    int depth = (int) pagePath.chars().filter(c -> c == '/').count();
    return "../".repeat(depth);
  }
}
