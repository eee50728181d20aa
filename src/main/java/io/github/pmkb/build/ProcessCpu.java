package io.github.pmkb.build;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CPU time of this process so far, split by who spent it: the JIT compiler threads, the garbage
 * collector's threads (and the VM thread, where the serial collector works), and the rest, which
 * is the build's own work.
 *
 * <p>The JVM's own figures are not CPU time: {@code CompilationMXBean} and {@code -XX:+CITime}
 * add up how long compilations took from start to end, and collector beans the length of
 * pauses, both of which grow when the machine is busy and the thread waits for a core. The
 * threads' CPU time comes from Linux's {@code /proc/self/task/<tid>/stat} (clock ticks of 10 ms);
 * elsewhere only the process total is known and the split is zero. A compiler thread that exits
 * (the JVM stops idle ones) keeps the time it had at the last sample (so a stage's share never
 * goes below zero); only its time since then is counted as work.
 */
final class ProcessCpu {
  /** Linux's USER_HZ: /proc counts CPU time in these ticks on every common architecture. */
  private static final long NANOS_PER_TICK = 10_000_000L;
  private static final Path TASKS = Path.of("/proc/self/task");
  private static final boolean PROC = Files.isDirectory(TASKS);
  /** Last seen CPU nanoseconds of each compiler ("j" + tid) and collector ("g" + tid) thread, including ended ones. */
  private static final Map<String, Long> SEEN = new ConcurrentHashMap<>();
  /**
   * Whether samples read every thread's stat line. Off unless {@code --timings} asks: the reads
   * cost a file per thread at every stage, and serve's preview has no use for them.
   */
  private static volatile boolean byThread;

  /** A sample: nanoseconds of CPU time of the whole process, and of which compiler and collector threads. */
  record Sample(long total, long jit, long gc) {
    Sample minus(Sample earlier) {
      return new Sample(total - earlier.total, jit - earlier.jit, gc - earlier.gc);
    }
  }

  private ProcessCpu() {}

  /** From now on, samples split out the compiler's and the collector's share. */
  static void splitByThread() {
    byThread = true;
  }

  /** The process's CPU time now. */
  static Sample now() {
    long total = processNanos();
    if (!PROC || !byThread) return new Sample(total, 0, 0);
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
      for (Path task : tasks) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"), StandardCharsets.US_ASCII);
        } catch (IOException e) {
          continue; // the thread ended meanwhile
        }
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open) continue;
        String name = stat.substring(open + 1, close);
        boolean compiler = isCompiler(name);
        if (!compiler && !isCollector(name)) continue;
        SEEN.merge((compiler ? "j" : "g") + task.getFileName(), ticks(stat, close) * NANOS_PER_TICK, Math::max);
      }
    } catch (IOException | RuntimeException e) {
      return new Sample(total, 0, 0);
    }
    long jit = 0;
    long gc = 0;
    for (Map.Entry<String, Long> e : SEEN.entrySet()) {
      if (e.getKey().startsWith("j")) jit += e.getValue();
      else gc += e.getValue();
    }
    return new Sample(total, jit, gc);
  }

  /** Names as Linux keeps them, cut to 15 characters: "C2 CompilerThre", "C1 CompilerThre". */
  static boolean isCompiler(String thread) {
    return thread.startsWith("C1 CompilerThre") || thread.startsWith("C2 CompilerThre");
  }

  /** G1's and the parallel collector's threads ("GC Thread#0", "G1 Conc#0", ...) and the VM thread. */
  static boolean isCollector(String thread) {
    return thread.startsWith("GC Thread") || thread.startsWith("G1 ") || thread.equals("VM Thread");
  }

  /** utime + stime, fields 14 and 15 of a stat line: the 12th and 13th after the name's ')'. */
  static long ticks(String stat, int close) {
    String[] f = stat.substring(close + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  private static long processNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      long t = os.getProcessCpuTime();
      if (t >= 0) return t;
    }
    return 0;
  }
}
