/**
 * Search stage (Lucene read side): answers user queries over the index that {@code
 * org.x.pmkb.index} wrote, for {@code pmkb search} (and later the browser export's parity tests).
 *
 * <p>Read {@link org.x.pmkb.search.Searcher} first: {@code open(dir, synonyms)}, then {@code
 * search(SearchQuery.parse(text), limit, style)} gives ranked {@link org.x.pmkb.search.SearchHit}s
 * with snippets and facet counts over the whole result set. {@link org.x.pmkb.search.SearchQuery}
 * documents the query syntax; {@link org.x.pmkb.search.Synonyms} the query-time synonym list.
 *
 * <p>Invariants: the analysis chains are the index's ({@code org.x.pmkb.index.Analyzers}), so a
 * word is analysed the same way on both sides; bad query syntax is a {@link
 * org.x.pmkb.search.QuerySyntaxException} with a column, never a Lucene exception. Only this package
 * and {@code index} import Lucene.
 */
package org.x.pmkb.search;
