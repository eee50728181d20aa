/**
 * Search stage (Lucene read side): answers user queries over the index that {@code
 * io.github.pmkb.index} wrote, for {@code pmkb search} (and later the browser export's parity tests).
 *
 * <p>Read {@link io.github.pmkb.search.Searcher} first: {@code open(dir, synonyms)}, then {@code
 * search(SearchQuery.parse(text), limit, style)} gives ranked {@link io.github.pmkb.search.SearchHit}s
 * with snippets and facet counts over the whole result set. {@link io.github.pmkb.search.SearchQuery}
 * documents the query syntax; {@link io.github.pmkb.search.Synonyms} the query-time synonym list.
 *
 * <p>Invariants: the analysis chains are the index's ({@code io.github.pmkb.index.Analyzers}), so a
 * word is analysed the same way on both sides; bad query syntax is a {@link
 * io.github.pmkb.search.QuerySyntaxException} with a column, never a Lucene exception. Only this package
 * and {@code index} import Lucene.
 */
package io.github.pmkb.search;
