package io.github.pmkb.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answer to a query.
 *
 * @param total how many incidents match (all of them, not just the hits shown)
 * @param facets facet dimension (sorted) to value to count, over every matching incident; values
 *     most frequent first, ties by value
 * @param notes things the user should know, e.g. a filter value no incident has
 */
public record SearchResult(int total, List<SearchHit> hits, Map<String, Map<String, Integer>> facets,
    List<String> notes) {
  public SearchResult {
    hits = List.copyOf(hits);
    Map<String, Map<String, Integer>> copy = new TreeMap<>();
    facets.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    facets = Collections.unmodifiableMap(copy);
    notes = List.copyOf(notes);
  }
}
