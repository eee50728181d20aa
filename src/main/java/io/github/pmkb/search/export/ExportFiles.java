package io.github.pmkb.search.export;

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

  /** The largest file a pack may write (records are never split, so a larger record goes alone). */
  default int partLimit() {
    return Pack.PART_LIMIT;
  }
}
