package io.github.pmkb.search.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import io.github.pmkb.index.Fields;
import io.github.pmkb.index.WholeIndex;
import io.github.pmkb.search.Synonyms;

/**
 * The export's front door: reads the index {@code IndexBuilder} wrote and gives the browser
 * search files, path (below the site's {@code search/}) to bytes: all at once, sorted by path, or
 * one by one as each is complete ({@link ExportFiles}).
 *
 * <p>{@code manifest.json} is the only file a page must revalidate:
 *
 * <pre>{@code
 * {"v":2, "n":docs, "terms":root, "pairs":root, "docs":"docs.<hash>.bin", "spell":{…},
 *  "facets":{"f":"f.<hash>.bin","dims":[…],…}, "syn":[[phrase, …], …]}
 * }</pre>
 *
 * {@code terms} is the two-level root of the word dictionary ({@link Dictionary}, pack {@code
 * d.<hash>.bin}); {@code pairs} the root of the word-pair dictionary ({@code shingles} field, pairs
 * with df ≥ {@link #MIN_PAIR_DF}, pack {@code d2.<hash>.bin}), used only for queries of two words or
 * more; {@code syn} the query-time synonym groups ({@link Synonyms}), which the browser expands as
 * the query side does. Everything but the manifest is in a few {@link Pack
 * packs} read with range requests, so the file count does not grow with the site.
 */
public final class BrowserIndex {
  /** Format version, bumped on any incompatible change; the client refuses other versions. */
  public static final int VERSION = 2;

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
   * @param indexDir a Lucene index written by {@code IndexBuilder} (doc ids in corpus order)
   * @param urlOfSlug a postmortem's page, relative to the site root
   */
  public static SortedMap<String, byte[]> export(Path indexDir, Function<String, String> urlOfSlug) {
    return export(indexDir, urlOfSlug, Synonyms.defaults(), MIN_PAIR_DF);
  }

  /** As {@link #export(Path, Function)}, with the knowledge base's synonyms. */
  public static SortedMap<String, byte[]> export(Path indexDir, Function<String, String> urlOfSlug, Synonyms synonyms) {
    return export(indexDir, urlOfSlug, synonyms, MIN_PAIR_DF);
  }

  /** As {@link #export(Path, Function, Synonyms)}, keeping word pairs with df ≥ {@code minPairDf}. */
  public static SortedMap<String, byte[]> export(Path indexDir, Function<String, String> urlOfSlug, Synonyms synonyms,
      int minPairDf) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    export(indexDir, urlOfSlug, synonyms, minPairDf, (name, bytes, length) -> {
      synchronized (files) {
        files.put(name, Arrays.copyOf(bytes, length));
      }
    });
    return files;
  }

  /**
   * As {@link #export(Path, Function, Synonyms)}, each file put in {@code files} as soon as it is
   * complete (from several threads), {@code manifest.json} last.
   */
  public static void export(Path indexDir, Function<String, String> urlOfSlug, Synonyms synonyms, ExportFiles files) {
    export(indexDir, urlOfSlug, synonyms, MIN_PAIR_DF, files);
  }

  private static void export(Path indexDir, Function<String, String> urlOfSlug, Synonyms synonyms, int minPairDf,
      ExportFiles files) {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
      Json m = new Json().raw("{\"v\":").num(VERSION).raw(",\"n\":").num(reader.maxDoc());
      m.raw(",\"syn\":[");
      List<List<String>> groups = synonyms.groups();
      for (int g = 0; g < groups.size(); g++) {
        m.raw(g > 0 ? ",[" : "[");
        for (int p = 0; p < groups.get(g).size(); p++) (p > 0 ? m.raw(",") : m).str(groups.get(g).get(p));
        m.raw("]");
      }
      m.raw("]");
      if (reader.maxDoc() == 0) {
        putManifest(m.raw("}"), files);
        return;
      }
      WholeIndex whole = new WholeIndex(reader);
      // Words, pairs and documents read the index independently and write their own packs: they
      // run at once (one reader, each part with its own enums), and their manifest entries are
      // joined in a fixed order.
      List<String[]> done = IntStream.range(0, 3).parallel().mapToObj(i -> {
        try {
          return switch (i) {
            case 0 -> words(whole, files);
            case 1 -> pairs(whole, minPairDf, files);
            default -> documents(whole, urlOfSlug, files);
          };
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
      String[] words = done.get(0);
      String[] pairs = done.get(1);
      String[] docs = done.get(2);
      m.raw(",\"terms\":").raw(words[0]);
      m.raw(",\"pairs\":").raw(pairs[0]);
      m.raw(",\"docs\":").str(docs[0]);
      m.raw(",\"spell\":").raw(words[1]);
      m.raw(",\"facets\":").raw(docs[1]).raw("}");
      putManifest(m, files);
    } catch (IOException | UncheckedIOException e) {
      throw new UncheckedIOException("cannot export the search index in " + indexDir,
          e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
    }
  }

  private static void putManifest(Json m, ExportFiles files) {
    byte[] bytes = m.toString().getBytes(StandardCharsets.UTF_8);
    files.put("manifest.json", bytes, bytes.length);
  }

  /** The word dictionary ({@code terms}) and the spelling list ({@code spell}): their manifest entries. */
  private static String[] words(WholeIndex whole, ExportFiles files) throws IOException {
    Dictionary words = new Dictionary("d", whole.maxDoc(), files);
    Spelling spelling = new Spelling();
    Impacts.forEachTerm(whole, Impacts.BOOSTS, (term, n, docs, scores) -> {
      words.add(term, n, docs, scores);
      spelling.add(term, n);
    });
    String terms = words.finish();
    return new String[] {terms, spelling.finish(files)};
  }

  /** The word-pair dictionary ({@code pairs}): its manifest entry. */
  private static String[] pairs(WholeIndex whole, int minPairDf, ExportFiles files) throws IOException {
    Dictionary pairs = new Dictionary("d2", whole.maxDoc(), files);
    Impacts.forEachTerm(whole, Map.of(Fields.SHINGLES, Impacts.SHINGLE_BOOST), (term, n, docs, scores) -> {
      if (n >= minPairDf) pairs.add(term, n, docs, scores);
    });
    return new String[] {pairs.finish()};
  }

  /** The documents pack ({@code docs}) and the facet columns ({@code facets}): their manifest entries. */
  private static String[] documents(WholeIndex whole, Function<String, String> urlOfSlug, ExportFiles files)
      throws IOException {
    List<Map<String, List<String>>> facets = DocFiles.facets(whole);
    String docs = DocFiles.docs(whole, facets, urlOfSlug, files);
    return new String[] {docs, DocFiles.columns(facets, files)};
  }
}
