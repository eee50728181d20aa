package org.x.pmkb.search.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.FSDirectory;
import org.x.pmkb.index.Fields;

/**
 * The export's front door: reads the index {@code IndexBuilder} wrote and returns the browser
 * search files, path (below the site's {@code search/}) to bytes, sorted by path.
 *
 * <p>{@code manifest.json} is the only file a page must revalidate:
 *
 * <pre>{@code
 * {"v":1, "n":docs, "terms":root, "pairs":root,
 *  "cards":{"g":hash,"size":32}, "text":{"g":hash}, "spell":{…}, "facets":{"dims":[…],"h":{dim:hash}}}
 * }</pre>
 *
 * {@code terms} is the two-level root of the word dictionary ({@link Dictionary}, files in {@code
 * d/}); {@code pairs} the root of the word-pair dictionary ({@code shingles} field, pairs with df ≥
 * {@link #MIN_PAIR_DF}, files in {@code d2/}), used only for queries of two words or more.
 */
public final class BrowserIndex {
  /** Format version, bumped on any incompatible change; the client refuses other versions. */
  public static final int VERSION = 1;

  /** Pairs seen once are left out: they are most of the pairs and rarely typed. */
  public static final int MIN_PAIR_DF = 2;

  private BrowserIndex() {}

  /** The field boosts the exported scores use, and the word-pair boost under key {@code shingles}. */
  public static Map<String, Float> boosts() {
    Map<String, Float> b = new java.util.LinkedHashMap<>(Impacts.BOOSTS);
    b.put(Fields.SHINGLES, Impacts.SHINGLE_BOOST);
    return b;
  }

  /**
   * @param indexDir a Lucene index written by {@code IndexBuilder} (one segment)
   * @param urlOfSlug a postmortem's page, relative to the site root
   */
  public static SortedMap<String, byte[]> export(Path indexDir, Function<String, String> urlOfSlug) {
    return export(indexDir, urlOfSlug, MIN_PAIR_DF);
  }

  /** As {@link #export(Path, Function)}, keeping word pairs with df ≥ {@code minPairDf}. */
  public static SortedMap<String, byte[]> export(Path indexDir, Function<String, String> urlOfSlug, int minPairDf) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
      List<org.apache.lucene.index.LeafReaderContext> leaves = reader.leaves();
      if (leaves.size() > 1) throw new IllegalStateException("expected one segment (IndexBuilder force-merges)");
      Json m = new Json().raw("{\"v\":").num(VERSION).raw(",\"n\":").num(reader.maxDoc());
      if (leaves.isEmpty()) {
        files.put("manifest.json", m.raw("}").toString().getBytes(StandardCharsets.UTF_8));
        return files;
      }
      LeafReader leaf = leaves.get(0).reader();
      int maxDoc = leaf.maxDoc();

      Dictionary words = new Dictionary("d", maxDoc, files);
      Spelling spelling = new Spelling();
      Impacts.forEachTerm(leaf, Impacts.BOOSTS, (term, n, docs, scores) -> {
        words.add(term, n, docs, scores);
        spelling.add(term, n);
      });
      m.raw(",\"terms\":").raw(words.finish());

      Dictionary pairs = new Dictionary("d2", maxDoc, files);
      Impacts.forEachTerm(leaf, Map.of(Fields.SHINGLES, Impacts.SHINGLE_BOOST), (term, n, docs, scores) -> {
        if (n >= minPairDf) pairs.add(term, n, docs, scores);
      });
      m.raw(",\"pairs\":").raw(pairs.finish());

      List<Map<String, List<String>>> facets = DocFiles.facets(leaf);
      String[] groups = DocFiles.cardsAndTexts(leaf, facets, urlOfSlug, files);
      m.raw(",\"cards\":{\"g\":").str(groups[0]).raw(",\"size\":").num(DocFiles.CARDS_PER_SHARD).raw("}");
      m.raw(",\"text\":{\"g\":").str(groups[1]).raw("}");
      m.raw(",\"spell\":").raw(spelling.finish(files));
      Map<String, String> columns = DocFiles.columns(facets, files);
      m.raw(",\"facets\":{\"dims\":[");
      int i = 0;
      for (String dim : columns.keySet()) (i++ > 0 ? m.raw(",") : m).str(dim);
      m.raw("],\"h\":{");
      i = 0;
      for (Map.Entry<String, String> e : columns.entrySet()) (i++ > 0 ? m.raw(",") : m).str(e.getKey()).raw(":").str(e.getValue());
      m.raw("}}}");
      files.put("manifest.json", m.toString().getBytes(StandardCharsets.UTF_8));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot export the search index in " + indexDir, e);
    }
  }
}
