package org.x.pmkb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.x.pmkb.model.Corpus;
import org.x.pmkb.model.Postmortem;

/**
 * The index stage's front door: writes the corpus into a fresh Lucene index, then reads back what
 * the site needs from it (facet counts, related incidents), so the site counts exactly what
 * search finds.
 */
public final class IndexBuilder {
  /** Related incidents kept per postmortem. */
  public static final int RELATED = 5;

  private IndexBuilder() {}

  /** Rebuilds the index in {@code dir} without section texts (root-cause field left empty). */
  public static IndexSnapshot build(Corpus corpus, Path dir) {
    return build(corpus, Map.of(), dir);
  }

  /**
   * Rebuilds the index in {@code dir} (its previous contents are deleted), counts facets and finds
   * related incidents.
   *
   * @param sourceBySlug each postmortem's source file text: the model keeps sections (such as the
   *     root cause) only as line ranges of that file
   */
  public static IndexSnapshot build(Corpus corpus, Map<String, String> sourceBySlug, Path dir) {
    try {
      deleteTree(dir);
      Files.createDirectories(dir);
      FacetsConfig facets = FacetCounter.facetsConfig();
      try (Directory d = FSDirectory.open(dir);
          Analyzer analyzer = Analyzers.perField()) {
        IndexWriterConfig iwc = new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(64)
            // Doc ids in corpus order (newest first, ties by slug), with no index sort to pay
            // for: one thread adds in order, and a log merge policy merges only neighbouring
            // segments, so the single merged segment keeps that order.
            .setMergePolicy(new LogByteSizeMergePolicy());
        try (IndexWriter w = new IndexWriter(d, iwc)) {
          for (Postmortem p : corpus.postmortems()) {
            w.addDocument(facets.build(Documents.of(p, sourceBySlug.getOrDefault(p.slug(), ""))));
          }
          // One segment: stable doc ids and scores, and the shape the browser export reads.
          w.forceMerge(1);
        }
        try (DirectoryReader reader = DirectoryReader.open(d)) {
          FacetsCollector all = new IndexSearcher(reader).search(new MatchAllDocsQuery(), new FacetsCollectorManager());
          Map<String, List<FacetCount>> counts = FacetCounter.open(reader).count(all);
          Map<String, List<Related>> related = reader.leaves().isEmpty() ? Map.of()
              : new RelatedFinder(reader.leaves().get(0).reader()).all(RELATED);
          return new IndexSnapshot(dir, corpus.size(), counts, related);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index in " + dir, e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
