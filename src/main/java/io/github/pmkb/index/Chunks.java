package io.github.pmkb.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import io.github.pmkb.model.Postmortem;

/**
 * The corpus cut into runs of neighbouring postmortems, each indexed on its own into one segment
 * and named by a digest of exactly what it indexes ({@link Documents.Source}), so that a build
 * cache can keep the segments and a rebuild after one edit indexes one run again, not the corpus.
 *
 * <p>Where a run ends depends on the postmortems themselves, not on their places: a run ends
 * after a postmortem whose slug hashes to a multiple of {@code average} (or at four times the
 * average, so no run grows without bound). Adding or deleting a postmortem then changes its own
 * run only, where cutting every N places would shift every run after it.
 */
final class Chunks {
  /** Postmortems per run, on average: one edit re-indexes about this many. */
  static final int AVERAGE = 512;

  /** One run: its postmortems in corpus order, and the digest of their sources. */
  record Chunk(List<Postmortem> postmortems, String key) {}

  private Chunks() {}

  /**
   * @param salt what else the segments depend on (pmkb's code, the Java version): a different
   *     salt gives different keys
   */
  static List<Chunk> of(List<Postmortem> corpus, int average, String salt) {
    List<Chunk> out = new ArrayList<>();
    int start = 0;
    MessageDigest md = sha256();
    md.update(salt.getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < corpus.size(); i++) {
      Postmortem p = corpus.get(i);
      Documents.Source.of(p).digest(md);
      boolean last = i == corpus.size() - 1;
      if (last || endsRun(p.slug(), average) || i + 1 - start >= 4 * average) {
        out.add(new Chunk(List.copyOf(corpus.subList(start, i + 1)), HexFormat.of().formatHex(md.digest())));
        start = i + 1;
        md.update(salt.getBytes(StandardCharsets.UTF_8));
      }
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

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
