/**
 * Index stage (Lucene write side): one fresh index per build under {@code
 * target/pmkb-cache/index}, doc ids in corpus order (newest first), one segment per slice indexed
 * in parallel and read as one through {@link io.github.pmkb.index.WholeIndex}; and what the site
 * needs from it: facet counts and the related incidents of every postmortem.
 *
 * <p>Front door: {@link io.github.pmkb.index.IndexBuilder#build}. Read next: {@link
 * io.github.pmkb.index.Fields} (the schema), {@link io.github.pmkb.index.Analyzers} (the analysis chains,
 * written to be ported to JavaScript for the browser search), {@link
 * io.github.pmkb.index.FacetValues} (the one definition of a postmortem's facet values, shared with the
 * site's facet pages).
 *
 * <p>Invariants: facet counts are read back from the index, so they count what search finds;
 * related incidents cost one pruned top-k search per document, never a comparison of all pairs;
 * synonyms are not indexed (the search package expands them at query time). Only this package and
 * {@code search} import Lucene.
 */
package io.github.pmkb.index;
