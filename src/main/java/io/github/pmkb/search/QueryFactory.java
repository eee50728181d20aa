package io.github.pmkb.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import io.github.pmkb.index.Analyzers;
import io.github.pmkb.index.Fields;
import io.github.pmkb.search.SearchQuery.Clause;
import io.github.pmkb.search.SearchQuery.Filter;

/**
 * Turns a {@link SearchQuery} into a Lucene query:
 *
 * <ul>
 *   <li>each word or phrase (with its synonyms ORed) MUST match in at least one text field; its
 *       score is the sum over fields of BM25 × the field's boost ({@link #BOOSTS});
 *   <li>adjacent words and phrases SHOULD match the word-pair field, boosted, so "memory leak"
 *       ranks documents with the phrase above those with both words apart;
 *   <li>exclusions are MUST_NOT; facet filters and {@code since} are FILTER (no score).
 * </ul>
 */
public final class QueryFactory {
  /** Field boosts: a match in the title says more than one in the body. */
  /** Field boosts of every query, in field order; the browser export scores with the same ones. */
  public static final Map<String, Float> BOOSTS = java.util.Collections.unmodifiableMap(boosts());

  /** Boost of the word-pair field, so adjacent words rank as a phrase. */
  public static final float SHINGLE_BOOST = 2f;

  private final Analyzer text = Analyzers.text();
  private final QueryBuilder builder = new QueryBuilder(text);
  private final QueryBuilder shingleBuilder = new QueryBuilder(Analyzers.shingles());
  private final FacetsConfig facets;
  private final Synonyms synonyms;

  QueryFactory(FacetsConfig facets, Synonyms synonyms) {
    this.facets = facets;
    this.synonyms = synonyms;
  }

  private static Map<String, Float> boosts() {
    Map<String, Float> b = new LinkedHashMap<>();
    b.put(Fields.TITLE, 3f);
    b.put(Fields.ROOT_CAUSE_TEXT, 2f);
    b.put(Fields.TAGS, 2f);
    b.put(Fields.SERVICES, 2f);
    b.put(Fields.SUMMARY, 1.5f);
    b.put(Fields.BODY, 1f);
    return b;
  }

  /** A unit of the query after synonym grouping: alternatives that are equivalent. */
  record Unit(List<String> alternatives, boolean phrase, boolean negated) {}

  Query build(SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean required = false;
    List<Unit> units = units(q.clauses());
    for (Unit u : units) {
      Query alt = alternatives(u.alternatives());
      if (alt == null) continue; // only stop words
      b.add(alt, u.negated() ? Occur.MUST_NOT : Occur.MUST);
      required |= !u.negated();
    }
    Query pairs = pairs(q.clauses());
    if (pairs != null && required) b.add(new BoostQuery(pairs, SHINGLE_BOOST), Occur.SHOULD);
    // Only exclusions or filters: start from every incident. Only stop words: match nothing,
    // rather than everything.
    if (!required) b.add(hasText(q) ? new MatchNoDocsQuery() : new MatchAllDocsQuery(), Occur.MUST);
    addFilters(b, q.filters());
    q.since().ifPresent(d -> b.add(LongPoint.newRangeQuery(Fields.DATE, d.toEpochDay(), Long.MAX_VALUE), Occur.FILTER));
    return b.build();
  }

  /** Whether the query has words or phrases to find (not only exclusions and filters). */
  private static boolean hasText(SearchQuery q) {
    return q.clauses().stream().anyMatch(c -> !c.negated());
  }

  /** True when the query has words to find but every one of them is a stop word. */
  boolean isOnlyStopWords(SearchQuery q) {
    return hasText(q) && q.clauses().stream().filter(c -> !c.negated()).allMatch(c -> allFields(c.text()) == null);
  }

