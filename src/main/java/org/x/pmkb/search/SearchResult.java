package org.x.pmkb.search;

import java.util.List;
import java.util.Map;
import org.x.pmkb.index.FacetCount;

/**
 * The answer to a query.
 *
 * @param total how many incidents match (all of them, not just the hits shown)
 * @param facets counts over every matching incident, by facet dimension
 * @param notes things the user should know, e.g. a filter value no incident has
 */
public record SearchResult(int total, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
    List<String> notes) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
    notes = List.copyOf(notes);
  }
}
