package io.github.pmkb.build;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;

/**
 * How long one stage took: wall time, and the CPU time the whole process spent meanwhile, of
 * which the JIT compiler's threads and the garbage collector's (see {@link ProcessCpu}). On a busy
 * machine wall time includes waiting for a core; CPU time does not, so it is the figure to
 * compare between runs there.
 */
public record StageTime(Duration wall, Duration cpu, Duration jit, Duration gc) {
  public static final StageTime ZERO = new StageTime(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

  /** CPU time that was neither compiling nor collecting. */
  public Duration work() {
    return cpu.minus(jit).minus(gc);
  }

  public StageTime plus(StageTime o) {
    return new StageTime(wall.plus(o.wall), cpu.plus(o.cpu), jit.plus(o.jit), gc.plus(o.gc));
  }

  /**
   * Turns on the compiler's and collector's share in every stage's figures (for {@code --timings};
   * without it they are zero and sampling reads no per-thread files).
   */
  public static void splitCompilerAndCollector() {
    ProcessCpu.splitByThread();
  }

  /**
   * From the JVM's start until now: what a command spent before its first stage (starting the
   * JVM, loading classes, reading its arguments).
   */
  public static StageTime sinceJvmStart() {
    ProcessCpu.Sample s = ProcessCpu.now();
    return of(Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime()), s);
  }

  static StageTime of(Duration wall, ProcessCpu.Sample cpu) {
    return new StageTime(wall, Duration.ofNanos(cpu.total()), Duration.ofNanos(cpu.jit()), Duration.ofNanos(cpu.gc()));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d ms (cpu %d ms)", wall.toMillis(), cpu.toMillis());
  }
}
