package io.github.pmkb.search.export;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The entry format both dictionaries share (sorted blocks, {@link Dictionary}; hashed slots,
 * {@link HashedDictionary}). A block is {@code varint count} then, per term in sorted order:
 *
 * <pre>
 * varint prefix      UTF-16 units shared with the previous term of the block
 * varint n, bytes    the rest of the term, UTF-8
 * varint df
 * u16 min            lowest score, half float; score = min + impact·range/255
 * u16 range          only when df &gt; 1
 * postings           df ≤ INLINE_DF: per document varint doc delta (from 0, then from the
 *                    previous doc) and, when df &gt; 1, a u8 impact;
 *                    else a record of the postings pack: varint part, varint offset,
 *                    varint (length·2 + 1 if raw-deflated)
 * </pre>
 *
 * A postings record is byte 0 = encoding (bit 0 clear: varint doc deltas; set: a bitset of
 * ceil(maxDoc/8) bytes, lowest doc in the lowest bit, used when smaller), then the impacts: with
 * bit 1 clear, one impact byte per document in doc order; with bit 1 set (lists longer than 1.5
 * times {@link #TOP_SCORED}, when that is shorter), {@code varint k} and, for the k best-scored documents in doc order,
 * {@code varint} position delta in the list (from 0, then from the previous) and a u8 impact;
 * every other document has impact 0. Impacts are scaled over the term's own score range, so 8
 * bits keep their precision for rare and common terms alike; they are quantised against the half
 * floats the browser decodes, so both sides compute the same scores.
 */
final class TermEntries {
  /** Terms in at most this many documents carry their postings inline: no second request. */
  static final int INLINE_DF = 8;

  /**
   * A longer list ships scores for only this many documents, its best: a page of results comes
   * from them, and the rest of a common word's list (at 100k documents, tens of thousands) is
   * there to filter and count. The others share one score, the mean of theirs, so a sum over
   * several words still ranks a document that is among the best of one word fairly.
   */
  static final int TOP_SCORED = 2000;

  private TermEntries() {}

  /** The entry's body (df, scores, postings) of one term; long postings go into {@code postings}. */
  static byte[] body(int maxDoc, int n, int[] docs, float[] scores, Pack postings) {
    return body(maxDoc, n, docs, scores, postings, TOP_SCORED);
  }

  /** As above, scoring only the best {@code topScored} documents of a longer list (tests use a small one). */
  static byte[] body(int maxDoc, int n, int[] docs, float[] scores, Pack postings, int topScored) {
    Entry all = new Entry(maxDoc, n, docs, scores, null, postings);
    if (n <= INLINE_DF) {
      Bytes b = all.head();
      for (int i = 0; i < n; i++) {
        b.varint(i == 0 ? docs[0] : docs[i] - docs[i - 1]);
        if (n > 1) b.u8(all.impacts[i]);
      }
      return b.toArray();
    }
    Entry chosen = all;
    if (2L * n > 3L * topScored) {
      // The best documents' impacts come with their positions (a varint and a byte each), so for
      // a list not much longer than topScored every impact (a byte each) is about as short: below
      // 1.5 times topScored the list is not built twice. Above it, the shorter record wins.
      boolean[] top = best(n, scores, topScored);
      Entry some = new Entry(maxDoc, n, docs, restAtTheirMean(n, scores, top), top, postings);
      if (some.stored.length < all.stored.length) chosen = some;
    }
    int at = postings.add(chosen.stored, chosen.stored.length);
    return chosen.head().varint(postings.part()).varint(at).varint(2L * chosen.stored.length + (chosen.deflated ? 1 : 0))
        .toArray();
  }

  /** One list's scores quantised, and its postings record as stored (deflated when smaller). */
  private static final class Entry {
    final int n;
    final int minH;
    final int rangeH;
    final byte[] impacts;
    byte[] stored;
    boolean deflated;

    Entry(int maxDoc, int n, int[] docs, float[] scores, boolean[] top, Pack postings) {
      this.n = n;
      float max = 0f;
      float min = Float.MAX_VALUE;
      for (int i = 0; i < n; i++) {
        max = Math.max(max, scores[i]);
        min = Math.min(min, scores[i]);
      }
      minH = Bytes.half(min);
      float minQ = Bytes.fromHalf(minH);
      rangeH = Bytes.half(max - minQ);
      float rangeQ = Bytes.fromHalf(rangeH);
      impacts = new byte[n];
      for (int i = 0; i < n; i++) {
        int q = rangeQ > 0 ? Math.round(255f * (scores[i] - minQ) / rangeQ) : 0;
        impacts[i] = (byte) Math.max(0, Math.min(255, q));
      }
      if (n <= INLINE_DF) return;
      Bytes record = postingsRecord(maxDoc, n, docs, impacts, top);
      Bytes z = postings.deflate(record.array(), record.size());
      deflated = z != null;
      Bytes b = deflated ? z : record;
      stored = Arrays.copyOf(b.array(), b.size());
    }

    /** df, then the score range: the start of the dictionary entry. */
    Bytes head() {
      Bytes b = new Bytes(16);
      b.varint(n).u16(minH);
      if (n > 1) b.u16(rangeH);
      return b;
    }
  }

  /** Which of the first {@code n} scores are the {@code k} highest (ties: the earlier document). */
  static boolean[] best(int n, float[] scores, int k) {
    // Scores are positive, so their float bits sort as the floats do; the low half breaks ties.
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) keys[i] = (long) Float.floatToIntBits(scores[i]) << 32 | (0xFFFF_FFFFL - i);
    Arrays.sort(keys);
    boolean[] top = new boolean[n];
    for (int j = n - k; j < n; j++) top[(int) (0xFFFF_FFFFL - (keys[j] & 0xFFFF_FFFFL))] = true;
    return top;
  }

  private static float[] restAtTheirMean(int n, float[] scores, boolean[] top) {
    double sum = 0;
    int rest = 0;
    for (int i = 0; i < n; i++) {
      if (!top[i]) {
        sum += scores[i];
        rest++;
      }
    }
    float mean = (float) (sum / rest);
    float[] out = Arrays.copyOf(scores, n);
    for (int i = 0; i < n; i++) if (!top[i]) out[i] = mean;
    return out;
  }

  static Bytes postingsRecord(int maxDoc, int n, int[] docs, byte[] impacts) {
    return postingsRecord(maxDoc, n, docs, impacts, null);
  }

  /** The record of a list; {@code top} (or null: all) marks the documents whose impacts it keeps. */
  static Bytes postingsRecord(int maxDoc, int n, int[] docs, byte[] impacts, boolean[] top) {
    Bytes varints = new Bytes(n * 2 + 8);
    int prev = 0;
    for (int i = 0; i < n; i++) {
      varints.varint(docs[i] - prev);
      prev = docs[i];
    }
    int bitsetBytes = (maxDoc + 7) / 8;
    Bytes out = new Bytes(Math.min(bitsetBytes, varints.size()) + n + 1);
    int topBit = top != null ? 2 : 0;
    if (bitsetBytes < varints.size()) {
      byte[] bits = new byte[bitsetBytes];
      for (int i = 0; i < n; i++) bits[docs[i] >> 3] |= (byte) (1 << (docs[i] & 7));
      out.u8(1 | topBit).bytes(bits);
    } else {
      out.u8(topBit).bytes(varints.array(), 0, varints.size());
    }
    if (top == null) return out.bytes(impacts, 0, n);
    int k = 0;
    for (int i = 0; i < n; i++) if (top[i]) k++;
    out.varint(k);
    for (int i = 0, last = 0; i < n; i++) {
      if (!top[i]) continue;
      out.varint(i - last).u8(impacts[i] & 0xFF);
      last = i;
    }
    return out;
  }

  /** A block of {@code terms} (sorted) with their {@code bodies}, front-coded. */
  static Bytes block(List<String> terms, List<byte[]> bodies) {
    Bytes b = new Bytes(64 * terms.size());
    b.varint(terms.size());
    String previous = "";
    for (int i = 0; i < terms.size(); i++) {
      String term = terms.get(i);
      int p = commonPrefix(previous, term);
      byte[] suffix = term.substring(p).getBytes(StandardCharsets.UTF_8);
      b.varint(p).varint(suffix.length).bytes(suffix).bytes(bodies.get(i));
      previous = term;
    }
    return b;
  }

  /**
   * A term and its body as one record, for a dictionary to keep until it lays out its blocks:
   * {@code varint n}, the term's n bytes of UTF-8, the body.
   */
  static byte[] entry(String term, byte[] body) {
    byte[] t = term.getBytes(StandardCharsets.UTF_8);
    return new Bytes(t.length + body.length + 5).varint(t.length).bytes(t).bytes(body).toArray();
  }

  /** Adds the term and body of an {@link #entry} to {@code terms} and {@code bodies}. */
  static void read(byte[] entry, List<String> terms, List<byte[]> bodies) {
    int n = 0, at = 0, shift = 0;
    byte b;
    do {
      b = entry[at++];
      n |= (b & 0x7F) << shift;
      shift += 7;
    } while (b < 0);
    terms.add(new String(entry, at, n, StandardCharsets.UTF_8));
    bodies.add(Arrays.copyOfRange(entry, at + n, entry.length));
  }

  static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) i++;
    // Never split a surrogate pair: JavaScript slices the same UTF-16 units.
    if (i > 0 && Character.isHighSurrogate(a.charAt(i - 1))) i--;
    return i;
  }
}
