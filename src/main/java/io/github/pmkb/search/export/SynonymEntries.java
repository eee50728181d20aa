package io.github.pmkb.search.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import io.github.pmkb.index.Analyzers;
import io.github.pmkb.index.Fields;

/**
 * The dictionary entries of every word and word pair a synonym group can expand to, one record per
 * group in the pack {@code y}: a query with "dns" reads "domain", "name", "system" and the pairs of
 * "domain name system" from one small record its early script asks for with its other words,
 * instead of a dictionary block or pair slot each (a round trip later, as only the engine knows
 * the synonyms). A word or pair a group covers is looked up in that record only (the first group,
 * when several cover it): absent from it means absent from the index.
 *
 * <p>A group's words are its phrases through the text analyzer, its pairs the same phrases
 * through the word-pair analyzer ({@code search-analyzer.js} computes both alike). Record: raw
 * deflate of {@code varint n}, a words block of n bytes, then a pairs block ({@link TermEntries}
 * blocks, whose long postings are in the words' and pairs' own postings packs). Manifest entry:
 * {@code {"f":[parts],"a":[[part, offset, length], … one per record],"w":{word: record, …},"p":{pair:
 * record, …}}}: the page's early script and its engine both find a term's record in {@code w} and
 * {@code p}, so neither derives them again from the phrases.
 */
final class SynonymEntries {
  private final List<List<String>> groups;
  private final TreeMap<String, Integer> wordGroup = new TreeMap<>();
  private final TreeMap<String, Integer> pairGroup = new TreeMap<>();
  private final List<TreeMap<String, byte[]>> words = new ArrayList<>();
  private final List<TreeMap<String, byte[]>> pairs = new ArrayList<>();

  SynonymEntries(List<List<String>> groups) {
    this.groups = groups;
    try (Analyzer text = Analyzers.text(); Analyzer shingles = Analyzers.shingles()) {
      for (int g = 0; g < groups.size(); g++) {
        words.add(new TreeMap<>());
        pairs.add(new TreeMap<>());
        for (String phrase : groups.get(g)) {
          for (String t : terms(text, phrase)) wordGroup.putIfAbsent(t, g);
          for (String t : terms(shingles, phrase)) pairGroup.putIfAbsent(t, g);
        }
      }
    }
  }

  private static List<String> terms(Analyzer analyzer, String phrase) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Fields.BODY, phrase)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Keeps {@code body} when a group covers the word {@code term} (called by one thread). */
  void word(String term, byte[] body) {
    Integer g = wordGroup.get(term);
    if (g != null) words.get(g).put(term, body);
  }

  /** Keeps {@code body} when a group covers the word pair {@code term} (called by one thread). */
  void pair(String term, byte[] body) {
    Integer g = pairGroup.get(term);
    if (g != null) pairs.get(g).put(term, body);
  }

  /** Writes one record per group; returns the manifest entry, or null without groups. */
  String finish(ExportFiles files) {
    if (groups.isEmpty()) return null;
    Pack pack = new Pack("y", files);
    Json a = new Json().raw("[");
    for (int g = 0; g < groups.size(); g++) {
      Bytes w = block(words.get(g)), p = block(pairs.get(g));
      Bytes raw = new Bytes(w.size() + p.size() + 4).varint(w.size()).bytes(w.array(), 0, w.size()).bytes(p.array(), 0, p.size());
      Bytes z = pack.deflated(raw.array(), raw.size());
      int at = pack.add(z.array(), z.size());
      (g > 0 ? a.raw(",[") : a.raw("[")).num(pack.part()).raw(",").num(at).raw(",").num(z.size()).raw("]");
    }
    Json j = new Json().raw("{\"f\":");
    Pack.names(j, pack.finish()).raw(",\"a\":").raw(a.raw("]").toString());
    return map(map(j.raw(",\"w\":"), wordGroup).raw(",\"p\":"), pairGroup).raw("}").toString();
  }

  /** {@code {"term":record, …}}, sorted by term. */
  private static Json map(Json j, TreeMap<String, Integer> terms) {
    j.raw("{");
    String sep = "";
    for (var e : terms.entrySet()) {
      j.raw(sep).str(e.getKey()).raw(":").num(e.getValue());
      sep = ",";
    }
    return j.raw("}");
  }

  private static Bytes block(TreeMap<String, byte[]> entries) {
    return TermEntries.block(new ArrayList<>(entries.keySet()), new ArrayList<>(entries.values()));
  }
}
