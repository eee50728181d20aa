package io.github.pmkb.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A moment past the range of {@link LocalDateTime} fails where it is made, as {@code
 * LocalDateTime.plusDays} did, so the file that states it is skipped with SRC006 while it is read,
 * rather than the build stopping when a page shows it.
 */
class MomentRangeTest {
  @Test
  void aRangeEndPushedPastTheLastDayFailsWhereItIsMade() {
    Moment lastNight = Moment.of(LocalDateTime.MAX.withHour(23).withMinute(0), ZoneId.of("America/New_York"));
    assertThatThrownBy(() -> lastNight.plusDays(1)).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> lastNight.plusHours(12)).isInstanceOf(DateTimeException.class);
    Moment firstDay = Moment.of(LocalDateTime.MIN, null);
    assertThatThrownBy(() -> firstDay.plusDays(-1)).isInstanceOf(DateTimeException.class);
  }
}
