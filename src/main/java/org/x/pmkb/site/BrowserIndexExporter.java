package org.x.pmkb.site;

import java.util.Map;
import org.x.pmkb.index.IndexSnapshot;
import org.x.pmkb.search.export.BrowserIndex;

/**
 * The build's browser-search step: exports the Lucene index into the site's {@code search/} folder
 * (format: {@link BrowserIndex}); the default theme's {@code js/search.js} reads it.
 */
final class BrowserIndexExporter {
  static final String DIR = "search/";

  private BrowserIndexExporter() {}

  /** Returns the number of files written. */
  static int export(IndexSnapshot index, OutputWriter writer) {
    Map<String, byte[]> files = BrowserIndex.export(index.dir(), Permalinks::incident);
    files.forEach((path, bytes) -> writer.write(DIR + path, bytes));
    return files.size();
  }
}
