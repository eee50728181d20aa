package io.github.pmkb.output;

import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import io.github.pmkb.index.IndexSnapshot;
import io.github.pmkb.plan.Permalinks;
import io.github.pmkb.search.Synonyms;
import io.github.pmkb.search.export.BrowserIndex;
import io.github.pmkb.search.export.ExportFiles;

/**
 * The build's browser-search step: exports the Lucene index into the site's {@code search/} folder
 * (format: {@link BrowserIndex}); the default theme's {@code js/search.js} reads it.
 */
public final class BrowserIndexExporter {
  static final String DIR = "search/";
  static final String MANIFEST = "manifest.json";

  private BrowserIndexExporter() {}

  /**
   * Writes the export and returns the site paths written (all content-hashed, so a changed file
   * gets a new name). Each file is written as soon as the export completes it, so none waits in
   * memory for the others.
   *
   * @param synonyms what the browser expands queries with, the same as {@code pmkb search}
   */
  public static Set<String> export(IndexSnapshot index, Synonyms synonyms, SiteSink sink) {
    return exportWithManifest(index, synonyms, sink).files();
  }

  /** What an export wrote: the site paths, and the manifest the search page carries inline. */
  public record Written(Set<String> files, String manifest) {}

  public static Written exportWithManifest(IndexSnapshot index, Synonyms synonyms, SiteSink sink) {
    Set<String> written = new ConcurrentSkipListSet<>();
    String[] manifest = {""};
    BrowserIndex.export(index.dir(), Permalinks::incident, synonyms, new ExportFiles() {
      @Override
      public void put(String path, byte[] bytes, int length) {
        sink.stream(DIR + path, out -> out.write(bytes, 0, length));
        written.add(DIR + path);
        if (path.equals(MANIFEST)) manifest[0] = new String(bytes, 0, length, java.nio.charset.StandardCharsets.UTF_8);
      }

      @Override
      public void put(String path, int length, Content content) {
        sink.stream(DIR + path, content::writeTo);
        written.add(DIR + path);
      }
    });
    return new Written(written, manifest[0]);
  }

  /** The manifest among exported files (site path to bytes), or "". */
  public static String manifestOf(java.util.Map<String, byte[]> files) {
    byte[] b = files.get(DIR + MANIFEST);
    return b == null ? "" : new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }
}
