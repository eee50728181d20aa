package io.github.pmkb.search.export;

import java.util.ArrayList;
import java.util.Arrays;
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
  /** Every term's entry ({@link TermEntries#entry}) until the bucket count is known. */
  private final ByteRecords entries = new ByteRecords();
  /** Per term, its {@link #hash}. */
  private int[] hashes = new int[64];

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
    int i = entries.add(TermEntries.entry(term, body));
    if (i == hashes.length) hashes = Arrays.copyOf(hashes, i * 2);
    hashes[i] = hash(term);
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
    int count = entries.size();
    int k = Math.max(1, (count + perBucket - 1) / perBucket);
    // The terms of bucket b are order[start[b], start[b + 1]).
    int[] start = new int[k + 1];
    for (int i = 0; i < count; i++) start[Integer.remainderUnsigned(hashes[i], k) + 1]++;
    for (int b = 0; b < k; b++) start[b + 1] += start[b];
    int[] order = new int[count];
    int[] next = Arrays.copyOf(start, k);
    for (int i = 0; i < count; i++) order[next[Integer.remainderUnsigned(hashes[i], k)]++] = i;
    hashes = null;
    Pack slots = new Pack(name, files, partLimit);
    // The slot size is the largest block's, so every block is made before the first slot is written.
    ByteRecords blocks = new ByteRecords();
    int slot = 2;
    List<String> terms = new ArrayList<>();
    List<byte[]> bodies = new ArrayList<>();
    for (int b = 0; b < k; b++) {
      TreeMap<String, byte[]> bucket = new TreeMap<>();
      for (int j = start[b]; j < start[b + 1]; j++) {
        terms.clear();
        bodies.clear();
        TermEntries.read(entries.get(order[j]), terms, bodies);
        bucket.put(terms.get(0), bodies.get(0));
      }
      Bytes raw = TermEntries.block(new ArrayList<>(bucket.keySet()), new ArrayList<>(bucket.values()));
      Bytes z = slots.deflated(raw.array(), raw.size());
      blocks.add(z.array(), 0, z.size());
      slot = Math.max(slot, z.size() + 2);
    }
    entries.clear();
    byte[] buffer = new byte[slot];
    for (int b = 0; b < k; b++) {
      int length = blocks.length(b);
      Arrays.fill(buffer, (byte) 0);
      buffer[0] = (byte) length;
      buffer[1] = (byte) (length >>> 8);
      blocks.copy(b, buffer, 2);
      blocks.releaseBefore(b);
      slots.add(buffer, slot);
    }
    blocks.clear();
    Json j = new Json().raw("{\"f\":");
    Pack.names(j, slots.finish()).raw(",\"k\":").num(k).raw(",\"s\":").num(slot).raw(",\"per\":").num(partLimit / slot)
        .raw(",\"i\":").num(TermEntries.INLINE_DF).raw(",\"n\":").num(count);
    return j.raw("}").toString();
  }
}
