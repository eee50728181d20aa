package org.x.pmkb.site;

import java.util.Map;
import java.util.Set;
import org.x.pmkb.index.IndexSnapshot;
import org.x.pmkb.search.Synonyms;
import org.x.pmkb.search.export.BrowserIndex;

/**
 * The build's browser-search step: exports the Lucene index into the site's {@code search/} folder
 * (format: {@link BrowserIndex}); the default theme's {@code js/search.js} reads it.
 */
final class BrowserIndexExporter {
  static final String DIR = "search/";

  private BrowserIndexExporter() {}

  /**
   * Writes the export and returns the site paths written (all content-hashed, so a changed file
   * gets a new name).
   *
   * @param synonyms what the browser expands queries with, the same as {@code pmkb search}
   */
  static Set<String> export(IndexSnapshot index, Synonyms synonyms, SiteSink sink) {
    Map<String, byte[]> files = BrowserIndex.export(index.dir(), Permalinks::incident, synonyms);
    Set<String> written = new java.util.TreeSet<>();
    files.forEach((path, bytes) -> {
      sink.write(DIR + path, bytes);
      written.add(DIR + path);
    });
    return written;
  }
}
