package io.github.pmkb.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * The terms of the compared fields that a query may use, with their postings and each
 * posting's BM25 score at weight 1, and every document's terms.
 */
final class TextTerms {
  final int[][] docs;
  final float[][] bm25;
  /** The MoreLikeThis score of a term, per occurrence: its classic idf. */
  final float[] idfClassic;
  /** Every document's (term, frequency) pairs, as one array per document: term, freq, term, freq... */
  final int[][] termsOf;

  private TextTerms(int[][] docs, float[][] bm25, float[] idfClassic, int[][] termsOf) {
    this.docs = docs;
    this.bm25 = bm25;
    this.idfClassic = idfClassic;
    this.termsOf = termsOf;
  }

  static TextTerms read(WholeIndex reader, String[] fields, int n, int maxPostings) throws IOException {
    List<int[]> docs = new ArrayList<>();
    List<float[]> scores = new ArrayList<>();
    List<Float> idfs = new ArrayList<>();
    int[][] termsOf = new int[n][];
    int[] used = new int[n];
    for (int d = 0; d < n; d++) termsOf[d] = new int[16];
    // Words in more than a quarter of the incidents say little about this one; small knowledge
    // bases keep every word (a quarter of 9 incidents would drop "memory" from five leaks).
    int maxDocFreq = Math.max(RelatedFinder.MIN_MAX_DOC_FREQ, Math.min(maxPostings, reader.numDocs() / 4));
    for (String field : fields) {
      Terms terms = reader.terms(field);
      if (terms == null) continue;
      int docCount = terms.getDocCount();
      float avgLength = (float) terms.getSumTotalTermFreq() / Math.max(1, docCount);
      int[] length = lengths(reader, field, n);
      TermsEnum te = terms.iterator();
      PostingsEnum pe = null;
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        int df = te.docFreq();
        if (df < 2 || df > maxDocFreq || t.utf8ToString().length() < RelatedFinder.MIN_WORD_LEN) continue;
        int id = docs.size();
        int[] ds = new int[df];
        float[] ss = new float[df];
        float idf = Bm25.idf(df, docCount);
        int k = 0;
        pe = te.postings(pe, PostingsEnum.FREQS);
        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
          int freq = pe.freq();
          ds[k] = d;
          ss[k] = bm25(idf, freq, length[d], avgLength);
          k++;
          if (used[d] + 2 > termsOf[d].length) termsOf[d] = Arrays.copyOf(termsOf[d], termsOf[d].length * 2);
          termsOf[d][used[d]++] = id;
          termsOf[d][used[d]++] = freq;
        }
        docs.add(ds);
        scores.add(ss);
        idfs.add(classicIdf(df, docCount));
      }
    }
    for (int d = 0; d < n; d++) termsOf[d] = Arrays.copyOf(termsOf[d], used[d]);
    float[] idfClassic = new float[idfs.size()];
    for (int i = 0; i < idfClassic.length; i++) idfClassic[i] = idfs.get(i);
    return new TextTerms(docs.toArray(new int[0][]), scores.toArray(new float[0][]), idfClassic, termsOf);
  }

  MltQuery query(int doc) {
    return MltQuery.of(termsOf[doc], idfClassic, RelatedFinder.MAX_QUERY_TERMS);
  }

  /** Each document's field length as BM25 sees it: decoded from the one-byte norm. */
  private static int[] lengths(WholeIndex reader, String field, int n) throws IOException {
    int[] out = new int[n];
    NumericDocValues norms = reader.norms(field);
    if (norms == null) {
      Arrays.fill(out, 1);
      return out;
    }
    for (int d = norms.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = norms.nextDoc()) {
      out[d] = SmallFloat.byte4ToInt((byte) norms.longValue());
    }
    return out;
  }

  /** Lucene's classic (TF-IDF) idf, which MoreLikeThis ranks terms by. */
  private static float classicIdf(long docFreq, long docCount) {
    return (float) (Math.log((docCount + 1) / (double) (docFreq + 1)) + 1.0);
  }

  private static float bm25(float idf, int freq, int length, float avgLength) {
    return Bm25.score(idf, freq, Bm25.normInverse(length, avgLength));
  }
}
