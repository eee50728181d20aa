package io.github.pmkb.search.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Byte strings appended one after another into large shared arrays, read back by their number.
 * A dictionary keeps every term's entry until it knows how to lay them out (block sizes, bucket
 * count, slot size), and a large site has millions of them: as separate {@code String} and
 * {@code byte[]} objects each costs some 60 bytes of headers and references on top of its
 * content, here it costs a position (8 bytes).
 */
final class ByteRecords {
  /** Size of a shared array; a longer record gets an array of its own. */
  static final int CHUNK = 1 << 20;

  private final List<byte[]> chunks = new ArrayList<>();
  private byte[] chunk;
  private int used;
  /** Per record: its array's number (high half) and its offset there (low half). */
  private long[] at = new long[64];
  private int[] length = new int[64];
  private int count;

  int size() {
    return count;
  }

  /** Appends {@code bytes[from, from + n)}; returns the record's number. */
  int add(byte[] bytes, int from, int n) {
    if (chunk == null || used + n > chunk.length) {
      chunk = new byte[Math.max(CHUNK, n)];
      chunks.add(chunk);
      used = 0;
    }
    System.arraycopy(bytes, from, chunk, used, n);
    if (count == at.length) {
      at = Arrays.copyOf(at, count * 2);
      length = Arrays.copyOf(length, count * 2);
    }
    at[count] = (long) (chunks.size() - 1) << 32 | used;
    length[count] = n;
    used += n;
    return count++;
  }

  int add(byte[] bytes) {
    return add(bytes, 0, bytes.length);
  }

  int length(int i) {
    return length[i];
  }

  byte[] get(int i) {
    int from = (int) at[i];
    return Arrays.copyOfRange(chunks.get((int) (at[i] >>> 32)), from, from + length[i]);
  }

  /** Copies record {@code i} into {@code out} at {@code to}. */
  void copy(int i, byte[] out, int to) {
    System.arraycopy(chunks.get((int) (at[i] >>> 32)), (int) at[i], out, to, length[i]);
  }

  /** Lets go of the arrays of every record before {@code i} that no later record shares (read in order, once). */
  void releaseBefore(int i) {
    int keep = (int) (at[i] >>> 32);
    for (int c = keep - 1; c >= 0 && chunks.get(c) != null; c--) chunks.set(c, null);
  }

  /** Lets go of every record. */
  void clear() {
    chunks.clear();
    chunk = null;
    used = 0;
    at = new long[64];
    length = new int[64];
    count = 0;
  }
}
