package io.github.pmkb.search.export;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts terms (fed in sorted order) into front-coded blocks behind a root table, all in one {@link
 * Pack} ({@code <dir>.<hash>.bin}).
 *
 * <p>A block is a deflated record {@code [[prefixLength, suffix, df, min, range, postings], …]}
 * where {@code prefixLength} is shared with the previous term of the block. Postings of terms with
 * {@code df ≤ INLINE_DF} are inline, {@code [docDelta, impact, docDelta, impact, …]}, so the many
 * rare terms cost no second request; longer ones are a record of the pack, {@code [offset,
 * length]} or {@code [offset, length, 1]} when deflated (format: {@link #postingsFile}). An impact is {@code
 * round(255·(score − min)/range)} over the term's own score range, so {@code score ≈ min +
 * impact·range/255}: per-term scaling keeps 8 bits of precision for rare and common terms alike.
 *
 * <p>The root ({@link #finish}) lists, per block, the shortest prefix of its first term that sorts after the
 * previous block's last term: a term lives in the last block whose key is ≤ the term.
 */
final class Dictionary {
  static final int INLINE_DF = 24;
  static final int BLOCK_TERMS = 32;
  static final int BLOCK_CHARS = 1500;
  /** Blocks per sub-root: 64 keys of ~6 chars plus offsets, about 0.6 KB deflated. */
  static final int SUBROOT_BLOCKS = 64;

  private final String dir;
  private final int maxDoc;
  private final ExportFiles files;
  private final Pack pack = new Pack();
  private final List<String> keys = new ArrayList<>();
  /** Offset and length of each block in the pack. */
  private final List<Long> offsets = new ArrayList<>();
  private Json block;
  private int blockTerms;
  private String previous = "";
  private long terms;

  /** @param dir name of the pack below {@code search/}, e.g. {@code "d"} */
  Dictionary(String dir, int maxDoc, ExportFiles files) {
    this.dir = dir;
    this.maxDoc = maxDoc;
    this.files = files;
  }

  void add(String term, int n, int[] docs, float[] scores) {
    float max = 0f;
    float min = Float.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, scores[i]);
      min = Math.min(min, scores[i]);
    }
    // A term in every document ("lesson") has scores close together: spend the 8 bits on the range.
    float range = max - min;
    if (block == null) {
      block = new Json().raw("[");
      blockTerms = 0;
      keys.add(separator(previous, term));
      previous = "";
    }
    int p = commonPrefix(previous, term);
    if (blockTerms > 0) block.raw(",");
    block.raw("[").num(p).raw(",").str(term.substring(p)).raw(",").num(n).raw(",").score(min).raw(",")
        .score(range).raw(",");
    byte[] impacts = new byte[n];
    for (int i = 0; i < n; i++) impacts[i] = (byte) (range > 0 ? Math.round(255f * (scores[i] - min) / range) : 0);
    if (n <= INLINE_DF) {
      block.raw("[");
      for (int i = 0; i < n; i++) {
        if (i > 0) block.raw(",");
        block.num(i == 0 ? docs[0] : docs[i] - docs[i - 1]).raw(",").num(impacts[i] & 0xFF);
      }
      block.raw("]");
    } else {
      byte[] bytes = postingsFile(maxDoc, n, docs, impacts);
      byte[] z = pack.deflate(bytes);
      boolean deflated = z.length < bytes.length;
      long at = pack.addRaw(deflated ? z : bytes);
      block.raw("[").num(at).raw(",").num(pack.size() - at).raw(deflated ? ",1]" : "]");
    }
    block.raw("]");
    blockTerms++;
    terms++;
    previous = term;
    if (blockTerms >= BLOCK_TERMS || block.length() >= BLOCK_CHARS) flush();
  }

  /**
   * Byte 0 is the doc-id encoding: 0 = varint deltas (first delta from 0), 1 = a bitset of
   * {@code ceil(maxDoc/8)} bytes, lowest doc in the lowest bit, used when smaller. Then one impact
   * byte per document in doc order.
   */
  static byte[] postingsFile(int maxDoc, int n, int[] docs, byte[] impacts) {
    ByteArrayOutputStream varints = new ByteArrayOutputStream();
    int prev = 0;
    for (int i = 0; i < n; i++) {
      int v = docs[i] - prev;
      prev = docs[i];
      while ((v & ~0x7F) != 0) {
        varints.write((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      varints.write(v);
    }
    int bitsetBytes = (maxDoc + 7) / 8;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bitsetBytes < varints.size()) {
      byte[] bits = new byte[bitsetBytes];
      for (int i = 0; i < n; i++) bits[docs[i] >> 3] |= (byte) (1 << (docs[i] & 7));
      out.write(1);
      out.writeBytes(bits);
    } else {
      out.write(0);
      out.writeBytes(varints.toByteArray());
    }
    out.write(impacts, 0, n);
    return out.toByteArray();
  }

  /**
   * Writes the last block and the pack; returns the root {@code {"n":terms,"f":pack,"i":INLINE_DF,
   * "k":[keys…],"o":[offset, length, …]}}. The root is two-level so that it stays small at any size:
   * top key {@code i} leads to the sub-root record at {@code o[2i]} of length {@code o[2i+1]}, a
   * deflated {@code {"k":[keys…],"o":[…]}} of the same shape covering {@link #SUBROOT_BLOCKS} blocks.
   */
  String finish() {
    flush();
    List<String> topKeys = new ArrayList<>();
    List<Long> topOffsets = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += SUBROOT_BLOCKS) {
      int to = Math.min(keys.size(), from + SUBROOT_BLOCKS);
      long at = pack.addDeflated(root(keys.subList(from, to), offsets.subList(2 * from, 2 * to)).raw("}").toString());
      topOffsets.add(at);
      topOffsets.add(pack.size() - at);
      topKeys.add(keys.get(from));
    }
    String file = pack.finish(dir, files);
    return root(topKeys, topOffsets).raw(",\"n\":").num(terms).raw(",\"i\":").num(INLINE_DF)
        .raw(",\"f\":").str(file).raw("}").toString();
  }

  private static Json root(List<String> keys, List<Long> offsets) {
    Json root = new Json().raw("{\"k\":[");
    for (int i = 0; i < keys.size(); i++) (i > 0 ? root.raw(",") : root).str(keys.get(i));
    root.raw("],\"o\":[");
    for (int i = 0; i < offsets.size(); i++) (i > 0 ? root.raw(",") : root).num(offsets.get(i));
    return root.raw("]");
  }

  private void flush() {
    if (block == null) return;
    long at = pack.addDeflated(block.raw("]").toString());
    offsets.add(at);
    offsets.add(pack.size() - at);
    block = null;
  }

  /** The shortest prefix of {@code first} that sorts after {@code last} (empty for the first block). */
  static String separator(String last, String first) {
    if (last.isEmpty()) return "";
    int p = commonPrefix(last, first);
    return first.substring(0, Math.min(first.length(), p + 1));
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) i++;
    // Never split a surrogate pair: JavaScript slices the same UTF-16 units.
    if (i > 0 && Character.isHighSurrogate(a.charAt(i - 1))) i--;
    return i;
  }
}
