/**
 * Index stage (Lucene write side): one fresh index per build under {@code
 * target/pmkb-cache/index}, doc ids in corpus order (newest first), one segment per slice indexed
 * in parallel and read as one through {@link org.x.pmkb.index.WholeIndex}; and what the site
 * needs from it: facet counts and the related incidents of every postmortem.
 *
 * <p>Front door: {@link org.x.pmkb.index.IndexBuilder#build}. Read next: {@link
 * org.x.pmkb.index.Fields} (the schema), {@link org.x.pmkb.index.Analyzers} (the analysis chains,
 * written to be ported to JavaScript for the browser search), {@link
 * org.x.pmkb.index.FacetValues} (the one definition of a postmortem's facet values, shared with the
 * site's facet pages).
 *
 * <p>Invariants: facet counts are read back from the index, so they count what search finds;
 * related incidents cost one pruned top-k search per document, never a comparison of all pairs;
 * synonyms are not indexed (the search package expands them at query time). Only this package and
 * {@code search} import Lucene.
 */
package org.x.pmkb.index;
