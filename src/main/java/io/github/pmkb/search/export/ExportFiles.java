package io.github.pmkb.search.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Where the export puts each file as soon as it is complete, so that no file waits in memory for
 * the others: at 100k postmortems the packs are about 300 MB. Called from several threads at once
 * (the parts of the export run in parallel), each file once.
 */
@FunctionalInterface
public interface ExportFiles {
  /**
   * @param name the file's path below the site's {@code search/} folder
   * @param bytes its content is {@code bytes[0, length)}; the array is the export's own and is
   *     dropped after the call, so keep a copy, not the array
   */
  void put(String name, byte[] bytes, int length);

  /** A file's bytes, written piece by piece. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * A file that is never one array (a pack's part, tens of megabytes, is kept in pieces): {@code
   * content} writes its {@code length} bytes. By default they are joined and {@link #put(String,
   * byte[], int) put}; a sink that writes to disk streams them instead.
   */
  default void put(String name, int length, Content content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(length);
    try {
      content.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    put(name, out.toByteArray(), out.size());
  }

  /** The largest file a pack may write (records are never split, so a larger record goes alone). */
  default int partLimit() {
    return Pack.PART_LIMIT;
  }
}
