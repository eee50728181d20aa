package io.github.pmkb.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import io.github.pmkb.index.Fields;

/**
 * A parsed user query. Syntax (the subset of Lucene's classic syntax the browser search will
 * share):
 *
 * <ul>
 *   <li>{@code memory leak}: every word must match (in title, summary, root cause, body, tags or
 *       services); adjacent words also score as a phrase;
 *   <li>{@code "load balancer"}: a phrase;
 *   <li>{@code -redis}, {@code -"feature flag"}: exclude;
 *   <li>{@code root_cause:memory-leak}, {@code contributing:dns}, {@code severity:SEV1}, {@code tag:"dns"}, {@code
 *       -service:billing}: facet filters (values of one facet are ORed, facets ANDed).
 * </ul>
 *
 * A {@code name:value} whose name is not a facet is an error, unless the value is empty ({@code
 * Error: refused} searches for the word {@code Error}); quote such text to search for it.
 */
public record SearchQuery(List<Clause> clauses, List<Filter> filters, Optional<LocalDate> since) {
  /** Facet names users may write, with their aliases. */
  static final Map<String, String> FACET_NAMES = Map.ofEntries(
      Map.entry("root_cause", Fields.FACET_ROOT_CAUSE), Map.entry("root-cause", Fields.FACET_ROOT_CAUSE),
      Map.entry("rootcause", Fields.FACET_ROOT_CAUSE), Map.entry("cause", Fields.FACET_ROOT_CAUSE),
      Map.entry("contributing", Fields.FACET_CONTRIBUTING), Map.entry("contributing_cause", Fields.FACET_CONTRIBUTING),
      Map.entry("contributing-cause", Fields.FACET_CONTRIBUTING),
      Map.entry("tag", Fields.FACET_TAG), Map.entry("tags", Fields.FACET_TAG),
      Map.entry("severity", Fields.FACET_SEVERITY), Map.entry("sev", Fields.FACET_SEVERITY),
      Map.entry("service", Fields.FACET_SERVICE), Map.entry("services", Fields.FACET_SERVICE),
      Map.entry("year", Fields.FACET_YEAR), Map.entry("month", Fields.FACET_MONTH));

  /** A word or a quoted phrase. */
  public record Clause(String text, boolean phrase, boolean negated) {}

  /** A facet filter: {@code dim} is a canonical facet name ({@link Fields#FACETS}). */
  public record Filter(String dim, String value, boolean negated) {}

  public SearchQuery {
    clauses = List.copyOf(clauses);
    filters = List.copyOf(filters);
  }

  /** The facet a user-written name means ({@code tags} → {@code tag}), if any. */
  public static Optional<String> facetName(String name) {
    return Optional.ofNullable(FACET_NAMES.get(name.toLowerCase(Locale.ROOT)));
  }

  /** A copy with more filters (from {@code --facet}) and a start date. */
  public SearchQuery with(List<Filter> more, Optional<LocalDate> newSince) {
    List<Filter> all = new ArrayList<>(filters);
    all.addAll(more);
    return new SearchQuery(clauses, all, newSince.or(() -> since));
  }

  /**
   * Parses the user's text.
   *
   * @throws QuerySyntaxException for an unclosed quote, a dangling {@code -} or an unknown field
   */
  public static SearchQuery parse(String text) {
    return new QueryParser(text).parse();
  }
}
