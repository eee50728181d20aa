package io.github.pmkb.search.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import io.github.pmkb.index.Fields;

/**
 * What the filter panel counts, loaded when it opens: one column per facet dimension of the index
 * (whatever dimensions it has, so a new facet shows without a client change), a duration column,
 * the doc-id range of each year, and the counts over every document, which is all the panel needs
 * for the empty query.
 *
 * <p>Pack {@code f.<hash>.bin}; a column (raw-deflated) is a little-endian uint32 header length,
 * the header {@code {"v":[values],"m":multi}}, then per document either its value's ordinal + 1 (0
 * = none) or, multi-valued, the ascending ordinals + 1 as deltas ending with 0, as LEB128 varints.
 * Ordinals follow falling frequency. Dimensions with more than {@link #TOP_VALUES} values also
 * have a column of their most frequent values only, and are "lazy": their box starts closed and
 * its column loads when it opens (at 100,000 documents the tag and service columns are most of
 * what the panel would otherwise load). The counts (raw-deflated JSON) are
 * {@code {"dims":{dim:[[value, count]…]}, "duration":[count per bucket]}}: per dimension its
 * first {@link #TOP_VALUES} values in ordinal order; bucket 0 is "no duration".
 *
 * <p>Manifest entry: {@code {"f":[parts],"dims":[{"id","label","n":values,"multi","order":"count"
 * |"value","lazy":1?,"col":[part,offset,length],"top":[…]}…],"duration":{"b":[bounds in
 * minutes],"col":[…]},"all":[…],"years":[[year, first doc, end doc]…]}}. Doc ids follow the date
 * (newest first), so a year is a range of doc ids and a date filter costs no column.
 */
final class FacetColumns {
  static final int TOP_VALUES = 24;
  /** Upper bounds, in minutes, of the duration buckets the range filter offers. */
  static final long[] DURATION_BOUNDS = {15, 30, 60, 120, 240, 480, 1440, 4320};
  /** Dimensions shown elsewhere: years as a date range, months not at all. */
  private static final Set<String> NOT_COLUMNS = Set.of(Fields.FACET_YEAR, Fields.FACET_MONTH);
  /** Values such as 2024, SEV1 or P2 read best in their own order, others by frequency. */
  private static final Pattern NUMBERED = Pattern.compile("\\D{0,8}\\d{1,6}");

  private FacetColumns() {}

  static String write(List<Map<String, List<String>>> facets, long[] minutes, ExportFiles files) {
    Pack pack = new Pack("f", files);
    List<String> dims = dims(facets);
    Json entries = new Json().raw("[");
    Json all = new Json().raw("{\"dims\":{");
    for (int i = 0; i < dims.size(); i++) {
      String dim = dims.get(i);
      Map<String, Integer> freq = new TreeMap<>();
      boolean multi = false;
      for (Map<String, List<String>> f : facets) {
        Set<String> vs = new LinkedHashSet<>(f.getOrDefault(dim, List.of()));
        multi |= vs.size() > 1;
        for (String v : vs) freq.merge(v, 1, Integer::sum);
      }
      List<String> ordered = new ArrayList<>(freq.keySet());
      ordered.sort(Comparator.comparing((String v) -> -freq.get(v)).thenComparing(v -> v));
      boolean numbered = ordered.stream().allMatch(v -> NUMBERED.matcher(v).matches());
      (i > 0 ? entries.raw(",") : entries).raw("{\"id\":").str(dim).raw(",\"label\":").str(Fields.label(dim))
          .raw(",\"n\":").num(ordered.size()).raw(",\"multi\":").num(multi ? 1 : 0).raw(",\"order\":")
          .str(numbered ? "value" : "count");
      if (dim.equals(Fields.FACET_ROOT_CAUSE)) entries.raw(",\"words\":1");
      entries.raw(",\"col\":");
      location(entries, pack, column(facets, dim, ordered, multi));
      (i > 0 ? all.raw(",") : all).str(dim).raw(":[");
      for (int k = 0; k < Math.min(TOP_VALUES, ordered.size()); k++) {
        (k > 0 ? all.raw(",") : all).raw("[").str(ordered.get(k)).raw(",").num(freq.get(ordered.get(k))).raw("]");
      }
      all.raw("]");
      if (ordered.size() > TOP_VALUES) {
        entries.raw(",\"lazy\":1,\"top\":");
        location(entries, pack, column(facets, dim, ordered.subList(0, TOP_VALUES), multi));
      }
      entries.raw("}");
    }
    Json j = new Json().raw("{\"dims\":").raw(entries.raw("]").toString()).raw(",\"duration\":{\"b\":[");
    for (int i = 0; i < DURATION_BOUNDS.length; i++) (i > 0 ? j.raw(",") : j).num(DURATION_BOUNDS[i]);
    j.raw("],\"col\":");
    location(j, pack, durations(minutes));
    all.raw("},\"duration\":[");
    long[] buckets = new long[DURATION_BOUNDS.length + 2];
    for (long m : minutes) buckets[bucket(m)]++;
    for (int b = 0; b < buckets.length; b++) (b > 0 ? all.raw(",") : all).num(buckets[b]);
    byte[] counts = all.raw("]}").toString().getBytes(StandardCharsets.UTF_8);
    j.raw("},\"all\":");
    location(j, pack, counts);
    j.raw(",\"years\":").raw(years(facets)).raw(",\"f\":");
    return Pack.names(j, pack.finish()).raw("}").toString();
  }

