package io.github.pmkb.build;

import java.util.Map;
import java.util.TreeMap;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Postmortem;

/**
 * The part of a corpus that pages read back from the index: facet counts and related incidents.
 * Related incidents compare the text of every postmortem, so since issue 4 this is the whole
 * published corpus (compared by value: a re-parsed but unchanged file is equal). When two corpora have equal inputs, the
 * previous {@link io.github.pmkb.index.IndexSnapshot} gives the same pages as a new one, so an edit
 * that leaves tags alone skips the index stage, the slowest per edit (it can only rebuild the
 * whole index).
 *
 * <p>Whoever makes pages read more from the index (related incidents, more facets) must add what
 * that depends on here, or the incremental output drifts from a clean build; {@code
 * IncrementalBuildIT} compares the two.
 */
record IndexInputs(int documents, Map<String, Integer> tagCounts, java.util.List<Postmortem> postmortems) {
  static IndexInputs of(Corpus corpus) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Postmortem p : corpus.postmortems()) {
      // Facets count documents, so a tag repeated in one postmortem counts once.
      for (String tag : new java.util.TreeSet<>(p.tags())) counts.merge(tag, 1, Integer::sum);
    }
    return new IndexInputs(corpus.size(), Map.copyOf(counts), corpus.postmortems());
  }
}
