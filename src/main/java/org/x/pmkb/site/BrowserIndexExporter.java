package org.x.pmkb.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** Writes the export and returns the site paths written (all content-hashed, so a changed file gets a new name). */
  static Set<String> export(IndexSnapshot index, SiteSink sink) {
    Map<String, byte[]> files = BrowserIndex.export(index.dir(), Permalinks::incident, synonyms(index.dir()));
    Set<String> written = new java.util.TreeSet<>();
    files.forEach((path, bytes) -> {
      sink.write(DIR + path, bytes);
      written.add(DIR + path);
    });
    return written;
  }

  /** Where a knowledge base may put its own synonym list, as {@code pmkb search} reads it. */
  static final String SYNONYMS_FILE = "search-synonyms.txt";

  /**
   * The synonyms {@code pmkb search} applies: the knowledge base's own list when it has one, else
   * the defaults. The index lives in {@code <kb>/target/pmkb-cache/<name>}, which names the
   * knowledge base.
   */
  static Synonyms synonyms(Path indexDir) {
    Path cache = indexDir.toAbsolutePath().normalize().getParent();
    if (cache != null && cache.getFileName() != null && cache.getFileName().toString().equals("pmkb-cache")
        && cache.getParent() != null && cache.getParent().getParent() != null) {
      Path own = cache.getParent().getParent().resolve(SYNONYMS_FILE);
      try {
        if (Files.isRegularFile(own)) return Synonyms.parse(Files.readString(own));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + own, e);
      }
    }
    return Synonyms.defaults();
  }
}
