package io.github.pmkb.search.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import io.github.pmkb.index.Fields;
import io.github.pmkb.index.WholeIndex;

/**
 * Per-document files: cards with snippet texts, and facet columns.
 *
 * <ul>
 *   <li>{@code docs.<hash>.bin}: a {@link Pack} with an offset table, record {@code d} the deflated
 *       {@code [url, title, date, severity, rootCause, [services], [tags], text]} of document
 *       {@code d}, text being the body's first {@link #TEXT_CHARS} chars: fetched only for shown
 *       results, one range request each (after 8 bytes of the table);
 *   <li>{@code f.<hash>.bin}: a {@link Pack} of facet columns (format: {@link #column}), per
 *       dimension a full one and, for dimensions with more than {@link #TOP_VALUES} values, one of
 *       the most frequent values only, which is what opening the facet panel loads.
 * </ul>
 *
 */
final class DocFiles {
  static final int TEXT_CHARS = 2500;
  /**
   * Values of a dimension the facet panel counts at first: the most frequent ones. A dimension
   * with more also has a full column, loaded when its "all values" button is pressed (or a filter
   * needs it), so opening the panel stays small at any size.
   */
  static final int TOP_VALUES = 24;
  /** Facet dimensions shown in the browser, in display order. */
  static final List<String> DIMS =
      List.of(Fields.FACET_ROOT_CAUSE, Fields.FACET_CONTRIBUTING, Fields.FACET_SEVERITY, Fields.FACET_SERVICE, Fields.FACET_TAG, Fields.FACET_YEAR);
  private static final List<String> MULTI = List.of(Fields.FACET_CONTRIBUTING, Fields.FACET_SERVICE, Fields.FACET_TAG);

  private DocFiles() {}

