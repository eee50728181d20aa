package io.github.pmkb.index;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Times related incidents alone over an index already built (a knowledge base's {@code
 * target/pmkb-cache/index}): reading the postings, then ranking. Not a test; {@code
 * bench/related.sh} runs it with the index folder and the number of rounds.
 */
public final class RelatedProfile {
  private RelatedProfile() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      for (int r = 0; r < rounds; r++) {
        long cpu0 = os.getProcessCpuTime();
        long mine0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        var all = new RelatedFinder(new WholeIndex(reader)).all(IndexBuilder.RELATED);
        System.out.printf(Locale.ROOT, "round %d: %d documents (lists' hash %08x), %.0f ms wall, %.0f ms process CPU"
            + " (this thread %.0f)%n", r, all.size(), all.toString().hashCode(), (System.nanoTime() - t0) / 1e6,
            (os.getProcessCpuTime() - cpu0) / 1e6, (threads.getCurrentThreadCpuTime() - mine0) / 1e6);
      }
    }
  }
}
