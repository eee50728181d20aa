package io.github.pmkb.search.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The spelling vocabulary for typo lookups: indexed terms with df ≥ 2, letters only, 4 chars or
 * more (a word seen once is as likely a typo itself), bucketed by (first letter, length) so a miss
 * loads only the buckets of lengths L−2…L+2, which are adjacent records of one pack ({@code
 * s.<hash>.bin}), each {@code ["term", df, …]}; the manifest lists, per first letter ({@code cp}:
 * first code point in hex), the smallest and largest length (buckets in between exist, possibly
 * empty) and the record of the smallest.
 */
final class Spelling {
  static final int MIN_DF = 2;
  static final int MIN_LENGTH = 4;

  private final Map<String, List<Object>> buckets = new TreeMap<>();

  void add(String term, int df) {
    if (df < MIN_DF || term.length() < MIN_LENGTH || !term.chars().allMatch(Character::isLetter)) return;
    String key = Integer.toHexString(term.codePointAt(0)) + "-" + term.length();
    List<Object> b = buckets.computeIfAbsent(key, k -> new ArrayList<>());
    b.add(term);
    b.add(df);
  }

  /**
   * Writes the buckets as one pack with an offset table; returns the manifest entry {@code
   * {"f":pack,"r":{cp:[minLength,maxLength,firstRecord]}}}: the bucket of first letter {@code cp}
   * and length {@code L} is record {@code firstRecord + L − minLength}.
   */
  String finish(ExportFiles files) {
    Map<String, int[]> range = new TreeMap<>();
    for (String key : buckets.keySet()) {
      String cp = key.substring(0, key.indexOf('-'));
      int len = Integer.parseInt(key.substring(key.indexOf('-') + 1));
      range.merge(cp, new int[] {len, len}, (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }
    int records = 0;
    for (int[] r : range.values()) records += r[1] - r[0] + 1;
    Pack pack = Pack.withTable(records);
    Json m = new Json().raw("{\"r\":{");
    int at = 0;
    for (Map.Entry<String, int[]> r : range.entrySet()) {
      if (at > 0) m.raw(",");
      m.str(r.getKey()).raw(":[").num(r.getValue()[0]).raw(",").num(r.getValue()[1]).raw(",").num(at).raw("]");
      for (int len = r.getValue()[0]; len <= r.getValue()[1]; len++) {
        List<Object> b = buckets.getOrDefault(r.getKey() + "-" + len, List.of());
        Json j = new Json().raw("[");
        for (int i = 0; i < b.size(); i += 2) {
          if (i > 0) j.raw(",");
          j.str((String) b.get(i)).raw(",").num((Integer) b.get(i + 1));
        }
        pack.addDeflated(j.raw("]").toString());
        at++;
      }
    }
    return m.raw("},\"f\":").str(pack.finish("s", files)).raw("}").toString();
  }
}
