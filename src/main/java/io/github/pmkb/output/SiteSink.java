package io.github.pmkb.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Where a build puts the site's files: a staging folder ({@link OutputWriter}) or the live folder. */
public interface SiteSink {
  /** A file's bytes produced piece by piece, for a file too large to hold in memory at once. */
  @FunctionalInterface
  interface Content {
    /** Writes the bytes to {@code out} (buffered by the sink; not to be closed). */
    void writeTo(OutputStream out) throws IOException;
  }

  void write(String relPath, byte[] bytes);

  /** Writes a file whose bytes {@code content} produces; the same result as {@link #write} of them. */
  void stream(String relPath, Content content);

  void copy(Path source, String relPath);

  /** Removes a file the site no longer has. */
  void delete(String relPath);

  /** The site is complete: a staging folder is swapped in; a live folder has nothing left to do. */
  default void commit() {}

  /** The run failed: a staging folder is thrown away, leaving the previous site; a live folder stays as it is. */
  default void abort() {}
}
