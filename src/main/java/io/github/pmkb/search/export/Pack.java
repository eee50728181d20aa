package io.github.pmkb.search.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/**
 * Many small records in one file, read with HTTP {@code Range:} requests: one pack instead of a
 * file per block, posting list, document or spelling bucket keeps a 10k site's search folder to a
 * handful of files (each file written costs build time). Packs are named {@code
 * <name>.<hash>.bin}; GitHub Pages serves {@code .bin} as {@code application/octet-stream}, which it
 * does not compress, so a byte range of the file is a byte range of what is sent. Records that
 * compress are stored zlib-deflated ({@code DecompressionStream("deflate")} in the browser).
 *
 * <p>A pack may start with a table of record offsets ({@link #withTable}): {@code count + 1}
 * little-endian uint32 offsets, record {@code i} spanning {@code [offset[i], offset[i+1])}; a
 * client reads the 8 bytes of entry {@code i} first, then the record.
 */
final class Pack {
  /** The pack's bytes; finishing hands its array to the files as it is, with no copy. */
  private final Buffer out = new Buffer();
  private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
  private final byte[] buffer = new byte[1 << 16];
  private int[] table;
  private int tableCount;

  /** A pack that starts with a table of {@code count + 1} offsets, records added in order. */
  static Pack withTable(int count) {
    Pack p = new Pack();
    p.table = new int[count + 1];
    p.out.writeBytes(new byte[4 * (count + 1)]);
    return p;
  }

  int size() {
    return out.size();
  }

  /** Appends {@code bytes} as they are; returns their offset. */
  long addRaw(byte[] bytes) {
    int at = out.size();
    out.writeBytes(bytes);
    noteRecord(at);
    return at;
  }

  /** Appends {@code bytes} deflated; returns their offset (the length is {@code size()} minus it). */
  long addDeflated(byte[] bytes) {
    int at = out.size();
    out.writeBytes(deflate(bytes));
    noteRecord(at);
    return at;
  }

  long addDeflated(String text) {
    return addDeflated(text.getBytes(StandardCharsets.UTF_8));
  }

  private void noteRecord(int at) {
    if (table != null) table[tableCount++] = at;
  }

  byte[] deflate(byte[] bytes) {
    deflater.reset();
    deflater.setInput(bytes);
    deflater.finish();
    ByteArrayOutputStream z = new ByteArrayOutputStream(bytes.length / 2 + 16);
    while (!deflater.finished()) z.write(buffer, 0, deflater.deflate(buffer));
    return z.toByteArray();
  }

  /** Puts the pack in {@code files} as {@code <name>.<hash>.bin}; returns that file name. */
  String finish(String name, ExportFiles files) {
    deflater.end();
    byte[] bytes = out.array();
    int length = out.size();
    if (table != null) {
      if (tableCount != table.length - 1) throw new IllegalStateException(name + ": " + tableCount + " records, table of " + (table.length - 1));
      table[tableCount] = length;
      for (int i = 0; i < table.length; i++) {
        int v = table[i];
        bytes[4 * i] = (byte) v;
        bytes[4 * i + 1] = (byte) (v >>> 8);
        bytes[4 * i + 2] = (byte) (v >>> 16);
        bytes[4 * i + 3] = (byte) (v >>> 24);
      }
    }
    String file = name + "." + Hashes.of(bytes, length) + ".bin";
    files.put(file, bytes, length);
    return file;
  }

  private static final class Buffer extends ByteArrayOutputStream {
    byte[] array() {
      return buf;
    }
  }
}
