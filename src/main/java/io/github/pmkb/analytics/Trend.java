package io.github.pmkb.analytics;

/**
 * How often a root cause struck lately: incidents in the twelve months up to the newest incident
 * of the knowledge base (never the build date, so the site does not change while nobody edits
 * it) and in the twelve months before.
 */
public record Trend(int recent, int before) {
  /** {@code rising}, {@code falling} or {@code steady}. */
  public String direction() {
    return recent > before ? "rising" : recent < before ? "falling" : "steady";
  }
}
