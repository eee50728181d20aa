package io.github.pmkb.search.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The spelling vocabulary for typo lookups: indexed terms with df ≥ 2, letters only, 4 chars or
 * more (a word seen once is as likely a typo itself), bucketed by (first letter, length), each
 * bucket a raw-deflated {@code ["term", df, …]} in pack {@code s.<hash>.bin}. A first letter's
 * buckets follow each other by length, so the lengths L−2…L+2 a lookup needs are one range
 * request. Where they are is the root, a raw-deflated {@code {cp:[minLength, part, offset, bytes
 * of length minLength, of minLength+1, …]}} ({@code cp}: first code point in hex; 0 bytes: no such
 * words) at the end of the pack: only a query with a word the index lacks reads it, so it is not
 * in the manifest every search page carries. Manifest entry: {@code {"f":[parts],"r":[part,
 * offset, length]}}.
 */
final class Spelling {
  static final int MIN_DF = 2;
  static final int MIN_LENGTH = 4;

  private final Map<String, Map<Integer, List<Object>>> buckets = new TreeMap<>();

  void add(String term, int df) {
    if (df < MIN_DF || term.length() < MIN_LENGTH || !term.chars().allMatch(Character::isLetter)) return;
    String cp = Integer.toHexString(term.codePointAt(0));
    List<Object> b = buckets.computeIfAbsent(cp, k -> new TreeMap<>()).computeIfAbsent(term.length(), k -> new ArrayList<>());
    b.add(term);
    b.add(df);
  }

  String finish(ExportFiles files) {
    Pack pack = new Pack("s", files);
    Json m = new Json().raw("{");
    int letters = 0;
    for (Map.Entry<String, Map<Integer, List<Object>>> letter : buckets.entrySet()) {
      int min = ((TreeMap<Integer, List<Object>>) letter.getValue()).firstKey();
      int max = ((TreeMap<Integer, List<Object>>) letter.getValue()).lastKey();
      List<byte[]> records = new ArrayList<>();
      long total = 0;
      for (int len = min; len <= max; len++) {
        List<Object> b = letter.getValue().getOrDefault(len, List.of());
        if (b.isEmpty()) {
          records.add(new byte[0]);
          continue;
        }
        Json j = new Json().raw("[");
        for (int i = 0; i < b.size(); i += 2) (i > 0 ? j.raw(",") : j).str((String) b.get(i)).raw(",").num((Integer) b.get(i + 1));
        byte[] raw = j.raw("]").toString().getBytes(StandardCharsets.UTF_8);
        Bytes z = pack.deflated(raw, raw.length);
        byte[] stored = z == null ? null : z.toArray();
        if (stored == null) throw new IllegalStateException("a spelling bucket did not deflate");
        records.add(stored);
        total += stored.length;
      }
      pack.reserve(total);
      int start = -1;
      for (byte[] r : records) {
        int at = pack.add(r, r.length);
        if (start < 0) start = at;
      }
      (letters++ > 0 ? m.raw(",") : m).str(letter.getKey()).raw(":[").num(min).raw(",").num(pack.part()).raw(",").num(start);
      for (byte[] r : records) m.raw(",").num(r.length);
      m.raw("]");
    }
    byte[] root = m.raw("}").toString().getBytes(StandardCharsets.UTF_8);
    Bytes z = pack.deflated(root, root.length);
    int length = z.size();
    int at = pack.add(z.array(), length);
    Json entry = new Json().raw("{\"r\":[").num(pack.part()).raw(",").num(at).raw(",").num(length).raw("],\"f\":");
    return Pack.names(entry, pack.finish()).raw("}").toString();
  }
}
