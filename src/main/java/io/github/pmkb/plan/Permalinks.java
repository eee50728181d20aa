package io.github.pmkb.plan;

/**
 * Where each kind of page lives. Pages are files ({@code incidents/x.html}) rather than folders,
 * so links work when the site is opened from disk as well as on GitHub Pages.
 */
public final class Permalinks {
  private static final String INDEX = "index";

  private Permalinks() {}

  public static String incident(String slug) {
    return "incidents/" + incidentFile(slug);
  }

  /**
   * An incident page's file name: the whole link from another incident page, which is in the
   * same folder (related incidents, newer and older), shorter than a link through the root.
   */
  public static String incidentFile(String slug) {
    return slug + ".html";
  }

  public static String tag(String tag) {
    return "tags/" + valueFile(tag);
  }

  public static String tagsIndex() {
    return "tags/" + INDEX + ".html";
  }

  /** A facet value's page, e.g. {@code facets/root-cause/memory-leak.html}; tags keep their own pages. */
  public static String facet(String dimSlug, String valueSlug) {
    return "facets/" + dimSlug + "/" + valueFile(valueSlug);
  }

  /**
   * A value's file in its facet's folder. A value whose slug is {@code index} would take the
   * folder's own index page, so it gets {@code index_.html}: slugs are letters, digits and
   * hyphens, so no other value can have that name.
   */
  private static String valueFile(String valueSlug) {
    return (valueSlug.equals(INDEX) ? INDEX + "_" : valueSlug) + ".html";
  }

  /** A facet's list of values, e.g. {@code facets/service/index.html}. */
  public static String facetIndex(String dimSlug) {
    return "facets/" + dimSlug + "/" + INDEX + ".html";
  }

  /**
   * Page {@code n} (from 1) of a long list whose first page is {@code first}: {@code
   * tags/dns.html}, then {@code tags/dns/page/2.html}. The folder cannot clash with another
   * value's page, since slugs have no slash.
   */
  public static String listPage(String first, int n) {
    return n <= 1 ? first : first.substring(0, first.length() - ".html".length()) + "/page/" + n + ".html";
  }

  public static String browse() {
    return "browse.html";
  }

  public static String recurring() {
    return "recurring.html";
  }

  /** The relative path from {@code pagePath} back to the site root. */
  public static String rootOf(String pagePath) {
    int depth = (int) pagePath.chars().filter(c -> c == '/').count();
    return "../".repeat(depth);
  }
}
