package io.github.pmkb.build;

/**
 * The one-shot build: {@code pmkb build}'s front door. The stages (config, scan, parse and
 * extract, assemble, index, plan, render and write) live in {@link BuildSession}, which {@code
 * pmkb serve} keeps open to rebuild incrementally; this class runs one clean build and forgets it.
 */
public final class SiteBuilder {
  /** Receives progress for long stages; the CLI shows it on a terminal. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (stage, done, total) -> {};

    void update(String stage, int done, int total);
  }

  private SiteBuilder() {}

  /** Builds the site into a staging folder and swaps it in when complete. */
  public static BuildResult build(BuildOptions options, Progress progress) {
    try (BuildSession session = BuildSession.open(options, progress)) {
      return session.build();
    }
  }

  /** pmkb's version, from the jar manifest; "dev" when run from classes. */
  public static String version() {
    String v = SiteBuilder.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