  /** Per document and dimension, its values (from the facet doc values, as Lucene counts them). */
  static List<Map<String, List<String>>> facets(WholeIndex whole) throws IOException {
    List<Map<String, List<String>>> out = new ArrayList<>();
    for (int d = 0; d < whole.maxDoc(); d++) out.add(new TreeMap<>());
    SortedSetDocValues dv = whole.sortedSet(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    if (dv == null) return out;
    for (int d = dv.nextDoc(); d != SortedSetDocValues.NO_MORE_DOCS; d = dv.nextDoc()) {
      for (int i = 0; i < dv.docValueCount(); i++) {
        String[] path = FacetsConfig.stringToPath(dv.lookupOrd(dv.nextOrd()).utf8ToString());
        if (path.length == 2) out.get(d).computeIfAbsent(path[0], k -> new ArrayList<>()).add(path[1]);
      }
    }
    return out;
  }

  /** Writes the documents' pack (a card and text per document); returns its file name. */
  static String docs(WholeIndex whole, List<Map<String, List<String>>> facets,
      Function<String, String> urlOfSlug, ExportFiles files) throws IOException {
    StoredFields stored = whole.storedFields();
    Pack pack = Pack.withTable(whole.maxDoc());
    for (int d = 0; d < whole.maxDoc(); d++) {
      Document doc = stored.document(d);
      Map<String, List<String>> f = facets.get(d);
      Json card = new Json().raw("[").str(urlOfSlug.apply(doc.get(Fields.SLUG))).raw(",").str(orEmpty(doc.get(Fields.TITLE)))
          .raw(",").str(orEmpty(doc.get(Fields.DATE_ISO))).raw(",").str(first(f.get(Fields.FACET_SEVERITY)))
          .raw(",").str(first(f.get(Fields.FACET_ROOT_CAUSE))).raw(",");
      list(card, f.get(Fields.FACET_SERVICE)).raw(",");
      list(card, f.get(Fields.FACET_TAG)).raw(",");
      String body = orEmpty(doc.get(Fields.BODY));
      int cut = Math.min(body.length(), TEXT_CHARS);
      if (cut > 0 && cut < body.length() && Character.isHighSurrogate(body.charAt(cut - 1))) cut--;
      pack.addDeflated(card.str(body.substring(0, cut)).raw("]").toString());
    }
    return pack.finish("docs", files);
  }

  /**
   * Writes the facet pack; returns the manifest entry {@code {"f":pack,"dims":[…],"n":{dim:values},
   * "full":{dim:[offset,length]},"top":{dim:[offset,length]}}}: {@code top} only for dimensions with
   * more than {@link #TOP_VALUES} values.
   */
  static String columns(List<Map<String, List<String>>> facets, ExportFiles files) {
    Pack pack = new Pack();
    Json full = new Json().raw("{");
    Json top = new Json().raw("{");
    Json counts = new Json().raw("{");
    Json dims = new Json().raw("[");
    boolean anyTop = false;
    for (int i = 0; i < DIMS.size(); i++) {
      String dim = DIMS.get(i);
      // Ordinals by falling frequency (ties by value): small numbers dominate, which deflate likes.
      Map<String, Integer> freq = new TreeMap<>();
      for (Map<String, List<String>> f : facets) for (String v : f.getOrDefault(dim, List.of())) freq.merge(v, 1, Integer::sum);
      List<String> ordered = new ArrayList<>(freq.keySet());
      ordered.sort(java.util.Comparator.comparing((String v) -> -freq.get(v)).thenComparing(v -> v));
      boolean multi = MULTI.contains(dim);
      String sep = i > 0 ? "," : "";
      dims.raw(sep).str(dim);
      counts.raw(sep).str(dim).raw(":").num(ordered.size());
      long at = pack.addDeflated(column(facets, dim, ordered, multi));
      full.raw(sep).str(dim).raw(":[").num(at).raw(",").num(pack.size() - at).raw("]");
      if (ordered.size() > TOP_VALUES) {
        at = pack.addDeflated(column(facets, dim, ordered.subList(0, TOP_VALUES), multi));
        top.raw(anyTop ? "," : "").str(dim).raw(":[").num(at).raw(",").num(pack.size() - at).raw("]");
        anyTop = true;
      }
    }
    return new Json().raw("{\"f\":").str(pack.finish("f", files)).raw(",\"dims\":").raw(dims.raw("]").toString())
        .raw(",\"n\":").raw(counts.raw("}").toString()).raw(",\"full\":").raw(full.raw("}").toString())
        .raw(",\"top\":").raw(top.raw("}").toString()).raw("}").toString();
  }

  /**
   * One column over {@code values} (others left out): a little-endian uint32 header length, the
   * header {@code {"v":[values],"m":multi}}, then per document either its value's ordinal + 1 (0 =
   * none) or, multi-valued, the ascending ordinals + 1 as deltas ending with 0; numbers as LEB128
   * varints.
   */
  static byte[] column(List<Map<String, List<String>>> facets, String dim, List<String> values, boolean multi) {
    Map<String, Integer> ord = new java.util.HashMap<>();
    for (int i = 0; i < values.size(); i++) ord.put(values.get(i), i + 1);
    Json header = new Json().raw("{\"v\":[");
    for (int i = 0; i < values.size(); i++) (i > 0 ? header.raw(",") : header).str(values.get(i));
    byte[] h = header.raw("],\"m\":").raw(multi ? "1" : "0").raw("}").toString().getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(facets.size() * 3 + h.length + 4);
    out.write(h.length);
    out.write(h.length >>> 8);
    out.write(h.length >>> 16);
    out.write(h.length >>> 24);
    out.writeBytes(h);
    for (Map<String, List<String>> f : facets) {
      int[] ords = f.getOrDefault(dim, List.of()).stream().map(ord::get).filter(java.util.Objects::nonNull)
          .mapToInt(Integer::intValue).sorted().distinct().toArray();
      if (multi) {
        int prev = 0;
        for (int o : ords) {
          varint(out, o - prev);
          prev = o;
        }
        out.write(0);
      } else {
        varint(out, ords.length == 0 ? 0 : ords[0]);
      }
    }
    return out.toByteArray();
  }

  private static void varint(java.io.ByteArrayOutputStream out, int v) {
    while ((v & ~0x7F) != 0) {
      out.write((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.write(v);
  }

  private static Json list(Json j, List<String> vs) {
    j.raw("[");
    if (vs != null) for (int i = 0; i < vs.size(); i++) (i > 0 ? j.raw(",") : j).str(vs.get(i));
    return j.raw("]");
  }

  private static String first(List<String> vs) {
    return vs == null || vs.isEmpty() ? "" : vs.get(0);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
