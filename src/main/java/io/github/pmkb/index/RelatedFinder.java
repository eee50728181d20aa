package io.github.pmkb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Related incidents for every document, computed in memory from the index's postings.
 *
 * <p>The query for a document is what Lucene's MoreLikeThis would build: its {@link
 * #MAX_QUERY_TERMS} most distinctive terms of title, root cause and body (term frequency times
 * idf, words of three letters or more, in at least two documents and in at most a quarter of
 * them), each weighted by its score relative to the best; plus bonuses for sharing the root cause
 * or a service. Candidates are scored with BM25, as an {@code IndexSearcher} would score that
 * query, and the best {@link IndexBuilder#RELATED} kept, ties to the newer incident.
 *
 * <p>Why not MoreLikeThis itself: one query per document looked up every term of the document in
 * the term dictionary and decompressed its term vectors, which made related incidents the
 * costliest step of a build. Here the postings are read once into arrays (only terms that can be
 * chosen), each document's terms come from those arrays, and scoring is array arithmetic.
 */
final class RelatedFinder {
  static final int MAX_QUERY_TERMS = 25;
  static final int MIN_MAX_DOC_FREQ = 20;
  static final int MIN_WORD_LEN = 3;
  /**
   * Longest posting list followed to find candidates. Without a bound every document walks
   * lists that grow with the corpus, so the step grows with its square: a word in a quarter of
   * 100k incidents is 25,000 candidates, 25 times per document. Terms in more documents are
   * not chosen, and a root cause or service shared by more only re-ranks the candidates the
   * text found. 2,500 is a quarter of 10k: knowledge bases up to that size are not affected.
   */
  static final int MAX_POSTINGS = 2_500;
  /** Bonus for the same root cause; about one strong shared term. */
  private static final float ROOT_CAUSE_BOOST = 4f;
  private static final float SERVICE_BOOST = 2f;
  private static final String[] TEXT_FIELDS = {Fields.TITLE, Fields.ROOT_CAUSE_TEXT, Fields.BODY};

  private final WholeIndex reader;
  private final int n;
  private final int maxPostings;

  RelatedFinder(WholeIndex reader) {
    this(reader, MAX_POSTINGS);
  }

  /** @param maxPostings see {@link #MAX_POSTINGS}; tests lower it to see it work on small corpora */
  RelatedFinder(WholeIndex reader, int maxPostings) {
    this.reader = reader;
    this.n = reader.maxDoc();
    this.maxPostings = maxPostings;
  }

  /** Slug to related incidents, for every document. */
  Map<String, List<Related>> all(int limit) {
    Map<String, List<Related>> out = new TreeMap<>();
    if (n == 0) return out;
    try {
      String[] slugs = keywordOf(Fields.SLUG);
      Groups rootCauses = Groups.of(reader, Fields.ROOT_CAUSE_ID, n, Fields.UNKNOWN);
      Groups services = Groups.of(reader, Fields.SERVICE_ID, n, null);
      TextTerms text = TextTerms.read(reader, TEXT_FIELDS, n, maxPostings);
      // Each document's ranking is independent and summed in a fixed order: deterministic.
      List<List<Related>> found = IntStream.range(0, n).parallel()
          .mapToObj(d -> related(d, limit, slugs, rootCauses, services, text)).toList();
      for (int d = 0; d < n; d++) out.put(slugs[d], found.get(d));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index for related incidents", e);
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = new ThreadLocal<>();

  private List<Related> related(int doc, int limit, String[] slugs, Groups rootCauses, Groups services, TextTerms text) {
    Scratch s = SCRATCH.get();
    if (s == null || s.score.length < n) {
      s = new Scratch(n);
      SCRATCH.set(s);
    }
    s.clear();
    MltQuery q = text.query(doc);
    for (int i = 0; i < q.terms().length; i++) {
      int t = q.terms()[i];
      s.addText(text.docs[t], text.bm25[t], q.weights()[i]);
    }
    rootCauses.addBonus(doc, ROOT_CAUSE_BOOST, s, Scratch.ROOT_CAUSE, maxPostings);
    services.addBonus(doc, SERVICE_BOOST, s, Scratch.SERVICE, maxPostings);
    int[] best = s.top(limit, doc);
    List<Related> out = new ArrayList<>(best.length);
    for (int other : best) {
      List<String> reasons = new ArrayList<>(3);
      if ((s.why[other] & Scratch.ROOT_CAUSE) != 0) reasons.add(Related.SAME_ROOT_CAUSE);
      if ((s.why[other] & Scratch.SERVICE) != 0) reasons.add(Related.SAME_SERVICE);
      if ((s.why[other] & Scratch.TEXT) != 0) reasons.add(Related.SIMILAR_TEXT);
      out.add(new Related(slugs[other], reasons));
    }
    return out;
  }

  /** The single value of a keyword field for every document (each slug is one term, one doc). */
  private String[] keywordOf(String field) throws IOException {
    String[] out = new String[n];
    Terms terms = reader.terms(field);
    if (terms == null) return out;
    TermsEnum te = terms.iterator();
    PostingsEnum pe = null;
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      String value = t.utf8ToString();
      pe = te.postings(pe, PostingsEnum.NONE);
      for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) out[d] = value;
    }
    return out;
  }

  /** Per-document accumulator, reused across the documents one thread ranks. */
  private static final class Scratch {
    static final byte TEXT = 1;
    static final byte ROOT_CAUSE = 2;
    static final byte SERVICE = 4;
    final float[] score;
    final byte[] why;
    int[] touched;
    int size;

    Scratch(int n) {
      score = new float[n];
      why = new byte[n];
      touched = new int[Math.min(n, 1024)];
    }

    void clear() {
      for (int i = 0; i < size; i++) {
        score[touched[i]] = 0f;
        why[touched[i]] = 0;
      }
      size = 0;
    }

    /**
     * {@link #add} of one term's postings, for the text, which comes before any bonus: the hot
     * loop of related incidents, with the arrays and the count in locals rather than re-read
     * from fields at every posting. The sums are the same, in the same order.
     */
    void addText(int[] docs, float[] scores, float weight) {
      float[] score = this.score;
      byte[] why = this.why;
      int[] touched = this.touched;
      int size = this.size;
      for (int k = 0; k < docs.length; k++) {
        int doc = docs[k];
        if (why[doc] == 0) {
          if (size == touched.length) touched = grow(touched);
          touched[size++] = doc;
          why[doc] = TEXT;
        }
        score[doc] += weight * scores[k];
      }
      this.touched = touched;
      this.size = size;
    }

    void add(int doc, float s, byte reason) {
      if (why[doc] == 0) {
        if (size == touched.length) touched = grow(touched);
        touched[size++] = doc;
      }
      score[doc] += s;
      why[doc] |= reason;
    }

    /** A touched list with room for more (addText holds its own, newer than the field). */
    private int[] grow(int[] full) {
      return Arrays.copyOf(full, Math.min(score.length, full.length * 2));
    }

    /** The {@code limit} best documents other than {@code self}: higher score, then lower doc id. */
    int[] top(int limit, int self) {
      int[] best = new int[limit];
      int kept = 0;
      for (int i = 0; i < size; i++) {
        int d = touched[i];
        if (d == self) continue;
        int at = kept;
        while (at > 0 && better(d, best[at - 1])) at--;
        if (at >= limit) continue;
        if (kept < limit) kept++;
        System.arraycopy(best, at, best, at + 1, kept - 1 - at);
        best[at] = d;
      }
      return Arrays.copyOf(best, kept);
    }

    private boolean better(int a, int b) {
      return score[a] > score[b] || (score[a] == score[b] && a < b);
    }
  }

  /** The documents sharing each value of a keyword field, and each document's values. */
  private record Groups(int[][] members, int[][] valuesOf, float[] bonus) {
    /** @param ignore a value that relates nothing (the unknown root cause), or null */
    static Groups of(WholeIndex reader, String field, int n, String ignore) throws IOException {
      List<int[]> members = new ArrayList<>();
      List<List<Integer>> valuesOf = new ArrayList<>(n);
      for (int d = 0; d < n; d++) valuesOf.add(new ArrayList<>(1));
      Terms terms = reader.terms(field);
      List<Float> idf = new ArrayList<>();
      if (terms != null) {
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        int docCount = terms.getDocCount();
        // Keyword fields have no norms: BM25 sees every value as one token long.
        float avgLength = (float) terms.getSumTotalTermFreq() / Math.max(1, docCount);
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          if (ignore != null && t.utf8ToString().equals(ignore)) continue;
          int g = members.size();
          int[] docs = new int[te.docFreq()];
          int k = 0;
          pe = te.postings(pe, PostingsEnum.NONE);
          for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
            docs[k++] = d;
            valuesOf.get(d).add(g);
          }
          members.add(Arrays.copyOf(docs, k));
          idf.add(bm25(idf(k, docCount), 1, 1, avgLength));
        }
      }
      float[] bonus = new float[idf.size()];
      for (int i = 0; i < bonus.length; i++) bonus[i] = idf.get(i);
      int[][] of = new int[n][];
      for (int d = 0; d < n; d++) of[d] = valuesOf.get(d).stream().mapToInt(Integer::intValue).toArray();
      return new Groups(members.toArray(new int[0][]), of, bonus);
    }

    /** Adds the bonus to the documents sharing a value with {@code doc}; see {@link #MAX_POSTINGS}. */
    void addBonus(int doc, float boost, Scratch s, byte reason, int maxPostings) {
      for (int g : valuesOf[doc]) {
        float b = boost * bonus[g];
        if (members[g].length <= maxPostings) {
          for (int other : members[g]) s.add(other, b, reason);
        } else {
          int found = s.size;
          for (int i = 0; i < found; i++) {
            int other = s.touched[i];
            if (contains(valuesOf[other], g)) s.add(other, b, reason);
          }
        }
      }
    }

    private static boolean contains(int[] values, int g) {
      for (int v : values) if (v == g) return true;
      return false;
    }
  }

  /** Lucene's BM25 idf. */
  private static float idf(long docFreq, long docCount) {
    return Bm25.idf(docFreq, docCount);
  }

  /** BM25's score of one term in one document, at weight {@code idf}. */
  private static float bm25(float idf, int freq, int length, float avgLength) {
    return Bm25.score(idf, freq, Bm25.normInverse(length, avgLength));
  }
}
