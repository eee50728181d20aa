package io.github.pmkb.search.export;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Terms spread over buckets by a hash of the term, each bucket a block of {@link TermEntries}
 * in a fixed-size slot of the pack {@code <name>}: the page computes where a term's bucket is, so
 * a lookup needs no root at all. Used where completions are never needed: words seen in one
 * document only (most of the vocabulary: identifiers, hashes, typos) and word pairs.
 *
 * <p>The hash is 32-bit FNV-1a over the term's UTF-16 units; bucket = hash mod {@code k}. Slot
 * {@code b} is bytes {@code [(b mod per)·s, (b mod per + 1)·s)} of part {@code b / per}: a
 * little-endian uint16 length, the raw-deflated block, zero padding. Manifest entry: {@code
 * {"f":[parts],"k":buckets,"s":slot bytes,"per":slots per part,"i":INLINE_DF,"n":terms}}.
 */
final class HashedDictionary {
  /**
   * Terms per bucket on average in the word-pair dictionary. A slot is as large as the largest
   * bucket and a two-word query reads one pair slot: smaller buckets mean fewer bytes per lookup,
   * at the cost of more zero padding in the file, which is never read.
   */
  static final int PAIRS_PER_BUCKET = 6;

  /**
   * Terms per bucket on average in the rare-word dictionary, most of the vocabulary: there the
   * padding of many small buckets costs file size, and a query reads a rare-word slot only for a
   * word the common dictionary lacks.
   */
  static final int RARE_PER_BUCKET = 12;

  private final String name;
  private final int maxDoc;
  private final Pack postings;
  private final ExportFiles files;
  private final int partLimit;
  private final int perBucket;
  private final List<TreeMap<String, byte[]>> pending = new ArrayList<>();
  private final List<String> terms = new ArrayList<>();
  private final List<byte[]> bodies = new ArrayList<>();
  private long count;

  HashedDictionary(String name, int perBucket, int maxDoc, Pack postings, ExportFiles files) {
    this(name, perBucket, maxDoc, postings, files, files.partLimit());
  }

  HashedDictionary(String name, int perBucket, int maxDoc, Pack postings, ExportFiles files, int partLimit) {
    this.name = name;
    this.perBucket = perBucket;
    this.maxDoc = maxDoc;
    this.postings = postings;
    this.files = files;
    this.partLimit = partLimit;
  }

  void add(String term, int n, int[] docs, float[] scores) {
    add(term, TermEntries.body(maxDoc, n, docs, scores, postings));
  }

  /** A term with its entry's body ({@link TermEntries#body}), its long postings already in this dictionary's pack. */
  void add(String term, byte[] body) {
    count++;
    terms.add(term);
    bodies.add(body);
  }

  static int hash(String s) {
    int h = 0x811c9dc5;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x01000193;
    }
    return h;
  }

  /** Writes the slots; returns the manifest entry. */
  String finish() {
    int k = Math.max(1, (terms.size() + perBucket - 1) / perBucket);
    for (int b = 0; b < k; b++) pending.add(new TreeMap<>());
    for (int i = 0; i < terms.size(); i++) pending.get(Integer.remainderUnsigned(hash(terms.get(i)), k)).put(terms.get(i), bodies.get(i));
    terms.clear();
    bodies.clear();
    Pack slots = new Pack(name, files, partLimit);
    List<byte[]> blocks = new ArrayList<>(k);
    int slot = 2;
    for (TreeMap<String, byte[]> bucket : pending) {
      Bytes raw = TermEntries.block(new ArrayList<>(bucket.keySet()), new ArrayList<>(bucket.values()));
      Bytes z = slots.deflated(raw.array(), raw.size());
      byte[] stored = z == null ? null : z.toArray();
      if (stored == null) throw new IllegalStateException("a dictionary bucket did not deflate");
      blocks.add(stored);
      slot = Math.max(slot, stored.length + 2);
    }
    pending.clear();
    byte[] buffer = new byte[slot];
    for (byte[] block : blocks) {
      java.util.Arrays.fill(buffer, (byte) 0);
      buffer[0] = (byte) block.length;
      buffer[1] = (byte) (block.length >>> 8);
      System.arraycopy(block, 0, buffer, 2, block.length);
      slots.add(buffer, slot);
    }
    Json j = new Json().raw("{\"f\":");
    Pack.names(j, slots.finish()).raw(",\"k\":").num(k).raw(",\"s\":").num(slot).raw(",\"per\":").num(partLimit / slot)
        .raw(",\"i\":").num(TermEntries.INLINE_DF).raw(",\"n\":").num(count);
    return j.raw("}").toString();
  }
}
