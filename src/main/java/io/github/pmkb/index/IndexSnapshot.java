package io.github.pmkb.index;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the index stage hands on: where the Lucene index is, facet counts read back from it, and
 * the related incidents of every postmortem.
 *
 * @param facets facet dimension to its values, most frequent first, ties by value
 * @param related slug to up to {@link IndexBuilder#RELATED} related incidents, best first
 */
public record IndexSnapshot(Path dir, int documents, Map<String, List<FacetCount>> facets,
    Map<String, List<Related>> related) {
  public IndexSnapshot {
    Map<String, List<FacetCount>> copy = new TreeMap<>();
    facets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    facets = Collections.unmodifiableMap(copy);
    Map<String, List<Related>> rel = new TreeMap<>();
    related.forEach((k, v) -> rel.put(k, List.copyOf(v)));
    related = Collections.unmodifiableMap(rel);
  }

  public List<FacetCount> facet(String name) {
    return facets.getOrDefault(name, List.of());
  }

  public List<Related> related(String slug) {
    return related.getOrDefault(slug, List.of());
  }
}
