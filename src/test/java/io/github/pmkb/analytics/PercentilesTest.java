package io.github.pmkb.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {
  @Test
  void medianOfAnEvenCountInterpolates() {
    assertThat(Percentiles.median(List.of(20.0, 10.0)).getAsDouble()).isEqualTo(15.0);
  }

  @Test
  void p90InterpolatesBetweenRanks() {
    List<Double> oneToTen = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
    assertThat(Percentiles.of(oneToTen, 90).getAsDouble()).isCloseTo(9.1, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aLongOutageMovesTheMeanButNotTheMedian() {
    List<Double> minutes = List.of(10.0, 12.0, 15.0, 20.0, 600.0);
    assertThat(Percentiles.median(minutes).getAsDouble()).isEqualTo(15.0);
  }

  @Test
  void emptyHasNoValue() {
    assertThat(Percentiles.median(List.of())).isEmpty();
  }
}