  /** Groups clauses into units, joining runs of plain words that spell a synonym phrase. */
  List<Unit> units(List<Clause> clauses) {
    List<Unit> out = new ArrayList<>();
    int i = 0;
    while (i < clauses.size()) {
      Clause c = clauses.get(i);
      if (c.phrase() || c.negated()) {
        List<String> alts = synonyms.groupOf(key(c.text()), this::key).orElse(List.of(c.text()));
        out.add(new Unit(alts, c.phrase(), c.negated()));
        i++;
        continue;
      }
      int end = i;
      while (end < clauses.size() && !clauses.get(end).phrase() && !clauses.get(end).negated()) end++;
      List<String> keys = clauses.subList(i, end).stream().map(x -> key(x.text())).toList();
      int k = 0;
      while (k < keys.size()) {
        var m = synonyms.longestAt(keys, k, this::key);
        if (m.isPresent()) {
          out.add(new Unit(m.get().phrases(), m.get().length() > 1, false));
          k += m.get().length();
        } else {
          out.add(new Unit(List.of(clauses.get(i + k).text()), false, false));
          k++;
        }
      }
      i = end;
    }
    return out;
  }

  /** Comparison key of a word or phrase: each word lower-cased and stemmed (stop words as written). */
  String key(String words) {
    StringBuilder out = new StringBuilder();
    for (String w : words.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (w.isEmpty()) continue;
      String first = firstTerm(w);
      if (out.length() > 0) out.append(' ');
      out.append(first.isEmpty() ? w : first);
    }
    return out.toString();
  }

  private String firstTerm(String word) {
    try (TokenStream ts = text.tokenStream(Fields.BODY, word)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String first = ts.incrementToken() ? t.toString() : "";
      ts.end();
      return first;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Query alternatives(List<String> alts) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int n = 0;
    Query only = null;
    for (String a : alts) {
      Query q = allFields(a);
      if (q == null) continue;
      any.add(q, Occur.SHOULD);
      only = q;
      n++;
    }
    return n == 0 ? null : n == 1 ? only : any.build();
  }

  /** One word or phrase in any text field; null when it analyses to nothing. */
  private Query allFields(String words) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    boolean some = false;
    for (Map.Entry<String, Float> f : BOOSTS.entrySet()) {
      // A phrase query: identifiers analyse to several positions (db, prod, 17) that must be adjacent.
      Query q = builder.createPhraseQuery(f.getKey(), words);
      if (q == null) continue;
      any.add(new BoostQuery(q, f.getValue()), Occur.SHOULD);
      some = true;
    }
    return some ? any.build() : null;
  }

  /** Word pairs of adjacent plain words, and of each phrase, in the shingle field. */
  private Query pairs(List<Clause> clauses) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean some = false;
    List<String> run = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Clause c : clauses) {
      if (c.negated()) continue;
      if (c.phrase()) {
        texts.add(c.text());
        if (!run.isEmpty()) texts.add(String.join(" ", run));
        run.clear();
      } else {
        run.add(c.text());
      }
    }
    if (!run.isEmpty()) texts.add(String.join(" ", run));
    for (String t : texts) {
      Query q = shingleBuilder.createBooleanQuery(Fields.SHINGLES, t);
      if (q == null) continue;
      b.add(q, Occur.SHOULD);
      some = true;
    }
    return some ? b.build() : null;
  }

  private void addFilters(BooleanQuery.Builder b, List<Filter> filters) {
    Map<String, BooleanQuery.Builder> byDim = new LinkedHashMap<>();
    for (Filter f : filters) {
      Query t = new TermQuery(DrillDownQuery.term(facets.getDimConfig(f.dim()).indexFieldName, f.dim(), f.value()));
      if (f.negated()) {
        b.add(t, Occur.MUST_NOT);
      } else {
        byDim.computeIfAbsent(f.dim(), d -> new BooleanQuery.Builder()).add(t, Occur.SHOULD);
      }
    }
    byDim.values().forEach(any -> b.add(any.build(), Occur.FILTER));
  }
}
