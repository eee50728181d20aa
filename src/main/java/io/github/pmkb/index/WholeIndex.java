package io.github.pmkb.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;

/**
 * An index read as one whole, however many segments it has: terms with their index-wide
 * statistics, norms, doc values and stored fields, all by index-wide doc id. {@link IndexBuilder}
 * leaves the segments of the runs or slices it indexed in parallel rather than merge them, which re-encodes
 * every posting; the readers of the whole index (related incidents, the browser export) see
 * exactly what one merged segment would give them.
 */
public final class WholeIndex {
  private final IndexReader reader;

  public WholeIndex(IndexReader reader) {
    this.reader = reader;
  }

  public int maxDoc() {
    return reader.maxDoc();
  }

  public int numDocs() {
    return reader.numDocs();
  }

  /** The field's terms across segments, or null when no document has the field. */
  public Terms terms(String field) throws IOException {
    return MultiTerms.getTerms(reader, field);
  }

  /** The field's norms across segments, or null when it has none. */
  public NumericDocValues norms(String field) throws IOException {
    return MultiDocValues.getNormValues(reader, field);
  }

  /** Sorted-set doc values with index-wide ordinals, or null when no document has the field. */
  public SortedSetDocValues sortedSet(String field) throws IOException {
    return MultiDocValues.getSortedSetValues(reader, field);
  }

  public StoredFields storedFields() throws IOException {
    return reader.storedFields();
  }
}
