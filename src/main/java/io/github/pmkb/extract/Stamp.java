package io.github.pmkb.extract;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A timestamp found in text, before any context is applied.
 *
 * @param year the year when written (a worded date may omit it)
 * @param day month and day when a date was written
 * @param time the time of day when written
 * @param zone the zone written next to the time
 * @param start offset of the first character in the searched text
 * @param end offset after the last character (zone included)
 */
record Stamp(Optional<Integer> year, Optional<MonthDay> day, Optional<LocalTime> time, Optional<ZoneId> zone,
    String raw, int start, int end) {

  boolean hasTime() {
    return time.isPresent();
  }

  boolean hasDate() {
    return day.isPresent();
  }

  /** Whether the time was written with AM or PM. */
  boolean hasMeridiem() {
    return time.isPresent() && MERIDIEM.matcher(raw).find();
  }

  private static final java.util.regex.Pattern NUMERIC_DAY = java.util.regex.Pattern.compile("(?s)\\d{1,2}[/.-]\\d{1,2}[/.-].*");
  private static final java.util.regex.Pattern MERIDIEM = java.util.regex.Pattern.compile("\\d\\s?[-.]?\\s?[AaPp]\\.?\\s?[Mm]\\b");

  /** A numeric day and month that both could be either (05/04/2020); read day first. */
  boolean isDayMonthAmbiguous() {
    if (day.isEmpty() || day.get().getDayOfMonth() > 12 || day.get().getDayOfMonth() == day.get().getMonthValue()) return false;
    return raw.length() > 4 && Chars.isDigit(raw.charAt(0)) && NUMERIC_DAY.matcher(raw).matches();
  }

  private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile("(?i)^(mon|tue|wed|thu|fri|sat|sun)");

  /** The weekday written before the day ("Thu 6 Mar"), if any. */
  Optional<java.time.DayOfWeek> weekday() {
    java.util.regex.Matcher m = WEEKDAY.matcher(raw);
    if (!m.find()) return Optional.empty();
    return switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
      case "mon" -> Optional.of(java.time.DayOfWeek.MONDAY);
      case "tue" -> Optional.of(java.time.DayOfWeek.TUESDAY);
      case "wed" -> Optional.of(java.time.DayOfWeek.WEDNESDAY);
      case "thu" -> Optional.of(java.time.DayOfWeek.THURSDAY);
      case "fri" -> Optional.of(java.time.DayOfWeek.FRIDAY);
      case "sat" -> Optional.of(java.time.DayOfWeek.SATURDAY);
      default -> Optional.of(java.time.DayOfWeek.SUNDAY);
    };
  }

  /** The full date when the year is written, else with {@code fallbackYear}. */
  Optional<LocalDate> date(Optional<Integer> fallbackYear) {
    if (day.isEmpty()) return Optional.empty();
    Optional<Integer> y = year.isPresent() ? year : fallbackYear;
    if (y.isEmpty() || !day.get().isValidYear(y.get())) return Optional.empty();
    return Optional.of(day.get().atYear(y.get()));
  }
}
