package org.x.pmkb.search.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.x.pmkb.index.Fields;

/**
 * Per-document files: cards (what a result shows), snippet texts, and facet columns.
 *
 * <ul>
 *   <li>{@code c/<shard>.<g>.json}: {@link #CARDS_PER_SHARD} cards, each {@code [url, title, date,
 *       severity, rootCause, [services], [tags]]};
 *   <li>{@code t/<doc>.<g>.txt}: the body's plain text (first {@link #TEXT_CHARS} chars), fetched
 *       only for shown results;
 *   <li>{@code f/<dim>.<hash>.json}: {@code {"v":[values by falling count], "w":width, "m":multi,
 *       ["n":"…",] "c":"…"}}, per document in base 64 ({@link #DIGITS}): single-valued dimensions give the
 *       value's ordinal + 1 (0 = none); multi-valued ones a count digit per document in {@code "n"}
 *       and the ascending ordinals as deltas in {@code "c"}. A number below 63 is one digit, else
 *       digit 63 followed by {@code w} digits.
 * </ul>
 *
 * Cards and texts are named by a hash of their whole group ({@code g}), so the manifest carries one
 * hash per group instead of one per file; they change together whenever doc ids shift anyway.
 */
final class DocFiles {
  static final int CARDS_PER_SHARD = 8;
  static final int TEXT_CHARS = 2500;
  static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  /** Facet dimensions shown in the browser, in display order. */
  static final List<String> DIMS =
      List.of(Fields.FACET_ROOT_CAUSE, Fields.FACET_SEVERITY, Fields.FACET_SERVICE, Fields.FACET_TAG, Fields.FACET_YEAR);
  private static final List<String> MULTI = List.of(Fields.FACET_SERVICE, Fields.FACET_TAG);

  private DocFiles() {}

  /** Per document and dimension, its values (from the facet doc values, as Lucene counts them). */
  static List<Map<String, List<String>>> facets(LeafReader leaf) throws IOException {
    List<Map<String, List<String>>> out = new ArrayList<>();
    for (int d = 0; d < leaf.maxDoc(); d++) out.add(new TreeMap<>());
    SortedSetDocValues dv = leaf.getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    if (dv == null) return out;
    for (int d = dv.nextDoc(); d != SortedSetDocValues.NO_MORE_DOCS; d = dv.nextDoc()) {
      for (int i = 0; i < dv.docValueCount(); i++) {
        String[] path = FacetsConfig.stringToPath(dv.lookupOrd(dv.nextOrd()).utf8ToString());
        if (path.length == 2) out.get(d).computeIfAbsent(path[0], k -> new ArrayList<>()).add(path[1]);
      }
    }
    return out;
  }

  /** Writes cards and texts; returns their group hashes {@code [cards, texts]}. */
  static String[] cardsAndTexts(LeafReader leaf, List<Map<String, List<String>>> facets,
      Function<String, String> urlOfSlug, SortedMap<String, byte[]> files) throws IOException {
    StoredFields stored = leaf.storedFields();
    List<byte[]> shards = new ArrayList<>();
    List<byte[]> texts = new ArrayList<>();
    Json shard = null;
    for (int d = 0; d < leaf.maxDoc(); d++) {
      Document doc = stored.document(d);
      Map<String, List<String>> f = facets.get(d);
      if (d % CARDS_PER_SHARD == 0) shard = new Json().raw("[");
      else shard.raw(",");
      shard.raw("[").str(urlOfSlug.apply(doc.get(Fields.SLUG))).raw(",").str(orEmpty(doc.get(Fields.TITLE)))
          .raw(",").str(orEmpty(doc.get(Fields.DATE_ISO))).raw(",").str(first(f.get(Fields.FACET_SEVERITY)))
          .raw(",").str(first(f.get(Fields.FACET_ROOT_CAUSE))).raw(",");
      list(shard, f.get(Fields.FACET_SERVICE)).raw(",");
      list(shard, f.get(Fields.FACET_TAG)).raw("]");
      if (d % CARDS_PER_SHARD == CARDS_PER_SHARD - 1 || d == leaf.maxDoc() - 1) {
        shards.add(shard.raw("]").toString().getBytes(StandardCharsets.UTF_8));
      }
      String body = orEmpty(doc.get(Fields.BODY));
      int cut = Math.min(body.length(), TEXT_CHARS);
      if (cut > 0 && cut < body.length() && Character.isHighSurrogate(body.charAt(cut - 1))) cut--;
      texts.add(body.substring(0, cut).getBytes(StandardCharsets.UTF_8));
    }
    String gc = groupHash(shards);
    for (int i = 0; i < shards.size(); i++) files.put("c/" + i + "." + gc + ".json", shards.get(i));
    String gt = groupHash(texts);
    for (int i = 0; i < texts.size(); i++) files.put("t/" + i + "." + gt + ".txt", texts.get(i));
    return new String[] {gc, gt};
  }