  /** The index's dimensions: those {@link Fields#FACETS} lists first, in its order, then others by name. */
  static List<String> dims(List<Map<String, List<String>>> facets) {
    Set<String> present = new java.util.TreeSet<>();
    for (Map<String, List<String>> f : facets) present.addAll(f.keySet());
    List<String> out = new ArrayList<>();
    for (String d : Fields.FACETS) if (present.remove(d) && !NOT_COLUMNS.contains(d)) out.add(d);
    for (String d : present) if (!NOT_COLUMNS.contains(d)) out.add(d);
    return out;
  }

  private static void location(Json j, Pack pack, byte[] raw) {
    Bytes z = pack.deflated(raw, raw.length);
    if (z == null) throw new IllegalStateException("a facet column did not deflate");
    int at = pack.add(z.array(), z.size());
    j.raw("[").num(pack.part()).raw(",").num(at).raw(",").num(z.size()).raw("]");
  }

  /** Year, first doc and end doc of each year's run of doc ids, newest first. */
  private static String years(List<Map<String, List<String>>> facets) {
    Json j = new Json().raw("[");
    String current = null;
    int start = 0;
    int runs = 0;
    for (int d = 0; d <= facets.size(); d++) {
      String y = d < facets.size() ? DocFiles.first(facets.get(d).get(Fields.FACET_YEAR)) : null;
      if (d < facets.size() && y.equals(current)) continue;
      if (current != null && !current.isEmpty()) {
        (runs++ > 0 ? j.raw(",") : j).raw("[").str(current).raw(",").num(start).raw(",").num(d).raw("]");
      }
      current = y;
      start = d;
    }
    return j.raw("]").toString();
  }

  private static byte[] durations(long[] minutes) {
    Bytes out = new Bytes(minutes.length + 32);
    byte[] header = "{\"v\":[],\"m\":0}".getBytes(StandardCharsets.UTF_8);
    out.u16(header.length).u16(0).bytes(header);
    for (long m : minutes) out.varint(bucket(m));
    return out.toArray();
  }

  /** A duration's bucket: 0 for none, else 1 + the number of bounds at or below it. */
  private static int bucket(long minutes) {
    if (minutes < 0) return 0;
    for (int b = 0; b < DURATION_BOUNDS.length; b++) if (minutes < DURATION_BOUNDS[b]) return b + 1;
    return DURATION_BOUNDS.length + 1;
  }

  /** One column over {@code values} (others left out); see the class comment. */
  static byte[] column(List<Map<String, List<String>>> facets, String dim, List<String> values, boolean multi) {
    Map<String, Integer> ord = new HashMap<>();
    for (int i = 0; i < values.size(); i++) ord.put(values.get(i), i + 1);
    Json header = new Json().raw("{\"v\":");
    Dictionary.strings(header, values);
    byte[] h = header.raw(",\"m\":").raw(multi ? "1" : "0").raw("}").toString().getBytes(StandardCharsets.UTF_8);
    Bytes out = new Bytes(facets.size() * 3 + h.length + 4);
    out.u16(h.length).u16(h.length >>> 16).bytes(h);
    for (Map<String, List<String>> f : facets) {
      int[] ords = f.getOrDefault(dim, List.of()).stream().map(ord::get).filter(java.util.Objects::nonNull)
          .mapToInt(Integer::intValue).sorted().distinct().toArray();
      if (multi) {
        int prev = 0;
        for (int o : ords) {
          out.varint(o - prev);
          prev = o;
        }
        out.varint(0);
      } else {
        out.varint(ords.length == 0 ? 0 : ords[0]);
      }
    }
    return out.toArray();
  }
}
