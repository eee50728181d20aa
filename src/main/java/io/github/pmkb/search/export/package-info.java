/**
 * Export of the Lucene index into the static files the browser search reads
 * (shared/docs/SEARCH.md §5): no second tokenisation, every term and score comes from the index.
 *
 * <p>Read {@link io.github.pmkb.search.export.BrowserIndex} first: {@code export(indexDir, urlOfSlug)}
 * returns every file (path below the site's {@code search/} folder to bytes). {@link
 * io.github.pmkb.search.export.Impacts} computes Lucene's BM25 per field and sums the field boosts
 * into one score per (term, document); {@link io.github.pmkb.search.export.Dictionary} cuts the sorted
 * terms into front-coded blocks behind a root table; {@link
 * io.github.pmkb.search.export.DocFiles} writes cards, snippet texts and facet columns.
 *
 * <p>Invariants: output is a pure function of the index (same index, same bytes); file names
 * carry a hash of their content (or of their group's content), so only {@code manifest.json}
 * needs revalidation; doc ids are Lucene's, which follow the date index sort (newest first).
 */
package io.github.pmkb.search.export;
