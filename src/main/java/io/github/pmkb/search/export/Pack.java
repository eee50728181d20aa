package io.github.pmkb.search.export;

import java.util.ArrayList;
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

  private final String name;
  private final int partLimit;
  private final ExportFiles files;
  private final List<String> finished = new ArrayList<>();
  private final Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
  private final byte[] chunk = new byte[1 << 16];
  private final Bytes deflated = new Bytes(1 << 12);
  private Bytes out = new Bytes(1 << 16);

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
    return out.size();
  }

  /** Starts a new part unless {@code bytes} more still fit in this one. */
  void reserve(long bytes) {
    if (out.size() > 0 && out.size() + bytes > partLimit) finishPart();
  }

  /** Appends {@code bytes[0, length)}; returns the offset in the current part. */
  int add(byte[] bytes, int length) {
    reserve(length);
    int at = out.size();
    out.bytes(bytes, 0, length);
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
    String file = (finished.isEmpty() ? name : name + "-" + finished.size()) + "." + Hashes.of(out.array(), out.size())
        + ".bin";
    files.put(file, out.array(), out.size());
    finished.add(file);
    out = new Bytes(1 << 16);
  }

  /** Puts the last part in the files; returns every part's file name, in order. */
  List<String> finish() {
    deflater.end();
    if (out.size() > 0 || finished.isEmpty()) finishPart();
    return List.copyOf(finished);
  }

  /** A JSON array of the part names. */
  static Json names(Json j, List<String> parts) {
    j.raw("[");
    for (int i = 0; i < parts.size(); i++) (i > 0 ? j.raw(",") : j).str(parts.get(i));
    return j.raw("]");
  }
}
