package io.github.pmkb.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import io.github.pmkb.fs.Sha256;
import io.github.pmkb.model.Postmortem;

/**
 * The corpus cut into runs of neighbouring postmortems, each indexed on its own into one segment.
 *
 * <p>With a build cache ({@link #keyed}) each run is named by a digest of exactly what it indexes
 * ({@link Documents.Source}), so that the cache can keep the segments and a rebuild after one edit
 * indexes one run again, not the corpus. Where a run ends then depends on the postmortems
 * themselves, not on their places: a run ends after a postmortem whose slug hashes to a multiple
 * of {@code average} (or at four times the average, so no run grows without bound). Adding or
 * deleting a postmortem then changes its own run only, where cutting every N places would shift
 * every run after it. Without a cache ({@link #slices}) nothing is kept, so nothing is digested
 * and the corpus is cut into as few runs as there are cores to index them.
 */
final class Chunks {
  /** Postmortems per run, on average: one edit re-indexes about this many. */
  static final int AVERAGE = 512;

  /**
   * One run: what its postmortems' documents are made of, in corpus order, and the digest of
   * them, or null when no cache keeps the run.
   */
  record Chunk(List<Documents.Source> sources, String key) {}

  private Chunks() {}

  /**
   * Runs named by their digests, for a cache.
   *
   * @param salt what else the segments depend on (pmkb's code, the Java version): a different
   *     salt gives different keys
   */
  static List<Chunk> keyed(List<Postmortem> corpus, int average, String salt) {
    List<Chunk> out = new ArrayList<>();
    List<Documents.Source> run = new ArrayList<>();
    MessageDigest md = Sha256.digest();
    md.update(salt.getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < corpus.size(); i++) {
      Postmortem p = corpus.get(i);
      Documents.Source s = Documents.Source.of(p);
      s.digest(md);
      run.add(s);
      boolean last = i == corpus.size() - 1;
      if (last || endsRun(p.slug(), average) || run.size() >= 4 * average) {
        out.add(new Chunk(List.copyOf(run), HexFormat.of().formatHex(md.digest())));
        run.clear();
        md.update(salt.getBytes(StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /** The corpus in runs of {@code size} postmortems (the last one shorter), unnamed. */
  static List<Chunk> slices(List<Postmortem> corpus, int size) {
    List<Chunk> out = new ArrayList<>();
    for (int start = 0; start < corpus.size(); start += size) {
      List<Postmortem> slice = corpus.subList(start, Math.min(corpus.size(), start + size));
      out.add(new Chunk(slice.stream().map(Documents.Source::of).toList(), null));
    }
    return out;
  }

  private static boolean endsRun(String slug, int average) {
    // String.hashCode is specified, so the cuts are the same on every JVM; mixed, as slugs that
    // differ in their last letter would otherwise fall into the same residues.
    int h = slug.hashCode() * 0x9E3779B9;
    h ^= h >>> 16;
    return Integer.remainderUnsigned(h, average) == 0;
  }
}
