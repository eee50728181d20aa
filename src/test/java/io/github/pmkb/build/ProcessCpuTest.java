package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The CPU split reads Linux's per-thread stat lines, whose thread name may hold spaces and parentheses. */
class ProcessCpuTest {
  @Test
  void readsUserAndSystemTicksAfterTheThreadName() {
    String stat = "4242 (C2 CompilerThre) S 1 4200 4200 0 -1 4194368 120 0 0 0 731 56 0 0 20 0 40 0 88 0 0";
    assertThat(ProcessCpu.ticks(stat, stat.lastIndexOf(')'))).isEqualTo(731 + 56);
    String odd = "7 (a) (b c)) R 1 7 7 0 -1 0 0 0 0 0 5 6 0 0 20 0 1 0 3 0 0";
    assertThat(ProcessCpu.ticks(odd, odd.lastIndexOf(')'))).isEqualTo(11);
  }

  @Test
  void tellsCompilerAndCollectorThreadsFromTheBuildsOwn() {
    assertThat(ProcessCpu.isCompiler("C1 CompilerThre")).isTrue();
    assertThat(ProcessCpu.isCompiler("C2 CompilerThre")).isTrue();
    assertThat(ProcessCpu.isCollector("VM Thread")).isTrue();
    assertThat(ProcessCpu.isCollector("GC Thread#1")).isTrue();
    assertThat(ProcessCpu.isCollector("G1 Conc#0")).isTrue();
    assertThat(ProcessCpu.isCompiler("ForkJoinPool.co")).isFalse();
    assertThat(ProcessCpu.isCollector("main")).isFalse();
  }

  @Test
  void processTimeGrowsWithWorkAndHoldsItsParts() {
    ProcessCpu.splitByThread();
    // By the time tests run the JIT has compiled for far longer than one 10 ms tick.
    if (java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self/task"))) {
      assertThat(ProcessCpu.now().jit()).isPositive();
    }
    ProcessCpu.Sample before = ProcessCpu.now();
    long sink = LongStream.range(0, 50_000_000L).map(i -> i * i % 7).sum();
    ProcessCpu.Sample spent = ProcessCpu.now().minus(before);
    assertThat(sink).isPositive();
    assertThat(spent.total()).isPositive();
    assertThat(spent.jit()).isNotNegative();
    assertThat(spent.gc()).isNotNegative();
  }
}
