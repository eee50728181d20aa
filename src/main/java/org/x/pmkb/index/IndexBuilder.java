package org.x.pmkb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.x.pmkb.model.Corpus;
import org.x.pmkb.model.Postmortem;

/**
 * The index stage's front door: writes the corpus into a fresh Lucene index and reads the facet
 * counts back from it, so the site's tag pages count exactly what search will find.
 */
public final class IndexBuilder {
  private IndexBuilder() {}

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(Fields.FACET_TAG, true);
    return config;
  }

  static Analyzer analyzer() {
    return new EnglishAnalyzer();
  }

  /** Rebuilds the index in {@code dir} (its previous contents are deleted) and counts facets. */
  public static IndexSnapshot build(Corpus corpus, Path dir) {
    try {
      deleteTree(dir);
      Files.createDirectories(dir);
      FacetsConfig facets = facetsConfig();
      try (Directory d = FSDirectory.open(dir);
          Analyzer analyzer = analyzer()) {
        IndexWriterConfig iwc = new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(64)
            // Newest first, like the corpus: date order costs nothing downstream.
            .setIndexSort(new Sort(new SortField(Fields.DATE, SortField.Type.LONG, true)));
        try (IndexWriter w = new IndexWriter(d, iwc)) {
          for (Postmortem p : corpus.postmortems()) w.addDocument(facets.build(document(p)));
        }
        return new IndexSnapshot(dir, corpus.size(), countFacets(d, facets));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index in " + dir, e);
    }
  }

  private static Document document(Postmortem p) {
    Document doc = new Document();
    doc.add(new StringField(Fields.SLUG, p.slug(), Field.Store.YES));
    doc.add(new TextField(Fields.TITLE, p.title().value(), Field.Store.YES));
    doc.add(new TextField(Fields.BODY, p.summary() + "\n" + stripTags(p.bodyHtml()), Field.Store.NO));
    long day = p.day().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
    doc.add(new NumericDocValuesField(Fields.DATE, day));
    for (String tag : p.tags()) {
      doc.add(new StringField(Fields.TAGS, tag, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_TAG, tag));
    }
    return doc;
  }

  private static Map<String, List<FacetCount>> countFacets(Directory d, FacetsConfig config) throws IOException {
    Map<String, List<FacetCount>> out = new TreeMap<>();
    try (DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      SortedSetDocValuesReaderState state;
      try {
        state = new DefaultSortedSetDocValuesReaderState(reader, config);
      } catch (IllegalArgumentException e) {
        return out; // no document has a tag: the facet field does not exist
      }
      FacetsCollector fc = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
      Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
      FacetResult r = facets.getAllChildren(Fields.FACET_TAG);
      List<FacetCount> counts = new ArrayList<>();
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) counts.add(new FacetCount(lv.label, lv.value.intValue()));
      }
      counts.sort(Comparator.comparingInt(FacetCount::count).reversed().thenComparing(FacetCount::value));
      out.put(Fields.FACET_TAG, counts);
    }
    return out;
  }

  /** Text of an HTML fragment for indexing; entities are left as they are (they rarely matter). */
  static String stripTags(String html) {
    return html.replaceAll("<[^>]*>", " ");
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
