package io.github.pmkb.index;

import java.util.List;
import java.util.Map;
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

  static Document of(Postmortem p) {
    Document doc = new Document();
    doc.add(new StringField(Fields.SLUG, p.slug(), Field.Store.YES));
    // Each prose text is analysed once (TokenTape): its tokens feed its own field and the pairs.
    // Stored: only what search hits and the browser export show (slug, title, body, date, root
    // cause, duration).
    TokenTape title = TokenTape.of(p.title().value());
    TokenTape summary = TokenTape.of(p.summary());
    String rootCauseText = p.searchText().rootCause();
    TokenTape cause = TokenTape.of(rootCauseText);
    String bodyText = p.searchText().body().text();
    TokenTape body = TokenTape.of(bodyText);
    doc.add(new StoredField(Fields.TITLE, p.title().value()));
    doc.add(new Field(Fields.TITLE, title.text(), COMPARED));
    doc.add(new Field(Fields.SUMMARY, summary.text(), TextField.TYPE_NOT_STORED));
    doc.add(new Field(Fields.ROOT_CAUSE_TEXT, cause.text(), COMPARED));
    doc.add(new StoredField(Fields.BODY, bodyText));
    doc.add(new Field(Fields.BODY, body.text(), COMPARED));
    doc.add(new Field(Fields.SHINGLES, TokenTape.pairs(List.of(title, summary, cause, body)), PAIRS));

    String rootCause = FacetValues.rootCause(p);
    doc.add(new StringField(Fields.ROOT_CAUSE_ID, rootCause, Field.Store.YES));
    for (String s : p.incident().serviceNames()) doc.add(new StringField(Fields.SERVICE_ID, s, Field.Store.NO));
    doc.add(new TextField(Fields.TAGS, String.join("\n", p.tags()), Field.Store.NO));
    doc.add(new TextField(Fields.SERVICES, String.join("\n", p.incident().serviceNames()), Field.Store.NO));

    long day = p.day().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
    // Lucene wants one schema per field across documents: undated ones get a point too, at MIN_VALUE.
    doc.add(new NumericDocValuesField(Fields.DATE, day));
    doc.add(new LongPoint(Fields.DATE, day));
    p.day().ifPresent(d -> doc.add(new StoredField(Fields.DATE_ISO, d.toString())));
    FacetValues.duration(p).ifPresent(d -> {
      long minutes = d.toMinutes();
      doc.add(new LongPoint(Fields.DURATION_MINUTES, minutes));
      doc.add(new NumericDocValuesField(Fields.DURATION_MINUTES, minutes));
      doc.add(new StoredField(Fields.DURATION_MINUTES, minutes));
    });
    for (Map.Entry<String, List<String>> e : FacetValues.of(p).entrySet()) {
      for (String v : e.getValue()) doc.add(new SortedSetDocValuesFacetField(e.getKey(), v));
    }
    return doc;
  }
}
