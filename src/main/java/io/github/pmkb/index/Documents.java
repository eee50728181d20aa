package io.github.pmkb.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.model.StoredText;

/** Turns a postmortem into its Lucene document (before {@code FacetsConfig.build}). */
final class Documents {
  /**
   * Prose fields that related incidents compare, with offsets in the postings so snippets need no
   * re-analysis. No term vectors: {@link RelatedFinder} reads the postings instead.
   */
  static final FieldType COMPARED = proseType();

  /**
   * Word pairs: only term queries read them (search and the browser export), never phrases, so
   * positions would be written for nothing.
   */
  static final FieldType PAIRS = pairsType();

  private Documents() {}

  private static FieldType proseType() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  private static FieldType pairsType() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.freeze();
    return t;
  }

  /**
   * Everything a postmortem's document is made of, read out of the postmortem once: two equal
   * sources give equal documents, so {@link Chunks} can key a cached segment by a digest of them.
   */
  record Source(String slug, String title, String summary, StoredText rootCauseText, StoredText body, String rootCause,
      List<String> services, List<String> tags, Long day, Long minutes, Map<String, List<String>> facets) {
    static Source of(Postmortem p) {
      return new Source(p.slug(), p.title().value(), p.summary(), p.searchText().rootCauseText(),
          p.searchText().body(), FacetValues.rootCause(p), p.incident().serviceNames(), p.tags(),
          p.day().map(d -> d.toEpochDay()).orElse(null), FacetValues.duration(p).map(d -> d.toMinutes()).orElse(null),
          FacetValues.of(p));
    }

    /** Feeds every component to {@code md}, each text with its length so that no two sources collide by joining. */
    void digest(java.security.MessageDigest md) {
      text(md, slug);
      text(md, title);
      text(md, summary);
      // The stored texts' digests, taken when they were stored: the texts stay on disk until a run
      // is indexed, so a run the cache keeps never reads them (its store may be closed by then).
      stored(md, rootCauseText);
      stored(md, body);
      text(md, rootCause);
      text(md, String.join("\n", services) + "\u0000" + services.size());
      text(md, String.join("\n", tags) + "\u0000" + tags.size());
      text(md, String.valueOf(day));
      text(md, String.valueOf(minutes));
      facets.forEach((k, v) -> text(md, k + "=" + String.join("\n", v) + "\u0000" + v.size()));
    }

    private static void stored(java.security.MessageDigest md, StoredText t) {
      md.update(t.digest());
      text(md, String.valueOf(t.length()));
    }

    private static void text(java.security.MessageDigest md, String s) {
      byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      md.update(java.nio.ByteBuffer.allocate(4).putInt(b.length).array());
      md.update(b);
    }
  }

  /** @param recording {@link Analyzers#recording()}, which analyses each prose text once */
  static Document of(Source p, Analyzer recording) {
    Document doc = new Document();
    doc.add(new StringField(Fields.SLUG, p.slug(), Field.Store.YES));
    // Each prose text is analysed once (TokenTape): its tokens feed its own field and the pairs.
    // Stored: only what search hits and the browser export show (slug, title, body, date, root
    // cause, duration).
    TokenTape title = TokenTape.of(recording, p.title());
    TokenTape summary = TokenTape.of(recording, p.summary());
    TokenTape cause = TokenTape.of(recording, p.rootCauseText().text());
    String bodyText = p.body().text();
    TokenTape body = TokenTape.of(recording, bodyText);
    doc.add(new StoredField(Fields.TITLE, p.title()));
    doc.add(new Field(Fields.TITLE, title.text(), COMPARED));
    doc.add(new Field(Fields.SUMMARY, summary.text(), TextField.TYPE_NOT_STORED));
    doc.add(new Field(Fields.ROOT_CAUSE_TEXT, cause.text(), COMPARED));
    doc.add(new StoredField(Fields.BODY, bodyText));
    doc.add(new Field(Fields.BODY, body.text(), COMPARED));
    doc.add(new Field(Fields.SHINGLES, TokenTape.pairs(List.of(title, summary, cause, body)), PAIRS));

    doc.add(new StringField(Fields.ROOT_CAUSE_ID, p.rootCause(), Field.Store.YES));
    for (String s : p.services()) doc.add(new StringField(Fields.SERVICE_ID, s, Field.Store.NO));
    doc.add(new TextField(Fields.TAGS, String.join("\n", p.tags()), Field.Store.NO));
    doc.add(new TextField(Fields.SERVICES, String.join("\n", p.services()), Field.Store.NO));

    long day = p.day() == null ? Long.MIN_VALUE : p.day();
    // Lucene wants one schema per field across documents: undated ones get a point too, at MIN_VALUE.
    doc.add(new NumericDocValuesField(Fields.DATE, day));
    doc.add(new LongPoint(Fields.DATE, day));
    if (p.day() != null) doc.add(new StoredField(Fields.DATE_ISO, java.time.LocalDate.ofEpochDay(p.day()).toString()));
    if (p.minutes() != null) {
      long minutes = p.minutes();
      doc.add(new LongPoint(Fields.DURATION_MINUTES, minutes));
      doc.add(new NumericDocValuesField(Fields.DURATION_MINUTES, minutes));
      doc.add(new StoredField(Fields.DURATION_MINUTES, minutes));
    }
    for (Map.Entry<String, List<String>> e : p.facets().entrySet()) {
      for (String v : e.getValue()) doc.add(new SortedSetDocValuesFacetField(e.getKey(), v));
    }
    return doc;
  }
}
