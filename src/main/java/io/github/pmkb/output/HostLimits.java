package io.github.pmkb.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
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
   * Measures the site in {@code site} (named {@code shownAs} in messages, e.g. {@code target/site})
   * and reports each file over the file limit and a total over the site limit as warnings.
   */
  public void check(Path site, String shownAs, Diagnostics diags) {
    long total = 0;
    List<Path> files;
    try (Stream<Path> s = Files.walk(site)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path f : files) {
      long size = size(f);
      total += size;
      if (size > fileLimit) {
        String rel = site.relativize(f).toString().replace('\\', '/');
        diags.warning("OUT001", rel + " is " + mb(size) + ", over GitHub's limit of " + mb(fileLimit)
            + " for a pushed file", SourcePos.of(shownAs + "/" + rel),
            rel.startsWith("api/") ? "set site.api=false in site.properties to leave this file out" : null);
      }
    }
    if (total > siteLimit) {
      diags.warning("OUT002", "the site is " + mb(total) + ", over GitHub Pages' limit of " + mb(siteLimit)
          + " for a published site", SourcePos.of(shownAs), "publish on a host without this limit, or "
          + "leave out what you can spare (site.api=false)");
    }
  }

  private static long size(Path f) {
    try {
      return Files.readAttributes(f, BasicFileAttributes.class).size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }
}
