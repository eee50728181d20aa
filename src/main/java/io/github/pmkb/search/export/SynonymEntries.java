package io.github.pmkb.search.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import io.github.pmkb.index.Analyzers;
import io.github.pmkb.index.Fields;

/**
 * The dictionary entries of every word and word pair a synonym group can expand to, one record per
 * group in the pack {@code y} (groups that share a word or pair, directly or through others, share
 * one record): a query with "dns" reads "domain", "name", "system" and the pairs of "domain name
 * system" from one small record its early script asks for with its other words, instead of a
 * dictionary block or pair slot each (a round trip later, as only the engine knows the synonyms).
 * A word or pair the maps below name is looked up in its record only: absent from it means absent
 * from the index.
 *
 * <p>A group's words are its phrases through the text analyzer, its pairs the same phrases
 * through the word-pair analyzer. Record: raw
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
    List<Set<String>> ws = new ArrayList<>(), ps = new ArrayList<>();
    try (Analyzer text = Analyzers.text(); Analyzer shingles = Analyzers.shingles()) {
      for (List<String> group : groups) {
        Set<String> w = new TreeSet<>(), p = new TreeSet<>();
        for (String phrase : group) {
          w.addAll(terms(text, phrase));
          p.addAll(terms(shingles, phrase));
        }
        ws.add(w);
        ps.add(p);
      }
    }
    // Groups sharing a word or pair share one record (joined transitively): the query expands a
    // word of both to every phrase of both, so one record holds all it reads.
    int[] root = new int[groups.size()];
    for (int g = 0; g < root.length; g++) root[g] = g;
    Map<String, Integer> seen = new HashMap<>();
    for (int g = 0; g < root.length; g++) {
      for (String t : ws.get(g)) join(root, g, seen.merge("w" + t, g, (a, b) -> a));
      for (String t : ps.get(g)) join(root, g, seen.merge("p" + t, g, (a, b) -> a));
    }
    int[] record = new int[root.length];
    for (int g = 0, next = 0; g < root.length; g++) {
      int r = top(root, g); // never above g: a join keeps the lower group as the root
      record[g] = r == g ? next++ : record[r];
      if (r == g) {
        words.add(new TreeMap<>());
        pairs.add(new TreeMap<>());
      }
      for (String t : ws.get(g)) wordGroup.put(t, record[g]);
      for (String t : ps.get(g)) pairGroup.put(t, record[g]);
    }
  }

  private static int top(int[] root, int g) {
    while (root[g] != g) g = root[g];
    return g;
  }

  private static void join(int[] root, int a, int b) {
    int x = top(root, a), y = top(root, b);
    root[Math.max(x, y)] = Math.min(x, y);
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

  /** Writes the records; returns the manifest entry, or null without groups. */
  String finish(ExportFiles files) {
    if (groups.isEmpty()) return null;
    Pack pack = new Pack("y", files);
    Json a = new Json().raw("[");
    for (int g = 0; g < words.size(); g++) {
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
