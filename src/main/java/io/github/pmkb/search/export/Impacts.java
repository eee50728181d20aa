package io.github.pmkb.search.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import io.github.pmkb.index.Bm25;
import io.github.pmkb.index.Fields;
import io.github.pmkb.index.WholeIndex;

/**
 * Lucene's BM25 score of every (term, document), summed over the text fields with the search
 * package's field boosts: exactly what {@code IndexSearcher} adds up for one query word, so the
 * browser only adds precomputed numbers.
 *
 * <p>The formula is {@link Bm25}'s, the one related incidents use too.
 */
final class Impacts {
  /**
   * The query side's field boosts, so that exported impacts rank like {@code pmkb search}: exactly
   * for lists of up to {@link TermEntries#TOP_SCORED} documents, and for the best documents of a
   * longer one (the others share their mean).
   */
  static final Map<String, Float> BOOSTS = io.github.pmkb.search.QueryFactory.BOOSTS;

  static final float SHINGLE_BOOST = io.github.pmkb.search.QueryFactory.SHINGLE_BOOST;

  /** Receives one term's postings: ascending doc ids and their scores (arrays are reused: copy). */
  interface Sink {
    void accept(String term, int n, int[] docs, float[] scores) throws IOException;
  }

  private Impacts() {}

  /** Walks the union of the fields' terms in index (UTF-8 byte) order, one merged posting list each. */
  static void forEachTerm(WholeIndex whole, Map<String, Float> boosts, Sink sink) throws IOException {
    int maxDoc = whole.maxDoc();
    List<FieldCursor> cursors = new ArrayList<>();
    for (Map.Entry<String, Float> e : boosts.entrySet()) {
      FieldCursor c = FieldCursor.open(whole, e.getKey(), e.getValue());
      if (c != null) cursors.add(c);
    }
    float[] acc = new float[maxDoc];
    boolean[] seen = new boolean[maxDoc];
    int[] docs = new int[maxDoc];
    float[] scores = new float[maxDoc];
    while (true) {
      BytesRef min = null;
      for (FieldCursor c : cursors) if (c.term != null && (min == null || c.term.compareTo(min) < 0)) min = c.term;
      if (min == null) return;
      min = BytesRef.deepCopyOf(min);
      int n = 0;
      for (FieldCursor c : cursors) {
        if (c.term == null || !c.term.equals(min)) continue;
        n = c.addPostings(acc, seen, docs, n);
        c.next();
      }
      Arrays.sort(docs, 0, n);
      for (int i = 0; i < n; i++) {
        scores[i] = acc[docs[i]];
        acc[docs[i]] = 0f;
        seen[docs[i]] = false;
      }
      sink.accept(min.utf8ToString(), n, docs, scores);
    }
  }

  /** One field's terms enum with its BM25 statistics. */
  private static final class FieldCursor {
    final TermsEnum terms;
    final byte[] norms;
    final float[] normInverse = new float[256];
    final long docCount;
    final float boost;
    BytesRef term;
    PostingsEnum postings;

    private FieldCursor(TermsEnum terms, byte[] norms, long docCount, float avgdl, float boost) throws IOException {
      this.terms = terms;
      this.norms = norms;
      this.docCount = docCount;
      this.boost = boost;
      System.arraycopy(Bm25.normInverses(avgdl), 0, normInverse, 0, 256);
      next();
    }

    static FieldCursor open(WholeIndex whole, String field, float boost) throws IOException {
      Terms t = whole.terms(field);
      if (t == null || t.getDocCount() == 0) return null;
      float avgdl = (float) (t.getSumTotalTermFreq() / (double) t.getDocCount());
      byte[] norms = new byte[whole.maxDoc()];
      NumericDocValues nv = whole.norms(field);
      if (nv != null) {
        for (int d = nv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = nv.nextDoc()) norms[d] = (byte) nv.longValue();
      }
      return new FieldCursor(t.iterator(), norms, t.getDocCount(), avgdl, boost);
    }

    void next() throws IOException {
      term = terms.next();
    }

    int addPostings(float[] acc, boolean[] seen, int[] docs, int n) throws IOException {
      int df = terms.docFreq();
      float w = boost * Bm25.idf(df, docCount);
      postings = terms.postings(postings, PostingsEnum.FREQS);
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        float s = Bm25.score(w, postings.freq(), normInverse[norms[d] & 0xFF]);
        acc[d] += s;
        if (!seen[d]) {
          seen[d] = true;
          docs[n++] = d;
        }
      }
      return n;
    }
  }
}
