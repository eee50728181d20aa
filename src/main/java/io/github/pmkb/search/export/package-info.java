/**
 * Export of the Lucene index into the static files the browser search reads
 * (shared/docs/SEARCH.md §5): no second tokenisation, every term and score comes from the index.
 *
 * <p>Read {@link io.github.pmkb.search.export.BrowserIndex} first: {@code export(indexDir, urlOfSlug)}
 * returns every file (path below the site's {@code search/} folder to bytes), the manifest last.
 * {@link io.github.pmkb.search.export.Impacts} computes Lucene's BM25 per field and sums the field
 * boosts into one score per (term, document); {@link io.github.pmkb.search.export.TermEntries}
 * is the entry format both dictionaries share: {@link io.github.pmkb.search.export.Dictionary}
 * (sorted blocks behind a root the manifest carries) and {@link
 * io.github.pmkb.search.export.HashedDictionary} (fixed slots found by a hash of the term); {@link
 * io.github.pmkb.search.export.DocFiles} writes cards and snippet texts in fixed slots, {@link
 * io.github.pmkb.search.export.FacetColumns} what the filter panel counts, {@link
 * io.github.pmkb.search.export.Pack} the files themselves, split under GitHub's file limit.
 *
 * <p>Invariants: output is a pure function of the index (same index, same bytes); file names
 * carry a hash of their content, so only {@code manifest.json} needs revalidation; the page finds
 * every record from the manifest and what it already read, without lookup tables in between, so a
 * query costs few round trips; doc ids are Lucene's, which follow the date (newest first).
 */
package io.github.pmkb.search.export;
