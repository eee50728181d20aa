package io.github.pmkb.output;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.diag.SourcePos;

/**
 * Warns when a written site would not publish on GitHub Pages: a push refuses a file over 100 MiB,
 * and a published site may be at most 1 GB. A large knowledge base meets these long before pmkb
 * itself strains, and the author should hear it from the build, not from a failed deploy.
 */
public final class HostLimits {
  /** GitHub refuses a pushed file larger than this. */
  public static final long FILE_BYTES = 100L * 1024 * 1024;
  /** GitHub Pages publishes sites up to this size. */
  public static final long SITE_BYTES = 1_000_000_000L;

  private final long fileLimit;
  private final long siteLimit;

  public HostLimits(long fileLimit, long siteLimit) {
    this.fileLimit = fileLimit;
    this.siteLimit = siteLimit;
  }

  public static HostLimits githubPages() {
    return new HostLimits(FILE_BYTES, SITE_BYTES);
  }

  /**
   * Reports each file over the file limit and a total over the site limit as warnings. {@code
   * sizes} is every file of the site by its path in the site, as the build wrote them ({@link
   * OutputWriter#sizes()}), as walking the written folder again costs seconds on a large site.
   *
   * @param shownAs the site's folder as messages name it, e.g. {@code target/site}
   */
  public void check(Map<String, Long> sizes, String shownAs, Diagnostics diags) {
    long total = 0;
    Map<String, Long> byFolder = new TreeMap<>();
    for (Map.Entry<String, Long> e : new TreeMap<>(sizes).entrySet()) {
      String rel = e.getKey();
      long size = e.getValue();
      total += size;
      int slash = rel.indexOf('/');
      byFolder.merge(slash < 0 ? "(top level)" : rel.substring(0, slash + 1), size, Long::sum);
      if (size > fileLimit) {
        diags.warning("OUT001", rel + " is " + mb(size) + ", over GitHub's limit of " + mb(fileLimit)
            + " for a pushed file", SourcePos.of(shownAs + "/" + rel),
            rel.startsWith("api/") ? "set site.api=false in site.properties to leave this file out" : null);
      }
    }
    if (total > siteLimit) {
      diags.warning("OUT002", "the site is " + mb(total) + ", over GitHub Pages' limit of " + mb(siteLimit)
          + " for a published site; the largest parts: " + largest(byFolder, 3), SourcePos.of(shownAs),
          "publish on a host without this limit" + (byFolder.containsKey("api/")
              ? ", or leave out the JSON export (site.api=false, " + mb(byFolder.get("api/")) + ")" : ""));
    }
  }

  /**
   * The {@code n} heaviest folders, heaviest first ("incidents/ 1036.2 MB, search/ 285.0 MB"), so
   * the author sees where the bytes go (at 100,000 postmortems, the incident pages).
   */
  private static String largest(Map<String, Long> byFolder, int n) {
    return byFolder.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n).map(e -> e.getKey() + " " + mb(e.getValue())).collect(java.util.stream.Collectors.joining(", "));
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }
}
