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
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import io.github.pmkb.index.Fields;
import io.github.pmkb.index.WholeIndex;
import io.github.pmkb.search.Synonyms;

/**
 * The export's front door: reads the index {@code IndexBuilder} wrote and gives the browser
 * search files, path (below the site's {@code search/}) to bytes: all at once, sorted by path, or
 * one by one as each is complete ({@link ExportFiles}).
 *
 * <p>{@code manifest.json} is the only file a page must revalidate; the default theme inlines it
 * in {@code search.html}, so the page knows where everything is before its first request:
 *
 * <pre>{@code
 * {"v":8, "n":docs, "syn":[[phrase, …], …], "terms":{…}, "rare":{…}, "pairs":{…},
 *  "spell":{…}, "rows":{…}, "facets":{…}, "sy":{…}}
 * }</pre>
 *
 * <ul>
 *   <li>{@code terms}: words in two documents or more, in sorted blocks behind a root ({@link
 *       Dictionary}); {@code rare}: words in one document, hashed into fixed slots ({@link
 *       HashedDictionary}); {@code pairs}: the {@code shingles} field's word pairs with df ≥
 *       {@link #MIN_PAIR_DF}, hashed too, for queries of two words or more. Long posting lists are
 *       records of the packs named by {@code "pf"}.
 *   <li>{@code spell}: the typo vocabulary ({@link Spelling}); {@code rows}: a result row's card
 *       and snippet text, one fixed-size slot per document ({@link DocFiles}); {@code facets}: what the filter panel
 *       counts ({@link FacetColumns}); {@code syn}: the query-time synonym groups ({@link
 *       Synonyms}), which the browser expands as the query side does; {@code sy}: the entries of
 *       every word and pair those groups expand to, a record per group ({@link SynonymEntries}).
 * </ul>
 *
 * So a one-word query is at most three round trips: its block, its postings, then the rows of the
 * results on screen, each a batch of parallel range requests.
 */
public final class BrowserIndex {
  /** Format version, bumped on any incompatible change; the client refuses other versions. */
  public static final int VERSION = 8;

  /** Pairs seen once are left out: they are most of the pairs and rarely typed. */
  public static final int MIN_PAIR_DF = 2;

  /**
   * From this many documents, words of one document leave the sorted dictionary for hashed
   * slots: most of a large vocabulary, they would make the root the page carries too big. Below
   * it, the whole vocabulary stays sorted, so a word typed half still finds a rare one.
   */
  static final int RARE_FROM_DOCS = 500;

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
    // Read with positional reads, not mapped: the export reads the whole index once, and every
    // mapped page it touched would count in the process's memory until the reader closes, which
    // for a large site is most of the index; read, the pages stay in the OS's file cache.
    try (Directory dir = new NIOFSDirectory(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
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
      SynonymEntries syn = new SynonymEntries(groups);
      // Words, pairs and documents read the index independently and write their own packs: they
      // run at once (one reader, each part with its own enums), and their manifest entries are
      // joined in a fixed order.
      List<String> done = IntStream.range(0, 3).parallel().mapToObj(i -> {
        try {
          return switch (i) {
            case 0 -> words(whole, files, syn);
            case 1 -> pairs(whole, minPairDf, files, syn);
            default -> documents(whole, urlOfSlug, files);
          };
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
      m.raw(done.get(0)).raw(done.get(1)).raw(done.get(2));
      String sy = syn.finish(files);
      if (sy != null) m.raw(",\"sy\":").raw(sy);
      m.raw("}");
      putManifest(m, files);
    } catch (IOException | UncheckedIOException e) {
      throw new UncheckedIOException("cannot export the search index in " + indexDir,
          e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
    }
  }

  /** Also safe inside an HTML {@code <script>} element: no {@code <} appears but escaped. */
  private static void putManifest(Json m, ExportFiles files) {
    byte[] bytes = m.toString().replace("<", "\\u003c").getBytes(StandardCharsets.UTF_8);
    files.put("manifest.json", bytes, bytes.length);
  }

  /** The word dictionaries and the spelling list: their manifest entries. */
  private static String words(WholeIndex whole, ExportFiles files, SynonymEntries syn) throws IOException {
    Pack postings = new Pack("p", files);
    Dictionary common = new Dictionary("d", whole.maxDoc(), postings, files);
    HashedDictionary rare = new HashedDictionary("h", HashedDictionary.RARE_PER_BUCKET, whole.maxDoc(), postings, files);
    Spelling spelling = new Spelling();
    boolean split = whole.maxDoc() >= RARE_FROM_DOCS;
    Impacts.forEachTerm(whole, Impacts.BOOSTS, (term, n, docs, scores) -> {
      byte[] body = TermEntries.body(whole.maxDoc(), n, docs, scores, postings);
      syn.word(term, body);
      if (n >= 2 || !split) common.add(term, body);
      else rare.add(term, body);
      spelling.add(term, n);
    });
    String pf = Pack.names(new Json(), postings.finish()).toString();
    return ",\"terms\":" + withPostings(common.finish(), pf) + ",\"rare\":" + withPostings(rare.finish(), pf)
        + ",\"spell\":" + spelling.finish(files);
  }

  /** The word-pair dictionary: its manifest entry. */
  private static String pairs(WholeIndex whole, int minPairDf, ExportFiles files, SynonymEntries syn) throws IOException {
    Pack postings = new Pack("p2", files);
    HashedDictionary pairs = new HashedDictionary("q", HashedDictionary.PAIRS_PER_BUCKET, whole.maxDoc(), postings, files);
    Impacts.forEachTerm(whole, Map.of(Fields.SHINGLES, Impacts.SHINGLE_BOOST), (term, n, docs, scores) -> {
      if (n < minPairDf) return;
      byte[] body = TermEntries.body(whole.maxDoc(), n, docs, scores, postings);
      syn.pair(term, body);
      pairs.add(term, body);
    });
    String pf = Pack.names(new Json(), postings.finish()).toString();
    return ",\"pairs\":" + withPostings(pairs.finish(), pf);
  }

  private static String withPostings(String entry, String postingFiles) {
    return entry.substring(0, entry.length() - 1) + ",\"pf\":" + postingFiles + "}";
  }

  /** Result rows and facet columns: their manifest entries. */
  private static String documents(WholeIndex whole, Function<String, String> urlOfSlug, ExportFiles files)
      throws IOException {
    List<Map<String, List<String>>> facets = DocFiles.facets(whole);
    List<DocFiles.Doc> docs = DocFiles.docs(whole, urlOfSlug);
    long[] minutes = docs.stream().mapToLong(DocFiles.Doc::minutes).toArray();
    return ",\"rows\":" + DocFiles.rows(docs, facets, files) + ",\"facets\":" + FacetColumns.write(facets, minutes, files);
  }
}
