package io.github.pmkb.build;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Times the stages of one run of the pipeline. */
final class Stopwatch {
  private final long start = System.nanoTime();
  private final Map<String, Duration> stages = new LinkedHashMap<>();
  private long mark = start;
  private Duration extra = Duration.ZERO;

  /** Ends the stage running since the last lap. */
  void lap(String stage) {
    long now = System.nanoTime();
    stages.put(stage, Duration.ofNanos(now - mark));
    mark = now;
  }

  /** A stage that ran elsewhere: counted in the elapsed time too. */
  void add(String stage, Duration d) {
    stages.put(stage, d);
    extra = extra.plus(d);
  }

  Map<String, Duration> stages() {
    return stages;
  }

  Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - start).plus(extra);
  }
}
