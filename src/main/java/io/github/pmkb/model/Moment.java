package io.github.pmkb.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A point in time as a postmortem states it: a local date-time, and its zone when the text says
 * which one. Most timeline lines carry no zone (71% in our survey), so the zone is optional and
 * instants exist only where it is known. Some postmortems never say the day; such moments are
 * {@linkplain #dated() undated}: their time of day is real, their date a placeholder.
 *
 * <p>A build holds every timeline until it ends, so a moment keeps its local date-time as seconds
 * and nanoseconds on the UTC clock and its zone as a plain reference, in one small object; the
 * {@code java.time} values a caller asks for ({@link #local()}, {@link #zone()}) are made on each
 * call.
 *
 * @param localSecond the local date-time's seconds from 1970-01-01T00:00 as if it were UTC
 * @param localNano the local date-time's nanosecond of its second
 * @param zoneOrNull the zone the text states, or null
 * @param dated whether the postmortem states the day
 * @param timed whether the postmortem states the time of day
 */
public record Moment(long localSecond, int localNano, ZoneId zoneOrNull, boolean dated, boolean timed)
    implements Comparable<Moment> {
  /** The placeholder day of undated moments; never shown. */
  private static final LocalDate NO_DAY = LocalDate.EPOCH;
  private static final long FIRST_SECOND = LocalDateTime.MIN.toEpochSecond(ZoneOffset.UTC);
  private static final long LAST_SECOND = LocalDateTime.MAX.toEpochSecond(ZoneOffset.UTC);

  public Moment {
    if (localNano < 0 || localNano > 999_999_999) throw new IllegalArgumentException("nanosecond out of range");
    // Checked here, as LocalDateTime would: plusDays on a day at the end of time then fails while
    // its file is read (one file skipped), not later in planning (the whole build stopped).
    if (localSecond < FIRST_SECOND || localSecond > LAST_SECOND) throw new DateTimeException("date-time out of range");
    if (!dated && !timed) throw new IllegalArgumentException("a moment has a day, a time of day or both");
  }

  /** A moment at {@code local}, in {@code zone} when the text states one. */
  public Moment(LocalDateTime local, Optional<ZoneId> zone, boolean dated, boolean timed) {
    this(requireLocal(local).toEpochSecond(ZoneOffset.UTC), local.getNano(), requireZone(zone).orElse(null), dated,
        timed);
  }

  private static LocalDateTime requireLocal(LocalDateTime local) {
    if (local == null) throw new IllegalArgumentException("local time and zone option required");
    return local;
  }

  private static Optional<ZoneId> requireZone(Optional<ZoneId> zone) {
    if (zone == null) throw new IllegalArgumentException("local time and zone option required");
    return zone;
  }

  public static Moment of(LocalDateTime local, ZoneId zone) {
    return new Moment(local, Optional.ofNullable(zone), true, true);
  }

  /** A time of day whose date the postmortem does not state. */
  public static Moment timeOnly(LocalTime time, ZoneId zone) {
    return new Moment(NO_DAY.atTime(time), Optional.ofNullable(zone), false, true);
  }

  /**
   * A day whose time the postmortem does not state ("2021-05-08 | release published"): a timeline
   * entry, sorted before the timed entries of its day, never a start or an end.
   */
  public static Moment dayOnly(LocalDate day, ZoneId zone) {
    return new Moment(day.atStartOfDay(), Optional.ofNullable(zone), true, false);
  }

  /** The local date-time as written (a placeholder day when undated, midnight when untimed). */
  public LocalDateTime local() {
    return LocalDateTime.ofEpochSecond(localSecond, localNano, ZoneOffset.UTC);
  }

  /** The zone the text states, if it does. */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zoneOrNull);
  }

  /** The same moment one day later (a timeline that passes midnight). */
  public Moment plusDays(long days) {
    return new Moment(localSecond + days * 86_400, localNano, zoneOrNull, dated, timed);
  }

  /** The same moment some hours later. */
  public Moment plusHours(long hours) {
    return new Moment(localSecond + hours * 3_600, localNano, zoneOrNull, dated, timed);
  }

  /** The same instant on the clock of {@code other}; a moment without zone is returned as it is. */
  public Moment inZone(ZoneId other) {
    if (zoneOrNull == null || zoneOrNull.equals(other)) return this;
    if (!timed) return new Moment(localSecond, localNano, other, dated, false);
    return new Moment(local().atZone(zoneOrNull).withZoneSameInstant(other).toLocalDateTime(), Optional.of(other), dated,
        true);
  }

  public Optional<Instant> instant() {
    return zone().map(z -> local().atZone(z).toInstant());
  }

  /**
   * ISO-8601: with offset when the zone is known ({@code 2024-03-11T02:15Z}), else local; undated
   * moments show the time only ({@code 02:15Z}), day-only moments the day ({@code 2024-03-11}).
   */
  public String iso() {
    LocalDateTime local = local();
    if (!timed) return local.toLocalDate().toString();
    if (!dated) {
      return local.toLocalTime() + zone().map(z -> z.equals(ZoneOffset.UTC) ? "Z"
          : z instanceof ZoneOffset o ? o.getId() : "[" + z.getId() + "]").orElse("");
    }
    return zone().map(z -> local.atZone(z).toOffsetDateTime().toString()).orElse(local.toString());
  }

  /**
   * Orders by instant, reading a moment without zone as UTC. A total order on purpose: comparing
   * by instant only when both zones are known is not transitive, and sorting needs transitivity.
   */
  @Override
  public int compareTo(Moment o) {
    int c = Long.compare(sortSecond(), o.sortSecond());
    return c != 0 ? c : Integer.compare(localNano, o.localNano);
  }

  /** Time from this moment to {@code later}: between instants when both zones are known, else as written. */
  public java.time.Duration until(Moment later) {
    if (instant().isPresent() && later.instant().isPresent()) {
      return java.time.Duration.between(instant().get(), later.instant().get());
    }
    return java.time.Duration.ofSeconds(later.localSecond - localSecond, later.localNano - localNano);
  }

  /** The instant's epoch second, reading a moment without zone as UTC. */
  private long sortSecond() {
    if (zoneOrNull == null) return localSecond;
    ZoneOffset offset = zoneOrNull instanceof ZoneOffset o ? o : zoneOrNull.getRules().getOffset(local());
    return localSecond - offset.getTotalSeconds();
  }
}
