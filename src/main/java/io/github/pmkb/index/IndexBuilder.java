package io.github.pmkb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
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
import io.github.pmkb.fs.FileTree;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Postmortem;

/**
 * The index stage's front door: writes the corpus into a fresh Lucene index, then reads back what
 * the site needs from it (facet counts, related incidents), so the site counts exactly what
 * search finds.
 */
public final class IndexBuilder {
  /** Related incidents kept per postmortem. */
  public static final int RELATED = 5;

  private IndexBuilder() {}

  /**
   * Rebuilds the index in {@code dir} (its previous contents are deleted), counts facets and finds
   * related incidents. Everything indexed comes from the corpus: the facts and each postmortem's
   * {@link io.github.pmkb.model.SearchText}.
   */
  public static IndexSnapshot build(Corpus corpus, Path dir) {
    int cores = Runtime.getRuntime().availableProcessors();
    return build(corpus, dir, Math.max(1, Math.min(cores, corpus.size() / MIN_PART)));
  }

  /** Documents per part below which indexing in parallel costs more (merging) than it saves. */
  static final int MIN_PART = 400;

  /**
   * Builds the index in {@code parts} slices of the corpus at once, each by its own writer into
   * its own folder, then copies their segments in corpus order: doc ids stay in corpus order
   * (newest first, ties by slug) whatever the number of parts.
   */
  static IndexSnapshot build(Corpus corpus, Path dir, int parts) {
    try {
      FileTree.delete(dir);
      Files.createDirectories(dir);
      List<Postmortem> all = corpus.postmortems();
      try (Directory d = FSDirectory.open(dir);
          Analyzer analyzer = Analyzers.text()) {
        if (parts <= 1) {
          try (IndexWriter w = new IndexWriter(d, config(analyzer))) {
            addAll(w, all);
            // One segment: stable doc ids and scores, and the shape the browser export reads.
            w.forceMerge(1);
          }
        } else {
          mergeParts(d, dir, all, parts, analyzer);
        }
        try (DirectoryReader reader = DirectoryReader.open(d)) {
          FacetsCollector found = new IndexSearcher(reader).search(new MatchAllDocsQuery(), new FacetsCollectorManager());
          Map<String, List<FacetCount>> counts = FacetCounter.open(reader).count(found);
          Map<String, List<Related>> related = reader.leaves().isEmpty() ? Map.of()
              : new RelatedFinder(new WholeIndex(reader)).all(RELATED);
          return new IndexSnapshot(dir, corpus.size(), counts, related);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index in " + dir, e);
    }
  }

  private static void mergeParts(Directory d, Path dir, List<Postmortem> all, int parts, Analyzer analyzer)
      throws IOException {
    List<Path> partDirs = IntStream.range(0, parts).mapToObj(i -> dir.resolve("part-" + i)).toList();
    IntStream.range(0, parts).parallel().forEach(i -> {
      List<Postmortem> slice = all.subList(all.size() * i / parts, all.size() * (i + 1) / parts);
      try (Directory pd = FSDirectory.open(partDirs.get(i)); IndexWriter w = new IndexWriter(pd, config(analyzer))) {
        addAll(w, slice);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the search index in " + partDirs.get(i), e);
      }
    });
    // The parts' segments are copied, not merged: merging re-encodes every posting (at 10k
    // synthetic postmortems the index stage took 29.8 s with the merge, 26.0 s without, one busy
    // run each). Segments keep the order given and a
    // log merge policy kept each part's docs in order, so doc ids stay in corpus order; readers
    // of the whole index go through WholeIndex.
    List<Directory> partDirectories = new ArrayList<>();
    try {
      for (Path p : partDirs) partDirectories.add(FSDirectory.open(p));
      try (IndexWriter w = new IndexWriter(d, config(analyzer))) {
        w.addIndexes(partDirectories.toArray(new Directory[0]));
      }
    } finally {
      for (Directory pd : partDirectories) pd.close();
    }
    for (Path p : partDirs) FileTree.delete(p);
  }

  private static IndexWriterConfig config(Analyzer analyzer) {
    return new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(64)
        // Doc ids in corpus order (newest first, ties by slug), with no index sort to pay for:
        // one thread adds in order, and a log merge policy merges only neighbouring segments,
        // so merged segments keep that order.
        .setMergePolicy(new LogByteSizeMergePolicy());
  }

  private static void addAll(IndexWriter w, List<Postmortem> postmortems) throws IOException {
    FacetsConfig facets = FacetCounter.facetsConfig();
    for (Postmortem p : postmortems) {
      w.addDocument(facets.build(Documents.of(p)));
    }
  }
}
