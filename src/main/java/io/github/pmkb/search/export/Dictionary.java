package io.github.pmkb.search.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Terms (fed in sorted order) cut into front-coded blocks ({@link TermEntries}), each a
 * raw-deflated record of the pack {@code <name>}, behind a root the manifest carries: the page
 * finds a term's block without a request, so a word costs one request for its block (and one for
 * its postings when they are not inline). Sorted blocks also serve completions of the last word
 * typed, which are the neighbours of the prefix.
 *
 * <p>The root ({@link #finish}) is {@code {"f":[parts],"i":INLINE_DF,"n":terms,"k":[keys],
 * "l":[lengths],"p":[first block of each part after the first]}}; key {@code i} is the shortest
 * prefix of block {@code i}'s first term that sorts after the previous block's last term, so a
 * term lives in the last block whose key is ≤ the term; blocks follow each other in their part.
 * The root stays at most {@link #ROOT_BLOCKS} keys: a larger vocabulary gets larger blocks (two,
 * three… times the terms and bytes), so that a word's block is always found from the page alone,
 * a round trip fewer than a root of two levels would cost.
 */
final class Dictionary {
  static final int BLOCK_TERMS = 64;
  static final int BLOCK_BYTES = 2400;
  /**
   * Most keys the root has: it is inline in every search page, so it is bounded here and a larger
   * vocabulary scales its blocks instead.
   */
  static final int ROOT_BLOCKS = 1536;

  private final String name;
  private final int maxDoc;
  private final ExportFiles files;
  private final Pack postings;
  /** Every term's entry ({@link TermEntries#entry}) until the block size is known. */
  private final ByteRecords entries = new ByteRecords();
  /** Per term, what it adds to its block's size as {@link #cuts} counts it. */
  private int[] weights = new int[64];

  /** @param postings where posting lists too long to inline go (shared with nothing else) */
  Dictionary(String name, int maxDoc, Pack postings, ExportFiles files) {
    this.name = name;
    this.maxDoc = maxDoc;
    this.files = files;
    this.postings = postings;
  }

  void add(String term, int n, int[] docs, float[] scores) {
    add(term, TermEntries.body(maxDoc, n, docs, scores, postings));
  }

  /** A term with its entry's body ({@link TermEntries#body}), its long postings already in this dictionary's pack. */
  void add(String term, byte[] body) {
    int i = entries.add(TermEntries.entry(term, body));
    if (i == weights.length) weights = java.util.Arrays.copyOf(weights, i * 2);
    weights[i] = body.length + term.length() + 2;
  }

  /** Where each block starts (term index), blocks cut at {@code scale} times the base size. */
  private List<Integer> cuts(int scale) {
    List<Integer> starts = new ArrayList<>();
    int size = 0, count = 0;
    for (int i = 0; i < entries.size(); i++) {
      if (count == 0) starts.add(i);
      size += weights[i];
      count++;
      if (count >= BLOCK_TERMS * scale || size >= BLOCK_BYTES * scale) {
        size = 0;
        count = 0;
      }
    }
    return starts;
  }

  /** Writes the blocks and the pack; returns the manifest's root (see the class comment). */
  String finish() {
    int scale = 1;
    List<Integer> starts = cuts(scale);
    while (starts.size() > ROOT_BLOCKS) starts = cuts(++scale);
    Pack blocks = new Pack(name, files);
    List<String> keys = new ArrayList<>();
    List<Integer> lengths = new ArrayList<>();
    List<Integer> parts = new ArrayList<>();
    String last = "";
    for (int b = 0; b < starts.size(); b++) {
      int from = starts.get(b), to = b + 1 < starts.size() ? starts.get(b + 1) : entries.size();
      List<String> terms = new ArrayList<>(to - from);
      List<byte[]> bodies = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) TermEntries.read(entries.get(i), terms, bodies);
      entries.releaseBefore(from);
      keys.add(from == 0 ? "" : separator(last, terms.get(0)));
      last = terms.get(terms.size() - 1);
      Bytes raw = TermEntries.block(terms, bodies);
      Bytes z = blocks.deflated(raw.array(), raw.size());
      blocks.add(z.array(), z.size());
      lengths.add(z.size());
      parts.add(blocks.part());
    }
    int count = entries.size();
    entries.clear();
    weights = null;
    Json root = new Json().raw("{\"f\":");
    Pack.names(root, blocks.finish()).raw(",\"i\":").num(TermEntries.INLINE_DF).raw(",\"n\":").num(count);
    root.raw(",\"k\":");
    strings(root, keys).raw(",\"l\":");
    numbers(root, lengths).raw(",\"p\":[");
    boolean first = true;
    for (int i = 1; i < parts.size(); i++) {
      if (!parts.get(i).equals(parts.get(i - 1))) {
        root.raw(first ? "" : ",").num(i);
        first = false;
      }
    }
    return root.raw("]}").toString();
  }

  static Json strings(Json j, List<String> values) {
    j.raw("[");
    for (int i = 0; i < values.size(); i++) (i > 0 ? j.raw(",") : j).str(values.get(i));
    return j.raw("]");
  }

  static Json numbers(Json j, List<Integer> values) {
    j.raw("[");
    for (int i = 0; i < values.size(); i++) (i > 0 ? j.raw(",") : j).num(values.get(i));
    return j.raw("]");
  }

  /** The shortest prefix of {@code first} that sorts after {@code last} (empty for the first block). */
  static String separator(String last, String first) {
    if (last.isEmpty()) return "";
    int p = TermEntries.commonPrefix(last, first);
    return first.substring(0, Math.min(first.length(), p + 1));
  }
}
