package io.github.pmkb.index;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Field and facet names of the Lucene index; the search package reads the same names.
 *
 * <p>Text fields go through {@link Analyzers#text()}, except {@link #SHINGLES} ({@link
 * Analyzers#shingles()}). Keyword fields ({@code slug}, {@code root_cause_id}, {@code service_id})
 * are exact.
 */
public final class Fields {
  public static final String SLUG = "slug";
  public static final String TITLE = "title";
  public static final String SUMMARY = "summary";
  /** Text of the postmortem's root-cause section, when extraction found one. */
  public static final String ROOT_CAUSE_TEXT = "root_cause_text";
  /** Plain text of the whole body (stored, for snippets). */
  public static final String BODY = "body";
  public static final String TAGS = "tags";
  public static final String SERVICES = "services";
  /** Word pairs of title, summary, root cause and body, so "memory leak" ranks as a phrase. */
  public static final String SHINGLES = "shingles";
  /** Root-cause category id, exact (stored; also used by related incidents). */
  public static final String ROOT_CAUSE_ID = "root_cause_id";
  /** Service name, exact. */
  public static final String SERVICE_ID = "service_id";
  /** Date as days since the epoch: points for ranges, doc values for the index sort. */
  public static final String DATE = "date";
  /** ISO date, stored for display. */
  public static final String DATE_ISO = "date_iso";
  /** Duration in whole minutes (stated, else start to resolution): points, doc values, stored. */
  public static final String DURATION_MINUTES = "duration_minutes";

  /** Facet dimension for tags. */
  public static final String FACET_TAG = "tag";
  public static final String FACET_ROOT_CAUSE = "root_cause";
  /** Contributing causes: taxonomy ids other than the root cause, several per incident. */
  public static final String FACET_CONTRIBUTING = "contributing";
  public static final String FACET_SEVERITY = "severity";
  public static final String FACET_SERVICE = "service";
  public static final String FACET_YEAR = "year";
  /** {@code YYYY-MM}. */
  public static final String FACET_MONTH = "month";

  /** Every facet dimension, in display order. */
  public static final List<String> FACETS =
      List.of(FACET_ROOT_CAUSE, FACET_CONTRIBUTING, FACET_TAG, FACET_SEVERITY, FACET_SERVICE, FACET_YEAR, FACET_MONTH);

  /** What a reader calls each dimension, on the facet pages and in the search page's filters. */
  private static final Map<String, String> LABELS = Map.of(FACET_ROOT_CAUSE, "Root cause",
      FACET_CONTRIBUTING, "Contributing cause", FACET_TAG, "Tag", FACET_SEVERITY, "Severity",
      FACET_SERVICE, "Service", FACET_YEAR, "Year", FACET_MONTH, "Month");

  /** A dimension's label: its own for the built-in ones, else its name in words ("on_call" reads "On call"). */
  public static String label(String facet) {
    String known = LABELS.get(facet);
    if (known != null) return known;
    String words = facet.replace('_', ' ').replace('-', ' ').strip();
    return words.isEmpty() ? facet : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  /** Root cause value when extraction found none. */
  public static final String UNKNOWN = "unknown";

  private Fields() {}
}
