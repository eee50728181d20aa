package io.github.pmkb.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import io.github.pmkb.index.Analyzers;
import io.github.pmkb.index.FacetCount;
import io.github.pmkb.index.FacetCounter;
import io.github.pmkb.index.Fields;
import io.github.pmkb.search.SearchQuery.Filter;

/**
 * The search package's front door: opens an index written by {@code IndexBuilder} and answers
 * {@link SearchQuery}s with ranked, highlighted hits and facet counts over the whole result set.
 * Thread-safe for searches; close it when done.
 */
public final class Searcher implements Closeable {
  /** Snippets aim at this many characters: about two lines of a terminal. */
  static final int SNIPPET_CHARS = 160;

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final FacetCounter counter;
  private final QueryFactory queries;
  private final Analyzer analyzer = Analyzers.text();
  /** Facet dimension to its values, for case-insensitive filter values. */
  private final Map<String, List<FacetCount>> allFacets;

  private Searcher(DirectoryReader reader, Synonyms synonyms) throws IOException {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.counter = FacetCounter.open(reader);
    FacetsConfig config = FacetCounter.facetsConfig();
    this.queries = new QueryFactory(config, synonyms);
    this.allFacets = counter.count(searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager()));
  }

  public static Searcher open(Path indexDir, Synonyms synonyms) {
    try {
      return new Searcher(DirectoryReader.open(FSDirectory.open(indexDir)), synonyms);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + indexDir, e);
    }
  }

  public int documents() {
    return reader.numDocs();
  }

  /** Runs {@code q}; {@code limit} caps the hits, never the facet counts. */
  public SearchResult search(SearchQuery q, int limit, Highlight style) {
    List<String> notes = new ArrayList<>();
    SearchQuery resolved = new SearchQuery(q.clauses(), resolve(q.filters(), notes), q.since());
    Query query = queries.build(resolved);
    try {
      FacetsCollectorManager.FacetsResult r =
          FacetsCollectorManager.search(searcher, query, Math.max(1, limit), new FacetsCollectorManager(true));
      TopDocs top = r.topDocs();
      int total = r.facetsCollector().getMatchingDocs().stream().mapToInt(m -> m.totalHits).sum();
      String[] snippets = snippets(query, top, style);
      List<SearchHit> hits = new ArrayList<>();
      var stored = searcher.storedFields();
      for (int i = 0; i < top.scoreDocs.length && i < limit; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        Document d = stored.document(sd.doc);
        hits.add(new SearchHit(d.get(Fields.SLUG), d.get(Fields.TITLE), orEmpty(d.get(Fields.DATE_ISO)),
            orEmpty(d.get(Fields.ROOT_CAUSE_ID)), sd.score, oneLine(snippets[i])));
      }
      if (queries.isOnlyStopWords(resolved)) notes.add("the query has only common words (the, of, ...), which are not indexed");
      return new SearchResult(total, hits, plain(counter.count(r.facetsCollector())), notes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index", e);
    }
  }

  private String[] snippets(Query query, TopDocs top, Highlight style) throws IOException {
    UnifiedHighlighter h = UnifiedHighlighter.builder(searcher, analyzer)
        // Query terms from the title or root-cause fields are highlighted in the body too.
        .withFieldMatcher(f -> true)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
        .withFormatter(new DefaultPassageFormatter(style.pre, style.post, " … ", style.escape))
        .withMaxNoHighlightPassages(1)
        .build();
    String[] s = h.highlight(Fields.BODY, query, top, 1);
    for (int i = 0; i < s.length; i++) if (s[i] == null) s[i] = "";
    return s;
  }

  /** Maps filter values to the index's spelling ({@code sev1} → {@code SEV1}); notes unknown ones. */
  private List<Filter> resolve(List<Filter> filters, List<String> notes) {
    List<Filter> out = new ArrayList<>();
    for (Filter f : filters) {
      Map<String, String> byLower = new HashMap<>();
      for (FacetCount c : allFacets.getOrDefault(f.dim(), List.of())) {
        byLower.putIfAbsent(c.value().toLowerCase(Locale.ROOT), c.value());
      }
      String v = byLower.get(f.value().toLowerCase(Locale.ROOT));
      if (v == null) notes.add("no incident has " + f.dim() + "=" + f.value());
      out.add(new Filter(f.dim(), v == null ? f.value() : v, f.negated()));
    }
    return out;
  }

  private static Map<String, Map<String, Integer>> plain(Map<String, List<FacetCount>> counts) {
    Map<String, Map<String, Integer>> out = new java.util.TreeMap<>();
    counts.forEach((dim, cs) -> {
      Map<String, Integer> values = new java.util.LinkedHashMap<>();
      cs.forEach(c -> values.put(c.value(), c.count()));
      out.put(dim, values);
    });
    return out;
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
