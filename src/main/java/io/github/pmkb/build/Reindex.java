package io.github.pmkb.build;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import io.github.pmkb.fs.Sha256;
import io.github.pmkb.index.IndexBuilder;
import io.github.pmkb.index.IndexSnapshot;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.output.BrowserIndexExporter;
import io.github.pmkb.output.SiteSink;
import io.github.pmkb.search.Synonyms;

/**
 * The slow half of the rest of an update, taken out of {@link BuildSession} so that it can run on
 * another thread while the session keeps previewing edits: rebuilding the Lucene index and
 * exporting it for browser search. It works on a snapshot (an immutable corpus) and writes only its own index folder, never the site; {@link BuildSession#finish(Result)}
 * applies the result on the session's thread, or drops it when an edit came in meanwhile.
 *
 * <p>The index is put together again rather than updated document by document (related incidents
 * and the browser export compare every text, and a clean build must give the same bytes), but
 * from the build cache's segments: only the run of postmortems holding an edit is indexed again.
 */
public final class Reindex {
  /**
   * What {@link #run} produced.
   *
   * @param corpus the corpus indexed: {@link BuildSession#finish(Result)} applies the result only
   *     while it is still the session's
   * @param index the new index, or null when the update does not change what pages read from it
   * @param search the browser-search files (site path to bytes) exported from it, or null
   * @param searchDigests each search file's sha256, so that only changed files are written
   * @param steps wall time of each step of {@link #run} (index, facets, related, search export),
   *     and the whole process's CPU time meanwhile
   */
  public record Result(Corpus corpus, IndexInputs inputs, IndexSnapshot index, Map<String, byte[]> search,
      Map<String, String> searchDigests, Map<String, StageTime> steps) {
    public Result {
      steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    }
  }

  private final Corpus corpus;
  private final IndexInputs inputs;
  private final Path dir;
  private final Path segments;
  private final String salt;
  private final Synonyms synonyms;

  /**
   * @param dir null when the index inputs did not change (nothing to do)
   * @param segments the cache of indexed runs (see {@link IndexBuilder#build(Corpus, Path, Path, String,
   *     java.util.function.Consumer)}), or null
   * @param synonyms for the browser-search export; null when {@code dir} is
   */
  Reindex(Corpus corpus, IndexInputs inputs, Path dir, Path segments, String salt, Synonyms synonyms) {
    this.corpus = corpus;
    this.inputs = inputs;
    this.dir = dir;
    this.segments = segments;
    this.salt = salt;
    this.synonyms = synonyms;
  }

  /** Builds and exports the index; safe on any thread, once. */
  public Result run() {
    if (dir == null) return new Result(corpus, inputs, null, null, null, Map.of());
    Stopwatch clock = new Stopwatch();
    IndexSnapshot index = IndexBuilder.build(corpus, dir, segments, salt, clock::lap);
    Map<String, byte[]> files = new TreeMap<>();
    BrowserIndexExporter.export(index, synonyms, new SiteSink() {
      // Called from the export's parallel parts.
      @Override
      public void write(String relPath, byte[] bytes) {
        synchronized (files) {
          files.put(relPath, bytes);
        }
      }

      @Override
      public void stream(String relPath, Content content) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
          content.writeTo(out);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        write(relPath, out.toByteArray());
      }

      @Override
      public void copy(Path source, String relPath) {
        throw new UnsupportedOperationException("the search export only writes");
      }

      @Override
      public void delete(String relPath) {
        synchronized (files) {
          files.remove(relPath);
        }
      }
    });
    Map<String, String> digests = new TreeMap<>();
    files.forEach((path, bytes) -> digests.put(path, Sha256.hex(bytes)));
    clock.lap("search-export");
    return new Result(corpus, inputs, index, files, digests, clock.stages());
  }
}
