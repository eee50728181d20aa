package io.github.pmkb.extract;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Stream;
import io.github.pmkb.content.ParsedDoc;
import io.github.pmkb.diag.Diagnostics;

/**
 * Bench (not a test): the CPU time of the extract stage alone. Parses every {@code .md} and {@code .txt} file under
 * the folders given once, then runs {@link Extractor#extract} over all of them for a few warm-up
 * rounds and {@code --rounds} measured rounds, and prints this thread's CPU time per measured round
 * (thread CPU, so other processes on a busy machine count for little). Run by {@code bench/extract-cpu.sh}.
 *
 * <p>{@code --sample} also samples this thread's stack every millisecond during the measured rounds
 * and prints the pmkb methods that most samples are in: "own" counts the pmkb frame nearest the
 * top (with the library code it calls), "within" every sample a method is on the stack for.
 * Stack sampling waits for safepoints, so the shares are approximate.
 *
 * <pre>ExtractionCpu DIR... [--rounds 5] [--warmup 3] [--sample]</pre>
 */
public final class ExtractionCpu {
  private ExtractionCpu() {}

  public static void main(String[] args) throws IOException {
    int rounds = 5;
    int warmup = 3;
    boolean sample = false;
    List<Path> dirs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--sample" -> sample = true;
        default -> dirs.add(Path.of(args[i]));
      }
    }
    List<ParsedDoc> docs = new ArrayList<>();
    for (Path dir : dirs) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().toList()) docs.add(Docs.parse(f, new Diagnostics()));
      }
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int r = 0; r < warmup; r++) sink += once(docs);
    Sampler sampler = sample ? Sampler.start(Thread.currentThread()) : null;
    long[] ms = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      long t0 = mx.getCurrentThreadCpuTime();
      sink += once(docs);
      ms[r] = (mx.getCurrentThreadCpuTime() - t0) / 1_000_000;
    }
    if (sampler != null) sampler.stopAndPrint();
    long[] sorted = ms.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "extract: %d files, thread CPU per round (ms): %s; min %d, median %d (checksum %d)%n", docs.size(),
        Arrays.toString(ms), sorted[0], sorted[rounds / 2], sink % 1000);
  }

  /** Samples one thread's stack until stopped and counts pmkb methods. */
  private static final class Sampler extends Thread {
    private final Thread target;
    private final Map<String, Integer> own = new HashMap<>();
    private final Map<String, Integer> within = new HashMap<>();
    private volatile boolean running = true;
    private int samples;

    private Sampler(Thread target) {
      this.target = target;
      setDaemon(true);
    }

    static Sampler start(Thread target) {
      Sampler s = new Sampler(target);
      s.start();
      return s;
    }

    @Override
    public void run() {
      while (running) {
        StackTraceElement[] stack = target.getStackTrace();
        String first = null;
        Set<String> seen = new HashSet<>();
        for (StackTraceElement e : stack) {
          if (!e.getClassName().startsWith("io.github.pmkb.") || e.getClassName().contains("ExtractionCpu")) continue;
          String name = e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1) + "." + e.getMethodName();
          if (first == null) first = name;
          if (seen.add(name)) within.merge(name, 1, Integer::sum);
        }
        if (first != null) {
          own.merge(first, 1, Integer::sum);
          samples++;
        }
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void stopAndPrint() throws IOException {
      running = false;
      try {
        join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      System.out.printf(Locale.ROOT, "%d samples in extraction code%n", samples);
      print("own", own);
      print("within", within);
    }

    private void print(String what, Map<String, Integer> counts) {
      System.out.println("-- " + what);
      counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(25).forEach(e -> System.out.printf(Locale.ROOT, "%5.1f%% %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
    }
  }

  /** One extraction of every doc; the result feeds a checksum (of content, so equal outputs give equal sums) so the work cannot be skipped. */
  private static long once(List<ParsedDoc> docs) {
    long sum = 0;
    for (ParsedDoc d : docs) sum += Extractor.extract(d, new Diagnostics()).incident().toString().hashCode();
    return sum;
  }
}
