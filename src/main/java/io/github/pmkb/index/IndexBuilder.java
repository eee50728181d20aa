package io.github.pmkb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import io.github.pmkb.fs.FileTree;
import io.github.pmkb.model.Corpus;

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
    return build(corpus, dir, null, "", NO_LAPS);
  }

  /**
   * {@link #build(Corpus, Path)}, keeping each run of postmortems' segment ({@link Chunks}) in
   * {@code segments} and reusing those already there: after one edit only the edited run is
   * indexed again. The index is the same either way; segments of runs not in this build nor the
   * one before are deleted. Tells {@code lap} when each of its steps ends ({@code "index"},
   * {@code "facets"}, {@code "related"}), for the build's stage times.
   *
   * @param segments the cache folder, or null to keep nothing
   * @param salt what the segments depend on besides the postmortems (pmkb's code, the Java version)
   */
  public static IndexSnapshot build(Corpus corpus, Path dir, Path segments, String salt, Consumer<String> lap) {
    return build(corpus, dir, segments, salt, Chunks.AVERAGE, lap);
  }

  private static final Consumer<String> NO_LAPS = step -> {};

  /** Without a cache, in runs of {@code perRun} postmortems. */
  static IndexSnapshot build(Corpus corpus, Path dir, int perRun) {
    return build(corpus, dir, null, "", perRun, NO_LAPS);
  }

  static IndexSnapshot build(Corpus corpus, Path dir, Path segments, String salt, int average) {
    return build(corpus, dir, segments, salt, average, NO_LAPS);
  }

  private static IndexSnapshot build(Corpus corpus, Path dir, Path segments, String salt, int average,
      Consumer<String> lap) {
    // Without a cache, runs of the same size, indexed in parallel, not one slice per core: a
    // slice of tens of thousands of postmortems is flushed many times and Lucene merges what it
    // flushed, re-encoding the postings, while a run fits in one flush. The runs are left as
    // Lucene flushed them (a run is never kept, so there is nothing to gain from merging it).
    if (segments == null) {
      return build(corpus, dir, Chunks.slices(corpus.postmortems(), average), SegmentStore.scratch(dir.resolve("chunks")),
          lap);
    }
    return build(corpus, dir, Chunks.keyed(corpus.postmortems(), average, salt), SegmentStore.cache(segments), lap);
  }

  private static IndexSnapshot build(Corpus corpus, Path dir, List<Chunks.Chunk> chunks, SegmentStore store,
      Consumer<String> lap) {
    try {
      FileTree.delete(dir);
      Files.createDirectories(dir);
      List<Path> parts;
      try (Analyzer analyzer = Analyzers.text(); Analyzer recording = Analyzers.recording()) {
        parts = store.ensure(chunks, (chunk, into) -> {
          try (Directory pd = FSDirectory.open(into);
              IndexWriter w = new IndexWriter(pd, config(analyzer, bufferMb(chunks.size())))) {
            addAll(w, chunk.sources(), recording);
            // A kept run is one segment, whatever Lucene flushed on the way.
            if (chunk.key() != null) w.forceMerge(1);
          }
        });
      }
      try (Directory d = new LinkingDirectory(FSDirectory.open(dir))) {
        copySegments(d, parts);
        store.done(chunks);
        try (DirectoryReader reader = DirectoryReader.open(d)) {
          lap.accept("index");
          FacetsCollector found = new IndexSearcher(reader).search(new MatchAllDocsQuery(), new FacetsCollectorManager());
          Map<String, List<FacetCount>> counts = FacetCounter.open(reader).count(found);
          lap.accept("facets");
          Map<String, List<Related>> related = reader.leaves().isEmpty() ? Map.of()
              : new RelatedFinder(new WholeIndex(reader)).all(RELATED);
          lap.accept("related");
          return new IndexSnapshot(dir, corpus.size(), counts, related);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index in " + dir, e);
    }
  }

  /**
   * The runs' segments copied (linked, {@link LinkingDirectory}) into one index in corpus order,
   * not merged: merging would re-encode every posting to gain nothing. Doc ids stay in corpus order;
   * readers of the whole index go through WholeIndex.
   */
  private static void copySegments(Directory d, List<Path> parts) throws IOException {
    List<Directory> partDirectories = new ArrayList<>();
    try {
      for (Path p : parts) partDirectories.add(FSDirectory.open(p));
      IndexWriterConfig c = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE)
          .setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter w = new IndexWriter(d, c)) {
        if (!partDirectories.isEmpty()) w.addIndexes(partDirectories.toArray(new Directory[0]));
      }
    } finally {
      for (Directory pd : partDirectories) pd.close();
    }
  }

  /**
   * Each writer's buffer: 64 MB, but no more than 128 MB in all when one slice per core runs at
   * once, so that indexing's memory does not grow with the machine's cores (the launcher sizes
   * the heap by content alone).
   */
  static double bufferMb(int writers) {
    int atOnce = Math.max(1, Math.min(writers, Runtime.getRuntime().availableProcessors()));
    return Math.max(16, Math.min(64, 128.0 / atOnce));
  }

  private static IndexWriterConfig config(Analyzer analyzer, double bufferMb) {
    return new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(bufferMb)
        // Doc ids in corpus order (newest first, ties by slug), with no index sort to pay for:
        // one thread adds in order, and a log merge policy merges only neighbouring segments,
        // so merged segments keep that order.
        .setMergePolicy(new LogByteSizeMergePolicy());
  }

  private static void addAll(IndexWriter w, List<Documents.Source> sources, Analyzer recording) throws IOException {
    FacetsConfig facets = FacetCounter.facetsConfig();
    for (Documents.Source p : sources) {
      w.addDocument(facets.build(Documents.of(p, recording)));
    }
  }
}
