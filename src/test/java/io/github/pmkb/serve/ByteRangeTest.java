package io.github.pmkb.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTest {
  @Test
  void readsTheThreeFormsOfOneRange() {
    assertThat(ByteRange.parse("bytes=10-19", 100)).hasValueSatisfying(r -> assertThat(r).containsExactly(10, 19));
    assertThat(ByteRange.parse("bytes=90-", 100)).hasValueSatisfying(r -> assertThat(r).containsExactly(90, 99));
    assertThat(ByteRange.parse("bytes=-5", 100)).hasValueSatisfying(r -> assertThat(r).containsExactly(95, 99));
    assertThat(ByteRange.parse("bytes=95-200", 100)).hasValueSatisfying(r -> assertThat(r).containsExactly(95, 99));
  }

  @Test
  void refusesWhatCannotBeServed() {
    assertThat(ByteRange.parse("bytes=100-", 100)).isEmpty();
    assertThat(ByteRange.parse("bytes=20-10", 100)).isEmpty();
    assertThat(ByteRange.parse("bytes=0-1,5-9", 100)).isEmpty();
    assertThat(ByteRange.parse("items=0-1", 100)).isEmpty();
    assertThat(ByteRange.parse("bytes=-", 100)).isEmpty();
    assertThat(ByteRange.parse("bytes=-0", 100)).isEmpty();
    assertThat(ByteRange.parse("bytes=99999999999999999999-", 100)).isEmpty();
  }
}
