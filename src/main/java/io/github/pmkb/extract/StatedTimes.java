package io.github.pmkb.extract;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.pmkb.model.Moment;

/**
 * What the prose says about the incident's times outside the timeline: the incident date, a
 * range ("from 02:15 AM to 04:45 AM UTC", "between 9:00 AM and 11:30 AM EAT",
 * "10:15 AM - 11:45 AM (UTC-4)"), labels ("Start Time:", "End Time:", "Detection Time:") and a
 * stated total ("Duration: 2 hours", "lasted about 4 hours").
 *
 * @param zone the first zone written in the summary area: the default for timeline lines
 */
record StatedTimes(Optional<Found<LocalDate>> date, Optional<Found<ZoneId>> zone, Optional<Found<Moment>> start,
    Optional<Found<Moment>> end, Optional<Found<Moment>> detected, Optional<Found<Duration>> duration) {

  /** A value and the 0-based body line it was read from. */
  record Found<T>(T value, int index) {}

  private static final Pattern CONNECTOR = Pattern.compile("(?i)^[\\s,*_]*(?:\\([^)]*\\))?[\\s,*_]*(?:on\\s+[^\\d]{0,12})?"
      + "(?:to|and|(?:and\\s+)?(?:lasted\\s+|lasting\\s+|continued\\s+)?(?:until|till)|through|thru|-|–|—|~)[\\s*_]*(?:on\\s+)?$");
  static final Pattern START_LABEL = Pattern.compile("(?i)^[\\W_]*(?:incident\\s+|outage\\s+|impact\\s+)?"
      + "(?:start(?:ed)?(?:\\s*(?:time|date|at))?|began|begin)[\\W_]{0,4}:");
  static final Pattern END_LABEL = Pattern.compile("(?i)^[\\W_]*(?:incident\\s+|outage\\s+|impact\\s+)?"
      + "(?:end(?:ed)?(?:\\s*(?:time|date|at))?|resolved(?:\\s*(?:time|at))?|resolution time|recovery time)[\\W_]{0,4}:");
  static final Pattern DETECT_LABEL = Pattern.compile("(?i)^[\\W_]*(?:detect(?:ion|ed)?(?:\\s*(?:time|at))?|time of detection)[\\W_]{0,4}:");

  static final Pattern DURATION_LABEL = Pattern.compile("(?i)^[\\W_]*duration\\b.*");
  static final Pattern RECOVERY_LABEL = Pattern.compile("(?i)^[\\W_]*time to (?:recover|resol|restor).*");
  private static final Pattern LOOSE_END_LABEL = Pattern.compile("(?i).*\\bend(?:ed)?(?:\\s*(?:time|date|at))?\\s*:.*");

  /** Which labels a line starts with; each label regex runs at most once per line. */
  private record Labels(boolean start, boolean end, boolean detect, boolean other) {
    private static final Labels NONE = new Labels(false, false, false, false);

    boolean any() {
      return start || end || detect || other;
    }

    static Labels of(String line) {
      if (!mayBeLabel(line)) return NONE;
      return new Labels(START_LABEL.matcher(line).find(), END_LABEL.matcher(line).find(),
          DETECT_LABEL.matcher(line).find(),
          DURATION_LABEL.matcher(line).matches() || RECOVERY_LABEL.matcher(line).matches());
    }
  }

  /** The words a label can open with, after any leading punctuation. */
  private static final String[] LABEL_WORDS = {"incident", "outage", "impact", "start", "began", "begin", "end",
      "resolved", "resolution", "recovery", "detect", "time", "duration"};

  /**
   * Whether the first word could open a label: every label pattern skips {@code [\W_]*} (anything
   * but an ASCII letter or digit), then needs one of {@link #LABEL_WORDS}. Most lines are prose,
   * and five regexes per line were a large part of extraction.
   */
  static boolean mayBeLabel(String line) {
    int k = 0;
    while (k < line.length() && !isAsciiLetterOrDigit(line.charAt(k))) k++;
    for (String w : LABEL_WORDS) {
      if (line.regionMatches(true, k, w, 0, w.length())) return true;
    }
    return false;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** How far the summary area reaches when there is no timeline heading to stop at. */
  private static final int SUMMARY_LINES = 40;

  static StatedTimes read(BodyLines lines, int timelineStart) {
    Optional<Found<LocalDate>> date = Optional.empty();
    Optional<Found<ZoneId>> zone = Optional.empty();
    Optional<Found<Moment>> start = Optional.empty();
    Optional<Found<Moment>> end = Optional.empty();
    Optional<Found<Moment>> detected = Optional.empty();
    Optional<Found<Duration>> duration = Optional.empty();
    boolean daysOnly = false;
    int limit = timelineStart >= 0 ? timelineStart : Math.min(lines.size(), SUMMARY_LINES);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.isFenced(i) || lines.isBlank(i)) continue;
      String line = lines.get(i);
      boolean summary = i < limit;
      Labels is = Labels.of(line);
      if (!summary && !is.any()) continue;
      List<Stamp> stamps = Stamps.findAll(line);
      Optional<Integer> year = date.map(f -> f.value().getYear());
      Optional<LocalDate> lineDay = stamps.stream().filter(Stamp::hasDate).map(s -> s.date(year))
          .flatMap(Optional::stream).findFirst();
      if (date.isEmpty() && summary) {
        Optional<LocalDate> d = stamps.stream().filter(s -> s.year().isPresent()).map(s -> s.date(Optional.empty()))
            .flatMap(Optional::stream).findFirst();
        if (d.isPresent()) date = Optional.of(new Found<>(d.get(), i));
      }
      if (zone.isEmpty() && (summary || is.any())) {
        Optional<ZoneId> z = stamps.stream().map(Stamp::zone).flatMap(Optional::stream).findFirst();
        if (z.isEmpty()) z = looseZone(line);
        if (z.isPresent()) zone = Optional.of(new Found<>(z.get(), i));
      }
      Optional<LocalDate> day = lineDay.or(() -> Optional.empty());
      if (day.isEmpty() && !date.isEmpty()) day = Optional.of(date.get().value());
      if (is.start() && start.isEmpty()) {
        start = first(stamps, day, i);
        // "Start time: 9:00 AM (EAT), End time: 10:00 AM (EAT)" on one line.
        if (end.isEmpty() && LOOSE_END_LABEL.matcher(line).matches()) {
          Optional<Stamp> second = stamps.stream().filter(Stamp::hasTime).skip(1).findFirst();
          if (second.isPresent()) end = Optional.of(new Found<>(moment(second.get(), day, second.get().zone()), i));
        }
      }
      else if (is.end() && end.isEmpty()) end = first(stamps, day, i);
      else if (is.detect() && detected.isEmpty()) detected = first(stamps, day, i);
      else if ((start.isEmpty() || daysOnly) && (summary || is.any())) {
        Optional<Moment[]> range = range(line, stamps, day);
        // "May 19 until May 20" gives days; a later "from 00:00 to 13:15" gives the hours.
        if (range.isPresent() && !(daysOnly && isMidnight(range.get()))) {
          daysOnly = isMidnight(range.get());
          start = Optional.of(new Found<>(range.get()[0], i));
          end = Optional.of(new Found<>(range.get()[1], i));
        }
      }
      if (duration.isEmpty() && (summary || is.any())) {
        Optional<Duration> d = DurationParser.stated(line);
        if (d.isPresent()) duration = Optional.of(new Found<>(d.get(), i));
      }
    }
    return new StatedTimes(date, zone, start, end, detected, duration);
  }

  private static boolean isMidnight(Moment[] range) {
    return range[0].local().toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
        && range[1].local().toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
  }

  /** A zone token anywhere in the line, such as "(UTC-4)" after a range. */
  private static Optional<ZoneId> looseZone(String line) {
    Matcher m = Zones.TOKEN_IN_TEXT.matcher(line);
    return m.find() ? Zones.of(m.group(1)) : Optional.empty();
  }

  private static Optional<Found<Moment>> first(List<Stamp> stamps, Optional<LocalDate> day, int i) {
    return stamps.stream().filter(Stamp::hasTime).findFirst().map(s -> new Found<>(moment(s, day, s.zone()), i));
  }

  /** Two stamps joined by "to", "and", "-" ...: start and end, sharing date and zone. */
  static Optional<Moment[]> range(String line, List<Stamp> stamps, Optional<LocalDate> day) {
    for (int k = 0; k + 1 < stamps.size(); k++) {
      Stamp a = stamps.get(k);
      Stamp b = stamps.get(k + 1);
      if (!a.hasTime() && !(a.hasDate() && b.hasDate())) continue;
      if (!CONNECTOR.matcher(line.substring(a.end(), b.start())).matches()) continue;
      Optional<ZoneId> zone = a.zone().or(b::zone).or(() -> looseZone(line.substring(b.end())));
      Optional<Integer> year = day.map(LocalDate::getYear);
      Optional<LocalDate> aDay = a.date(year).or(() -> day);
      Optional<LocalDate> bDay = b.date(year.or(() -> aDay.map(LocalDate::getYear))).or(() -> aDay);
      Moment start = moment(a, aDay, a.zone().or(() -> zone));
      Moment end = moment(b, bDay, b.zone().or(() -> zone));
      // "from 11 PM to 1 AM": the end is on the next day.
      if (end.compareTo(start) < 0 && !b.hasDate()) end = end.plusDays(1);
      return Optional.of(new Moment[] {start, end});
    }
    return Optional.empty();
  }

  static Moment moment(Stamp s, Optional<LocalDate> day, Optional<ZoneId> zone) {
    Optional<LocalDate> d = s.date(day.map(LocalDate::getYear)).or(() -> day);
    java.time.LocalTime t = s.time().orElse(java.time.LocalTime.MIDNIGHT);
    return d.isPresent() ? Moment.of(d.get().atTime(t), zone.orElse(null)) : Moment.timeOnly(t, zone.orElse(null));
  }
}
