package io.github.pmkb.build;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Times the stages of one run of the pipeline: wall time and the process's CPU time. */
final class Stopwatch {
  private final long start = System.nanoTime();
  private final Map<String, StageTime> stages = new LinkedHashMap<>();
  private long mark = start;
  private ProcessCpu.Sample cpuMark = ProcessCpu.now();
  private Duration extra = Duration.ZERO;

  /** Ends the stage running since the last lap. */
  void lap(String stage) {
    long now = System.nanoTime();
    ProcessCpu.Sample cpu = ProcessCpu.now();
    stages.put(stage, StageTime.of(Duration.ofNanos(now - mark), cpu.minus(cpuMark)));
    mark = now;
    cpuMark = cpu;
  }

  /** A stage that ran elsewhere: counted in the elapsed time too. */
  void add(String stage, StageTime t) {
    stages.put(stage, t);
    extra = extra.plus(t.wall());
  }

  Map<String, StageTime> stages() {
    return stages;
  }

  Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - start).plus(extra);
  }
}
