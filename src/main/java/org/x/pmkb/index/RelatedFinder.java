package org.x.pmkb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * Related incidents for every document: one MoreLikeThis query per document over title, root
 * cause and body (from term vectors, no re-analysis), plus bonuses for sharing the root cause or a
 * service, top {@link IndexBuilder#RELATED} kept.
 *
 * <p>Cost: N top-k searches, each pruned by Lucene's block-max WAND over at most {@link
 * #MAX_QUERY_TERMS} distinctive terms; never a comparison of every pair.
 */
final class RelatedFinder {
  static final int MAX_QUERY_TERMS = 25;
  static final int MIN_MAX_DOC_FREQ = 20;
  /** Bonus for the same root cause; about one strong shared term. */
  private static final float ROOT_CAUSE_BOOST = 4f;
  private static final float SERVICE_BOOST = 2f;
  private static final String[] MLT_FIELDS = {Fields.TITLE, Fields.ROOT_CAUSE_TEXT, Fields.BODY};

  private final IndexReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer;

  RelatedFinder(IndexReader reader, Analyzer analyzer) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.analyzer = analyzer;
  }

  /** Slug to related incidents, for every document. */
  Map<String, List<Related>> all(int limit) {
    int n = reader.maxDoc();
    String[] slugs = new String[n];
    try {
      StoredFields stored = reader.storedFields();
      for (int d = 0; d < n; d++) slugs[d] = stored.document(d).get(Fields.SLUG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Each document's search is independent; results are merged in docid order, so deterministic.
    List<List<Related>> found = IntStream.range(0, n).parallel().mapToObj(d -> related(d, limit, slugs)).toList();
    Map<String, List<Related>> out = new TreeMap<>();
    for (int d = 0; d < n; d++) out.put(slugs[d], found.get(d));
    return out;
  }

  private List<Related> related(int doc, int limit, String[] slugs) {
    try {
      StoredFields stored = reader.storedFields();
      var fields = stored.document(doc);
      String rootCause = fields.get(Fields.ROOT_CAUSE_ID);
      Set<String> services = new HashSet<>(List.of(fields.getValues(Fields.SERVICE_ID)));
      Query text = moreLikeThis().like(doc);
      BooleanQuery.Builder q = new BooleanQuery.Builder().add(text, Occur.SHOULD);
      if (rootCause != null && !rootCause.equals(Fields.UNKNOWN)) {
        q.add(new BoostQuery(new TermQuery(new Term(Fields.ROOT_CAUSE_ID, rootCause)), ROOT_CAUSE_BOOST), Occur.SHOULD);
      }
      for (String s : new java.util.TreeSet<>(services)) {
        q.add(new BoostQuery(new TermQuery(new Term(Fields.SERVICE_ID, s)), SERVICE_BOOST), Occur.SHOULD);
      }
      Query query = q.build();
      ScoreDoc[] top = searcher.search(query, limit + 1).scoreDocs;
      Weight textWeight = searcher.createWeight(searcher.rewrite(text), ScoreMode.COMPLETE_NO_SCORES, 1f);
      List<Related> out = new ArrayList<>();
      for (ScoreDoc sd : top) {
        if (sd.doc == doc || out.size() == limit) continue;
        var other = stored.document(sd.doc);
        List<String> reasons = new ArrayList<>();
        if (rootCause != null && !rootCause.equals(Fields.UNKNOWN) && rootCause.equals(other.get(Fields.ROOT_CAUSE_ID))) {
          reasons.add(Related.SAME_ROOT_CAUSE);
        }
        for (String s : other.getValues(Fields.SERVICE_ID)) {
          if (services.contains(s)) {
            reasons.add(Related.SAME_SERVICE);
            break;
          }
        }
        if (matches(textWeight, sd.doc)) reasons.add(Related.SIMILAR_TEXT);
        out.add(new Related(slugs[sd.doc], reasons));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean matches(Weight w, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return w.matches(leaf, doc - leaf.docBase) != null;
  }

  /** MoreLikeThis is not thread-safe to share while configuring; one cheap instance per query. */
  private MoreLikeThis moreLikeThis() throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(MLT_FIELDS);
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    // Words in more than a quarter of the incidents say little about this one; small knowledge
    // bases keep every word (a quarter of 9 incidents would drop "memory" from five leaks).
    mlt.setMaxDocFreq(Math.max(MIN_MAX_DOC_FREQ, reader.numDocs() / 4));
    mlt.setMinWordLen(3);
    mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
    mlt.setBoost(true);
    return mlt;
  }
}
