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
 * Above {@link #FLAT_BLOCKS} blocks the root gets a second level: the manifest's {@code k}, {@code
 * l}, {@code p} then describe sub-root records of the pack {@code <name>r} ({@code "r":[parts]}),
 * each a raw-deflated JSON {@code {"k":[…],"l":[…],"a":[part, offset of its first block]}}.
 */
final class Dictionary {
  static final int BLOCK_TERMS = 64;
  static final int BLOCK_BYTES = 2400;
  /**
   * Largest root the manifest carries whole, inline in every search page: beyond it a query pays
   * one more round trip for a sub-root rather than every page paying for a long list of keys.
   */
  static final int FLAT_BLOCKS = 1024;
  static final int SUBROOT_BLOCKS = 128;

  private final String name;
  private final int maxDoc;
  private final ExportFiles files;
  private final Pack blocks;
  private final Pack postings;
  private final List<String> keys = new ArrayList<>();
  private final List<Integer> lengths = new ArrayList<>();
  private final List<Integer> parts = new ArrayList<>();
  private final List<Integer> offsets = new ArrayList<>();
  private final List<String> terms = new ArrayList<>();
  private final List<byte[]> bodies = new ArrayList<>();
  private int bodyBytes;
  private String previous = "";
  private long count;

  /** @param postings where posting lists too long to inline go (shared with nothing else) */
  Dictionary(String name, int maxDoc, Pack postings, ExportFiles files) {
    this.name = name;
    this.maxDoc = maxDoc;
    this.files = files;
    this.postings = postings;
    this.blocks = new Pack(name, files);
  }

  void add(String term, int n, int[] docs, float[] scores) {
    if (terms.isEmpty()) keys.add(separator(previous, term));
    byte[] body = TermEntries.body(maxDoc, n, docs, scores, postings);
    terms.add(term);
    bodies.add(body);
    bodyBytes += body.length + term.length() + 2;
    previous = term;
    count++;
    if (terms.size() >= BLOCK_TERMS || bodyBytes >= BLOCK_BYTES) flush();
  }

  private void flush() {
    if (terms.isEmpty()) return;
    Bytes raw = TermEntries.block(terms, bodies);
    Bytes z = blocks.deflated(raw.array(), raw.size());
    if (z == null) throw new IllegalStateException("a dictionary block did not deflate");
    // A sub-root's blocks share one part, so start a part only where a sub-root starts.
    if (lengths.size() % SUBROOT_BLOCKS == 0) blocks.reserve(SUBROOT_BLOCKS * (long) BLOCK_BYTES * 2);
    int at = blocks.add(z.array(), z.size());
    lengths.add(z.size());
    parts.add(blocks.part());
    offsets.add(at);
    terms.clear();
    bodies.clear();
    bodyBytes = 0;
  }

  /** Writes the last block and the packs; returns the manifest's root (see the class comment). */
  String finish() {
    flush();
    List<String> blockFiles = blocks.finish();
    Json root = new Json().raw("{\"f\":");
    Pack.names(root, blockFiles).raw(",\"i\":").num(TermEntries.INLINE_DF).raw(",\"n\":").num(count);
    if (keys.size() <= FLAT_BLOCKS) return level(root, keys, lengths, parts).raw("}").toString();
    Pack subroots = new Pack(name + "r", files);
    List<String> topKeys = new ArrayList<>();
    List<Integer> topLengths = new ArrayList<>();
    List<Integer> topParts = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += SUBROOT_BLOCKS) {
      int to = Math.min(keys.size(), from + SUBROOT_BLOCKS);
      Json sub = new Json().raw("{\"k\":");
      strings(sub, keys.subList(from, to)).raw(",\"l\":");
      numbers(sub, lengths.subList(from, to)).raw(",\"a\":[").num(parts.get(from)).raw(",").num(offsets.get(from)).raw("]}");
      byte[] raw = sub.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      Bytes z = subroots.deflated(raw, raw.length);
      int at = z == null ? subroots.add(raw, raw.length) : subroots.add(z.array(), z.size());
      if (z == null) throw new IllegalStateException("a sub-root did not deflate at " + at);
      topKeys.add(keys.get(from));
      topLengths.add(z.size());
      topParts.add(subroots.part());
    }
    root.raw(",\"r\":");
    Pack.names(root, subroots.finish());
    return level(root, topKeys, topLengths, topParts).raw("}").toString();
  }

  private static Json level(Json j, List<String> keys, List<Integer> lengths, List<Integer> parts) {
    j.raw(",\"k\":");
    strings(j, keys).raw(",\"l\":");
    numbers(j, lengths).raw(",\"p\":[");
    boolean first = true;
    for (int i = 1; i < parts.size(); i++) {
      if (!parts.get(i).equals(parts.get(i - 1))) {
        j.raw(first ? "" : ",").num(i);
        first = false;
      }
    }
    return j.raw("]");
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
