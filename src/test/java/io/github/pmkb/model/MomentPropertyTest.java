package io.github.pmkb.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import io.github.pmkb.testing.TestSeed;

/**
 * {@link Moment} keeps a local date-time packed as seconds and nanoseconds: random valid moments
 * (before 1970, with nanoseconds, in DST gaps and overlaps, with and without a zone) give back what
 * they were made from, and order, measure and convert as the {@code java.time} values they stand
 * for; seconds outside {@link LocalDateTime}'s range are refused where a moment is made.
 */
class MomentPropertyTest {
  private static final int CASES = 20_000;
  private static final long FIRST = LocalDateTime.MIN.toEpochSecond(ZoneOffset.UTC);
  private static final long LAST = LocalDateTime.MAX.toEpochSecond(ZoneOffset.UTC);
  private static final ZoneId[] REGIONS = {ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"),
      ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC")};
  /** Local times in a spring-forward gap and a fall-back overlap of America/New_York. */
  private static final LocalDateTime[] DST = {LocalDateTime.of(2024, 3, 10, 2, 30), LocalDateTime.of(2024, 11, 3, 1, 30)};

  @Test
  void packedMomentsGiveBackWhatTheyWereMadeFrom() {
    long seed = TestSeed.get();
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      LocalDateTime local = local(random);
      ZoneId zone = zone(random);
      boolean dated = random.nextBoolean();
      boolean timed = !dated || random.nextBoolean();
      Moment m = new Moment(local, Optional.ofNullable(zone), dated, timed);
      String at = "case " + i + ", seed " + seed + ": " + local + " " + zone;
      assertThat(m.local()).as(at).isEqualTo(local);
      assertThat(m.zone()).as(at).isEqualTo(Optional.ofNullable(zone));
      assertThat(m.dated()).as(at).isEqualTo(dated);
      assertThat(m.timed()).as(at).isEqualTo(timed);
      assertThat(new Moment(local, Optional.ofNullable(zone), dated, timed)).as(at).isEqualTo(m).hasSameHashCodeAs(m);
      assertThat(m.instant()).as(at).isEqualTo(Optional.ofNullable(zone).map(z -> local.atZone(z).toInstant()));
    }
  }

  @Test
  void packedMomentsOrderMeasureAndConvertAsTheirJavaTimeValues() {
    long seed = TestSeed.get();
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      Moment a = Moment.of(near(random), zone(random));
      Moment b = random.nextInt(4) == 0 ? Moment.of(a.local().plusSeconds(random.nextInt(7200) - 3600), zone(random))
          : Moment.of(near(random), zone(random));
      String at = "case " + i + ", seed " + seed + ": " + a + " / " + b;
      assertThat(Integer.signum(a.compareTo(b))).as(at).isEqualTo(Integer.signum(sortKey(a).compareTo(sortKey(b))));
      assertThat(Integer.signum(a.compareTo(b))).as(at).isEqualTo(-Integer.signum(b.compareTo(a)));
      Duration expected = a.zone().isPresent() && b.zone().isPresent()
          ? Duration.between(a.instant().get(), b.instant().get())
          : Duration.between(a.local(), b.local());
      assertThat(a.until(b)).as(at).isEqualTo(expected);
      ZoneId other = REGIONS[random.nextInt(REGIONS.length)];
      Moment moved = a.inZone(other);
      if (a.zone().isPresent() && !a.zone().get().equals(other)) {
        LocalDateTime there = a.local().atZone(a.zone().get()).withZoneSameInstant(other).toLocalDateTime();
        assertThat(moved.local()).as(at).isEqualTo(there);
        // A local time in a fall-back hour stands for two instants and reads as the first, as a
        // LocalDateTime with its zone does: the instant survives everywhere else.
        if (other.getRules().getValidOffsets(there).size() == 1) assertThat(moved.instant()).as(at).isEqualTo(a.instant());
      } else {
        assertThat(moved).as(at).isSameAs(a);
      }
    }
  }

  @Test
  void secondsOutsideTheRangeOfLocalDateTimeAreRefused() {
    long seed = TestSeed.get();
    Random random = new Random(seed);
    assertThat(new Moment(FIRST, 0, null, true, true).local()).isEqualTo(LocalDateTime.MIN.withNano(0));
    assertThat(new Moment(LAST, 999_999_999, null, true, true).local()).isEqualTo(LocalDateTime.MAX);
    for (int i = 0; i < 1000; i++) {
      long below = FIRST - 1 - (long) (random.nextDouble() * 1e12);
      long above = LAST + 1 + (long) (random.nextDouble() * 1e12);
      String at = "case " + i + ", seed " + seed;
      assertThatThrownBy(() -> new Moment(below, 0, null, true, true)).as(at).isInstanceOf(DateTimeException.class);
      assertThatThrownBy(() -> new Moment(above, 0, ZoneOffset.UTC, true, false)).as(at)
          .isInstanceOf(DateTimeException.class);
      long inside = FIRST + (long) (random.nextDouble() * (LAST - FIRST));
      assertThat(new Moment(inside, 0, null, false, true).localSecond()).as(at).isEqualTo(inside);
    }
    assertThatThrownBy(() -> new Moment(0, 1_000_000_000, null, true, true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Moment(0, -1, null, true, true)).isInstanceOf(IllegalArgumentException.class);
  }

  /** What moments were ordered by before they were packed: the instant, or the local time read as UTC. */
  private static Instant sortKey(Moment m) {
    return m.instant().orElse(m.local().toInstant(ZoneOffset.UTC));
  }

  /** Anywhere in LocalDateTime's range, or in the centuries postmortems are written in, or at a DST change. */
  private static LocalDateTime local(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> LocalDateTime.ofEpochSecond(FIRST + 86_400 + (long) (random.nextDouble() * (LAST - FIRST - 2 * 86_400)),
          nanos(random), ZoneOffset.UTC);
      default -> near(random);
    };
  }

  /** Between 1900 and 2100 (before 1970 too), now and then at a DST change, with nanoseconds or none. */
  private static LocalDateTime near(Random random) {
    if (random.nextInt(10) == 0) return DST[random.nextInt(DST.length)].plusMinutes(random.nextInt(120) - 60);
    long second = -2_208_988_800L + (long) (random.nextDouble() * 6_311_433_600L);
    return LocalDateTime.ofEpochSecond(second, nanos(random), ZoneOffset.UTC);
  }

  private static int nanos(Random random) {
    return random.nextBoolean() ? 0 : random.nextInt(1_000_000_000);
  }

  private static ZoneId zone(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> null;
      case 1 -> ZoneOffset.ofTotalSeconds((random.nextInt(145) - 72) * 900);
      default -> REGIONS[random.nextInt(REGIONS.length)];
    };
  }
}
