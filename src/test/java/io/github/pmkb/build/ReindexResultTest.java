package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A finished reindex keeps its own copy of the step timings, in the order they ran. */
class ReindexResultTest {
  private static StageTime took(long ms) {
    return new StageTime(Duration.ofMillis(ms), Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  @Test
  void stepsAreACopyInTheirOrder() {
    Map<String, StageTime> laps = new LinkedHashMap<>();
    laps.put("related", took(3));
    laps.put("index", took(1));
    Reindex.Result r = new Reindex.Result(null, null, null, null, null, laps);

    laps.put("search export", took(2));

    assertThat(r.steps()).containsExactly(Map.entry("related", took(3)), Map.entry("index", took(1)));
    assertThatThrownBy(() -> r.steps().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