  /** Writes one column file per dimension; returns dimension → hash. */
  static Map<String, String> columns(List<Map<String, List<String>>> facets, SortedMap<String, byte[]> files) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String dim : DIMS) {
      // Ordinals by falling frequency (ties by value): small numbers dominate, which gzip likes.
      Map<String, Integer> freq = new TreeMap<>();
      for (Map<String, List<String>> f : facets) for (String v : f.getOrDefault(dim, List.of())) freq.merge(v, 1, Integer::sum);
      List<String> ordered = new ArrayList<>(freq.keySet());
      ordered.sort(java.util.Comparator.comparing((String v) -> -freq.get(v)).thenComparing(v -> v));
      Map<String, Integer> ord = new TreeMap<>();
      for (int i = 0; i < ordered.size(); i++) ord.put(ordered.get(i), i + 1);
      int width = 1;
      while (Math.pow(64, width) <= ordered.size()) width++;
      boolean multi = MULTI.contains(dim);
      StringBuilder col = new StringBuilder();
      // Counts apart from ordinals: gzip models the two alphabets separately (−6 % at 10k).
      StringBuilder counts = new StringBuilder();
      for (Map<String, List<String>> f : facets) {
        List<String> vs = f.getOrDefault(dim, List.of());
        if (multi) {
          int[] ords = vs.stream().mapToInt(ord::get).sorted().limit(63).toArray();
          counts.append(DIGITS.charAt(ords.length));
          int prev = 0;
          for (int o : ords) {
            delta(col, o - prev, width);
            prev = o;
          }
        } else {
          delta(col, vs.isEmpty() ? 0 : ord.get(vs.get(0)), width);
        }
      }
      Json j = new Json().raw("{\"v\":[");
      for (int i = 0; i < ordered.size(); i++) (i > 0 ? j.raw(",") : j).str(ordered.get(i));
      j.raw("],\"w\":").num(width).raw(",\"m\":").raw(multi ? "1" : "0");
      if (multi) j.raw(",\"n\":").str(counts.toString());
      j.raw(",\"c\":").str(col.toString()).raw("}");
      byte[] bytes = j.toString().getBytes(StandardCharsets.UTF_8);
      String h = Hashes.of(bytes);
      files.put("f/" + dim + "." + h + ".json", bytes);
      out.put(dim, h);
    }
    return out;
  }

  /** One digit below 63; else the escape digit 63 and {@code width} digits. */
  private static void delta(StringBuilder out, int v, int width) {
    if (v < 63) {
      out.append(DIGITS.charAt(v));
    } else {
      out.append(DIGITS.charAt(63));
      digits(out, v, width);
    }
  }

  private static void digits(StringBuilder out, int v, int width) {
    for (int i = width - 1; i >= 0; i--) out.append(DIGITS.charAt((v >> (6 * i)) & 63));
  }

  static String groupHash(List<byte[]> parts) {
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      all.writeBytes(p);
      all.write(0);
    }
    return Hashes.of(all.toByteArray());
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
