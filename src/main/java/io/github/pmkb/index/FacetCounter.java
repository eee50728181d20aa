package io.github.pmkb.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * Counts every facet dimension over a set of hits. Shared by the index stage (all documents) and
 * search (one result set). Holds the reader state, which is costly to build: make one per reader.
 */
public final class FacetCounter {
  private final Optional<SortedSetDocValuesReaderState> state;

  private FacetCounter(Optional<SortedSetDocValuesReaderState> state) {
    this.state = state;
  }

  public static FacetCounter open(IndexReader reader) throws IOException {
    try {
      return new FacetCounter(Optional.of(new DefaultSortedSetDocValuesReaderState(reader, facetsConfig())));
    } catch (IllegalArgumentException e) {
      return new FacetCounter(Optional.empty()); // an empty index has no facet field
    }
  }

  /** The facets configuration of the index: contributing causes, tags, services are multi-valued. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(Fields.FACET_CONTRIBUTING, true);
    config.setMultiValued(Fields.FACET_TAG, true);
    config.setMultiValued(Fields.FACET_SERVICE, true);
    return config;
  }

  /** Dimension to counts, most frequent first, ties by value; dimensions without values are left out. */
  public Map<String, List<FacetCount>> count(FacetsCollector hits) throws IOException {
    Map<String, List<FacetCount>> out = new TreeMap<>();
    if (state.isEmpty()) return out;
    Facets facets = new SortedSetDocValuesFacetCounts(state.get(), hits);
    for (String dim : Fields.FACETS) {
      FacetResult r;
      try {
        r = facets.getAllChildren(dim);
      } catch (IllegalArgumentException e) {
        continue; // no document has this dimension
      }
      if (r == null) continue;
      List<FacetCount> counts = new ArrayList<>();
      for (LabelAndValue lv : r.labelValues) {
        if (lv.value.intValue() > 0) counts.add(new FacetCount(lv.label, lv.value.intValue()));
      }
      counts.sort(Comparator.comparingInt(FacetCount::count).reversed().thenComparing(FacetCount::value));
      if (!counts.isEmpty()) out.put(dim, List.copyOf(counts));
    }
    return out;
  }
}
