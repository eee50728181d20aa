package io.github.pmkb.search.export;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Many small records in few files, read with HTTP {@code Range:} requests: one pack instead of a
 * file per block, posting list or document keeps a site's search folder to a handful of files.
 * A pack is split into parts of at most {@link #partLimit} bytes (GitHub refuses files over
 * 100 MB), named {@code <name>.<hash>.bin} or, past the first, {@code <name>-<part>.<hash>.bin};
 * a record never straddles two parts. GitHub Pages serves {@code .bin} as {@code
 * application/octet-stream}, which it does not compress, so a byte range of the file is what is
 * sent. Records that compress are stored raw-deflated ({@code DecompressionStream("deflate-raw")}).
 */
final class Pack {
  /** Largest part: well under GitHub's 100 MB file limit. */
  static final int PART_LIMIT = 48 << 20;

  /** Largest piece of a part held in memory. */
  static final int PIECE = 1 << 20;

  private final String name;
  private final int partLimit;
  private final ExportFiles files;
  private final List<String> finished = new ArrayList<>();
  private final Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
  private final byte[] chunk = new byte[1 << 16];
  private final Bytes deflated = new Bytes(1 << 12);
  /**
   * The part being written, in pieces of at most {@link #PIECE} bytes: one array would be copied
   * as it grows (twice the part at once) and, written in one call, copied again into a direct
   * buffer of its size that the JDK keeps for the thread.
   */
  private final List<byte[]> pieces = new ArrayList<>();
  private int size;
  private MessageDigest sha = Hashes.sha256();

  Pack(String name, ExportFiles files) {
    this(name, files, files.partLimit());
  }

  Pack(String name, ExportFiles files, int partLimit) {
    this.name = name;
    this.files = files;
    this.partLimit = partLimit;
  }

  /** Index of the part being written. */
  int part() {
    return finished.size();
  }

  /** Offset of the next record in the current part. */
  int offset() {
    return size;
  }

  /** Starts a new part unless {@code bytes} more still fit in this one. */
  void reserve(long bytes) {
    if (size > 0 && size + bytes > partLimit) finishPart();
  }

  /** Appends {@code bytes[0, length)}; returns the offset in the current part. */
  int add(byte[] bytes, int length) {
    reserve(length);
    int at = size;
    sha.update(bytes, 0, length);
    for (int done = 0; done < length; ) {
      byte[] last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
      int used = size - (pieces.size() - 1) * PIECE;
      if (last == null || used == last.length) {
        // Pieces start small, so a small pack holds little; all but the last are PIECE bytes.
        if (last != null && last.length < PIECE) {
          last = Arrays.copyOf(last, Math.min(PIECE, last.length * 4));
          pieces.set(pieces.size() - 1, last);
        } else {
          last = new byte[pieces.isEmpty() ? 1 << 12 : PIECE];
          pieces.add(last);
          used = 0;
        }
      }
      int n = Math.min(last.length - used, length - done);
      System.arraycopy(bytes, done, last, used, n);
      size += n;
      done += n;
    }
    return at;
  }

  /**
   * {@code bytes[0, length)} raw-deflated into a buffer of this pack (valid until the next call),
   * or null when deflating does not make them smaller.
   */
  Bytes deflate(byte[] bytes, int length) {
    return deflate(bytes, length, false);
  }

  /** {@code bytes[0, length)} raw-deflated, even when that is not smaller (records the page always inflates). */
  Bytes deflated(byte[] bytes, int length) {
    return deflate(bytes, length, true);
  }

  private Bytes deflate(byte[] bytes, int length, boolean always) {
    deflater.reset();
    deflater.setInput(bytes, 0, length);
    deflater.finish();
    deflated.clear();
    while (!deflater.finished()) {
      int n = deflater.deflate(chunk);
      deflated.bytes(chunk, 0, n);
      if (!always && deflated.size() >= length) return null;
    }
    return deflated;
  }

  private void finishPart() {
    String file = (finished.isEmpty() ? name : name + "-" + finished.size()) + "." + Hashes.hex(sha) + ".bin";
    int length = size;
    files.put(file, length, out -> {
      for (int p = 0, left = length; left > 0; p++, left -= PIECE) out.write(pieces.get(p), 0, Math.min(left, PIECE));
    });
    finished.add(file);
    pieces.clear();
    size = 0;
    sha = Hashes.sha256();
  }

  /** Puts the last part in the files; returns every part's file name, in order. */
  List<String> finish() {
    deflater.end();
    if (size > 0 || finished.isEmpty()) finishPart();
    return List.copyOf(finished);
  }

  /** A JSON array of the part names. */
  static Json names(Json j, List<String> parts) {
    j.raw("[");
    for (int i = 0; i < parts.size(); i++) (i > 0 ? j.raw(",") : j).str(parts.get(i));
    return j.raw("]");
  }
}
