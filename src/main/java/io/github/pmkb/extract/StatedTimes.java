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
 * @param mentioned the first time the summary area states that is not an end, a detection or a
 *     resolution ("On June 5 at 10:00 PM, a bad manifest ..."): when the story starts
 * @param isMentionedApproximate whether that time is hedged ("close to 10:00", "around 01:00"),
 *     so that a timeline entry saying the same more exactly wins
 * @param isDateARangeStart whether the date opens a stated range of days ("from May 19 until May
 *     20"): the text's own word on the day the incident began
 * @param isStartApproximate whether the stated range is hedged ("from around 01:00 to 10:00")
 */
record StatedTimes(Optional<Found<LocalDate>> date, Optional<Found<ZoneId>> zone, Optional<Found<Moment>> start,
    Optional<Found<Moment>> end, Optional<Found<Moment>> detected, Optional<Found<Duration>> duration,
    Optional<Found<Moment>> mentioned, boolean isMentionedApproximate, boolean isDateARangeStart,
    boolean isStartApproximate) {

  /** A value and the 0-based body line it was read from. */
  record Found<T>(T value, int index) {}

  static final Pattern START_LABEL = Pattern.compile("(?i)^[\\W_]*(?:incident\\s+|outage\\s+|impact\\s+)?"
      + "(?:start(?:ed)?(?:\\s*(?:time|date|at))?|began|begin)[\\W_]{0,4}:");
  static final Pattern END_LABEL = Pattern.compile("(?i)^[\\W_]*(?:incident\\s+|outage\\s+|impact\\s+)?"
      + "(?:end(?:ed)?(?:\\s*(?:time|date|at))?|resolved(?:\\s*(?:time|at))?|resolution time|recovery time)[\\W_]{0,4}:");
  static final Pattern DETECT_LABEL = Pattern.compile("(?i)^[\\W_]*(?:detect(?:ion|ed)?(?:\\s*(?:time|at))?|time of detection)[\\W_]{0,4}:");

  /** Words that hedge the time right after them. */
  private static final Pattern APPROXIMATE = SharedBoundary.compile("(?i)(?:±|~|≈|\\babout|\\baround|\\bapprox\\w*\\.?|\\broughly"
      + "|\\bclose to|\\bcirca|\\bnearly)\\s*$", 0);

  /** A date that is not the incident's: when the report was posted, updated or due. */
  static final Pattern METADATA_DATE = Pattern.compile("(?i)^[\\W_]*(?:posted|published|written|updated|last updated|created"
      + "|due|submitted|reviewed|modified|report(?:ed)? date|date (?:of (?:the )?report|published|written|posted))\\b[^:\\n]{0,20}:");
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

  /** "Date of incident:", "Incident date:", "Date of the outage:": the day the text names as the incident's. */
  private static final Pattern INCIDENT_DAY_LABEL = Pattern.compile("(?i)^[\\W_]*(?:date of (?:the )?(?:incident|outage)"
      + "|(?:incident|outage) date)[*_\\s]*:");
  /** "Time to detection: 40 minutes", "Time to detect (TTD): 12 min". */
  private static final Pattern DETECT_AFTER_LABEL = Pattern.compile("(?i)^[\\W_]*(?:time to detect(?:ion)?|TTD)\\b[^:\\n]{0,12}:[*_\\s]*(?<v>.+)$");

  /** Whether {@code line} holds {@code word} (lower case) in any case: a literal check before a regex. */
  private static boolean mentions(String line, String word) {
    for (int k = 0, n = line.length() - word.length(); k <= n; k++) {
      if (line.regionMatches(true, k, word, 0, word.length())) return true;
    }
    return false;
  }

  /** The day a label names as the incident's, if one does. */
  static Optional<LocalDate> labelledDay(BodyLines lines) {
    TextDays text = new TextDays(lines);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.isFenced(i) || !mentions(lines.get(i), "date") || !INCIDENT_DAY_LABEL.matcher(lines.get(i)).lookingAt()) continue;
      Optional<LocalDate> d = incidentDay(Stamps.findAll(lines.get(i)), text);
      if (d.isPresent()) return d;
    }
    return Optional.empty();
  }

  /** A stated time to detect, if a label gives one. */
  static Optional<Duration> timeToDetect(BodyLines lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.isFenced(i) || !(mentions(lines.get(i), "detect") || mentions(lines.get(i), "ttd"))) continue;
      Matcher m = DETECT_AFTER_LABEL.matcher(keyValueRow(lines.get(i)));
      if (m.matches()) return DurationParser.parse(DurationParser.withDigits(m.group("v").replaceAll("[*_`]", "")));
    }
    return Optional.empty();
  }

  /** A line that opens a block of its own, not the wrapped rest of a sentence. */
  private static final Pattern BLOCK_START = Pattern.compile("^\\s*(?:[-*+•>|#]|\\d+[.)]\\s|```|~~~)");

  /**
   * A stated length split by a hard line break ("a 100% outage for about" / "3 hours."): read on
   * the line joined with the next when the next continues the same paragraph, and only when the
   * amount needs both lines.
   */
  private static Optional<Duration> acrossWrap(BodyLines lines, int i, String line) {
    int j = i + 1;
    if (j >= lines.size() || lines.isBlank(j) || lines.isFenced(j) || line.isBlank()) return Optional.empty();
    String next = lines.get(j);
    if (BLOCK_START.matcher(next).lookingAt() || ATX_HEADING.matcher(line).lookingAt()) return Optional.empty();
    if (DurationParser.stated(next).isPresent()) return Optional.empty();
    return DurationParser.stated(line.stripTrailing() + " " + next.strip());
  }

  private static final Pattern ATX_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s");

  /** How far the summary area reaches when there is no timeline heading to stop at. */
  private static final int SUMMARY_LINES = 40;

  /**
   * Reads the summary area (above {@code timelineStart}, else the first lines, and in any case above
   * {@code followUpStart}, the first action or lessons section) and labelled lines.
   * {@code knownDay} is the day front matter gives: times the prose states without a day are on it.
   */
  static StatedTimes read(BodyLines lines, int timelineStart, int followUpStart, Optional<LocalDate> knownDay) {
    Optional<Found<LocalDate>> date = Optional.empty();
    Optional<Found<ZoneId>> zone = Optional.empty();
    Optional<Found<Moment>> start = Optional.empty();
    Optional<Found<Moment>> end = Optional.empty();
    Optional<Found<Moment>> detected = Optional.empty();
    Optional<Found<Duration>> duration = Optional.empty();
    Optional<Found<Moment>> mentioned = Optional.empty();
    boolean approximate = false;
    boolean dateOpensRange = false;
    boolean startApproximate = false;
    Optional<Found<Duration>> headline = Optional.empty();
    int limit = timelineStart >= 0 ? timelineStart : Math.min(lines.size(), SUMMARY_LINES);
    if (followUpStart >= 0) limit = Math.min(limit, followUpStart);
    TextDays text = new TextDays(lines);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.isFenced(i) || lines.isBlank(i)) continue;
      boolean summary = i < limit;
      boolean row = lines.get(i).strip().startsWith("|");
      if (row && duration.isEmpty()) {
        Optional<Duration> d = tableDuration(lines, i);
        if (d.isPresent()) duration = Optional.of(new Found<>(d.get(), i + 2));
      }
      String line = row ? keyValueRow(lines.get(i)) : lines.get(i);
      Labels is = Labels.of(line);
      if (!summary && !is.any()) continue;
      List<Stamp> stamps = Stamps.findAll(line);
      // Dates and zones still come from the whole line; times and lengths not from a planned window.
      String free = PlannedWindows.blankOut(line);
      List<Stamp> unplanned = free == line ? stamps : stamps.stream().filter(x -> free.charAt(x.start()) != ' ').toList();
      Optional<Integer> year = date.map(f -> f.value().getYear());
      // A day the line gives to an earlier incident dates neither this one nor the line's times.
      List<Stamp> own = Clauses.ownDays(line, stamps);
      Optional<LocalDate> lineDay = own.stream().anyMatch(Stamp::isDayMonthAmbiguous) ? incidentDay(own, text)
          : own.stream().filter(Stamp::hasDate).map(x -> x.date(year)).flatMap(Optional::stream).findFirst();
      if (date.isEmpty() && summary && !METADATA_DATE.matcher(line).lookingAt()) {
        Optional<LocalDate> d = incidentDay(own, text);
        if (d.isPresent()) date = Optional.of(new Found<>(d.get(), i));
      }
      if (zone.isEmpty() && (summary || is.any())) {
        Optional<ZoneId> z = stamps.stream().map(Stamp::zone).flatMap(Optional::stream).findFirst();
        if (z.isEmpty()) z = looseZone(line);
        if (z.isPresent()) zone = Optional.of(new Found<>(z.get(), i));
      }
      Optional<LocalDate> day = lineDay.or(() -> knownDay);
      if (day.isEmpty() && !date.isEmpty()) day = Optional.of(date.get().value());
      if (is.start() && start.isEmpty()) {
        start = first(unplanned, day, i, date.isPresent());
        // "Start time: 9:00 AM (EAT), End time: 10:00 AM (EAT)" on one line.
        if (end.isEmpty() && LOOSE_END_LABEL.matcher(line).matches()) {
          Optional<Stamp> second = unplanned.stream().filter(Stamp::hasTime).skip(1).findFirst();
          if (second.isPresent()) end = Optional.of(new Found<>(onDay(second.get(), day, second.get().zone(), date.isPresent()), i));
        }
      }
      else if (is.end() && end.isEmpty()) end = first(unplanned, day, i, date.isPresent());
      else if (is.detect() && detected.isEmpty()) detected = first(stamps, day, i, date.isPresent());
      else if (start.isEmpty() && (summary || is.any())) {
        // "We expect to restore service between 15:00 and 16:00": a promised window, not the outage's.
        List<Stamp> happened = unplanned.stream().filter(x -> !Clauses.promised(line, x)).toList();
        Optional<Moment[]> range = StatedRanges.range(free, happened, day);
        // "May 19 until May 20" or "September 28th to 29th" gives days, not the hours of an
        // outage: no start, end or duration of its own (the date field reads the first day).
        if (range.isPresent() && !isMidnight(range.get())) {
          start = Optional.of(new Found<>(range.get()[0], i));
          end = Optional.of(new Found<>(range.get()[1], i));
          startApproximate = happened.stream().filter(Stamp::hasTime).findFirst()
              .map(t -> APPROXIMATE.matcher(line.substring(0, t.start())).find()).orElse(false);
        } else if (range.isPresent() && date.isPresent() && date.get().index() == i) {
          dateOpensRange = true;
        }
      }
      if (duration.isEmpty() && (summary || is.any())) {
        Optional<Duration> d = DurationParser.stated(free);
        if (d.isEmpty()) d = acrossWrap(lines, i, free);
        // A title's "down for two days" is a headline's round figure: the prose's own wins.
        boolean heading = ATX_HEADING.matcher(line).lookingAt();
        if (d.isPresent() && heading && headline.isEmpty()) headline = Optional.of(new Found<>(d.get(), i));
        if (d.isPresent() && !heading) duration = Optional.of(new Found<>(d.get(), i));
      }
      // A line that opens with its time is a timeline entry, read as one, not a summary's statement.
      if (mentioned.isEmpty() && summary && !is.end() && !is.detect() && !METADATA_DATE.matcher(line).lookingAt()
          && !opensWithTime(line)) {
        List<Stamp> told = unplanned.stream().filter(Stamp::hasTime)
            .filter(s -> !Clauses.endsSomething(line, s) && !Clauses.promised(line, s)).toList();
        // "paged the team at 13:12 after checkout began failing at 13:05": the page is not the start.
        Optional<Stamp> t = told.stream().filter(s -> !Markers.isNotice(Clauses.clauseBefore(line, s))).findFirst()
            .or(() -> told.stream().findFirst());
        if (t.isPresent()) {
          Optional<ZoneId> z = t.get().zone().or(() -> looseZone(line.substring(t.get().end())));
          mentioned = Optional.of(new Found<>(onDay(t.get(), day, z, date.isPresent()), i));
          approximate = APPROXIMATE.matcher(line.substring(0, t.get().start())).find();
        }
      }
    }
    if (duration.isEmpty()) duration = headline;
    return new StatedTimes(date, zone, start, end, detected, duration, mentioned, approximate, dateOpensRange, startApproximate);
  }

  /**
   * The first day a line states. A day without a year takes the year from a later stamp on the
   * line ("May 19 until May 20, 2020"), else the first year the text states; a numeric day that
   * reads either way (05/04/2020) follows a worded date elsewhere in the text that settles it, and
   * gives no day when nothing does (a guess would be wrong for half the world).
   */
  private static Optional<LocalDate> incidentDay(List<Stamp> stamps, TextDays text) {
    for (int k = 0; k < stamps.size(); k++) {
      Stamp s = stamps.get(k);
      if (!s.hasDate()) continue;
      List<Stamp> later = stamps.subList(k + 1, stamps.size());
      Optional<Integer> year = s.year().or(() -> later.stream().filter(Stamp::hasDate)
          .map(Stamp::year).flatMap(Optional::stream).findFirst()).or(text::firstYear);
      Optional<LocalDate> d = s.date(year);
      if (d.isEmpty()) continue;
      if (s.isDayMonthAmbiguous()) {
        LocalDate swapped = LocalDate.of(d.get().getYear(), d.get().getDayOfMonth(), d.get().getMonthValue());
        java.util.Set<LocalDate> settled = text.settledDays();
        if (settled.contains(swapped) && !settled.contains(d.get())) return Optional.of(swapped);
        if (!settled.contains(d.get())) return Optional.empty();
      }
      return d;
    }
    return Optional.empty();
  }

  private static final Pattern DURATION_CELL = Pattern.compile("(?i)^[\\s*_]*(?:(?:incident|outage|total|impact)\\s+)?"
      + "(?:duration|length|time to (?:recover\\w*|resol\\w*|restor\\w*))[\\s*_]*$");

  private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?[\\s:|-]+$");
  private static final Pattern EMPHASIS = Pattern.compile("[*_`]");

  /** A duration in a table: "| ... | Incident Duration |" over "| ... | 3h 45m |". */
  private static Optional<Duration> tableDuration(BodyLines lines, int header) {
    List<String> cells = cells(lines.get(header));
    int col = -1;
    for (int c = 0; c < cells.size() && col < 0; c++) if (DURATION_CELL.matcher(cells.get(c)).matches()) col = c;
    if (col < 0) return Optional.empty();
    int row = header + 1;
    if (row < lines.size() && TABLE_RULE.matcher(lines.get(row)).matches()) row++;
    if (row >= lines.size() || !lines.get(row).strip().startsWith("|")) return Optional.empty();
    List<String> values = cells(lines.get(row));
    return col < values.size() ? DurationParser.parse(EMPHASIS.matcher(values.get(col)).replaceAll("")) : Optional.empty();
  }

  /**
   * A row of a two-column table, "| Incident start | 2 May 2024 11:05 CEST |", read as the label
   * line "Incident start: 2 May 2024 11:05 CEST"; other rows stay as they are.
   */
  static String keyValueRow(String row) {
    List<String> cells = cells(row);
    if (cells.size() != 2) return row;
    String key = EMPHASIS.matcher(cells.get(0)).replaceAll("").strip();
    String value = cells.get(1).strip();
    if (key.isEmpty() || value.isEmpty() || key.endsWith(":") || TABLE_RULE.matcher(row).matches()) return row;
    return key + ": " + value;
  }

  private static List<String> cells(String row) {
    String t = row.strip();
    if (t.startsWith("|")) t = t.substring(1);
    if (t.endsWith("|")) t = t.substring(0, t.length() - 1);
    return List.of(t.split("\\|", -1));
  }

  private static final Pattern ENTRY_MARKS = Pattern.compile("^[\\s>*+\\-•|#`_\\[(]*");

  /** "| 16:02 | Flag enabled", "- 10:00 AM: Alert": a timeline entry, though no heading says so. */
  private static boolean opensWithTime(String line) {
    Matcher m = ENTRY_MARKS.matcher(line);
    return Stamps.at(line, m.lookingAt() ? m.end() : 0).filter(Stamp::hasTime).isPresent();
  }

  private static boolean isMidnight(Moment[] range) {
    return range[0].local().toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
        && range[1].local().toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
  }

  /** A zone token anywhere in the line, such as "(UTC-4)" after a range. */
  static Optional<ZoneId> looseZone(String line) {
    Matcher m = Zones.TOKEN_IN_TEXT.matcher(line);
    return m.find() ? Zones.of(m.group(1)) : Optional.empty();
  }

  private static Optional<Found<Moment>> first(List<Stamp> stamps, Optional<LocalDate> day, int i, boolean dated) {
    return stamps.stream().filter(Stamp::hasTime).findFirst().map(s -> new Found<>(onDay(s, day, s.zone(), dated), i));
  }

  /**
   * {@link #moment}, but while the text has no date, a numeric day that reads both ways ("Start
   * time: 03/04/2024 10:15") dates nothing: the incident's date would come from that guess.
   */
  private static Moment onDay(Stamp s, Optional<LocalDate> day, Optional<ZoneId> zone, boolean dated) {
    if (dated || !s.isDayMonthAmbiguous()) return moment(s, day, zone);
    java.time.LocalTime t = s.time().orElse(java.time.LocalTime.MIDNIGHT);
    return Moment.timeOnly(t, zone.orElse(null));
  }

  static Moment moment(Stamp s, Optional<LocalDate> day, Optional<ZoneId> zone) {
    Optional<LocalDate> d = s.date(day.map(LocalDate::getYear)).or(() -> day);
    java.time.LocalTime t = s.time().orElse(java.time.LocalTime.MIDNIGHT);
    return d.isPresent() ? Moment.of(d.get().atTime(t), zone.orElse(null)) : Moment.timeOnly(t, zone.orElse(null));
  }
}
