package org.x.pmkb.index;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the index stage hands on: where the Lucene index is, and facet counts read back from it.
 *
 * @param facets facet name to its values, most frequent first, ties by value
 */
public record IndexSnapshot(Path dir, int documents, Map<String, List<FacetCount>> facets) {
  public IndexSnapshot {
    Map<String, List<FacetCount>> copy = new TreeMap<>();
    facets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    facets = Collections.unmodifiableMap(copy);
  }

  public List<FacetCount> facet(String name) {
    return facets.getOrDefault(name, List.of());
  }
}
