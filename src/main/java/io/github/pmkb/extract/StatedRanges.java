package io.github.pmkb.extract;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.pmkb.model.Moment;

/**
 * A start and an end stated on one line: two stamps joined by "to", "-", "until" ("10:00-11:30
 * UTC"), or a sentence that tells of harm from one time "until" another.
 */
final class StatedRanges {
  private static final Pattern CONNECTOR = Pattern.compile("(?i)^[\\s,*_]*(?:\\([^)]*\\))?[\\s,*_]*(?:on\\s+[^\\d]{0,12})?"
      + "(?:to|and|(?:and\\s+)?(?:lasted\\s+|lasting\\s+|continued\\s+)?(?:until|till)|through|thru|-|–|—|~"
      + "|(?:and\\s+)?(?:ended|was resolved|recovered)(?:\\s+(?:on|at))?)[\\s*_]*(?:on\\s+)?"
      // The end's weekday: "Tuesday 14 May 22:10 – Wednesday 15 May 01:30".
      // The names exactly, so that "and monitoring 14:20" is no range.
      + "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?$");

  private StatedRanges() {}

  /** Two stamps joined by "to", "and", "-" ...: start and end, sharing date and zone. */
  static Optional<Moment[]> range(String line, List<Stamp> stamps, Optional<LocalDate> day) {
    for (int k = 0; k + 1 < stamps.size(); k++) {
      Stamp a = stamps.get(k);
      Stamp b = stamps.get(k + 1);
      if (!a.hasTime() && !(a.hasDate() && b.hasDate())) continue;
      if (!CONNECTOR.matcher(line.substring(a.end(), b.start())).matches()) continue;
      // "10:00:00-05:00" is a time and an offset written without its ISO date, not 10:00 to 05:00:
      // the two ends of a range are written alike.
      if (!a.hasDate() && !b.hasDate() && hasSeconds(a) != hasSeconds(b)) continue;
      Optional<ZoneId> zone = a.zone().or(b::zone).or(() -> StatedTimes.looseZone(line.substring(b.end())));
      Optional<Integer> year = day.map(LocalDate::getYear);
      Optional<LocalDate> aDay = a.date(year).or(() -> day);
      Optional<LocalDate> bDay = b.date(year.or(() -> aDay.map(LocalDate::getYear))).or(() -> aDay);
      Moment start = StatedTimes.moment(a, aDay, a.zone().or(() -> zone));
      Moment end = StatedTimes.moment(b, bDay, b.zone().or(() -> zone));
      // "from 1:10pm until 1:19": the end shares the start's afternoon.
      if (a.hasMeridiem() && !b.hasMeridiem() && !b.hasDate() && a.time().get().getHour() >= 12
          && b.time().get().getHour() < 12 && !end.plusHours(12).local().isBefore(start.local())) {
        end = end.plusHours(12);
      }
      // "from 11 PM to 1 AM": the end is on the next day.
      if (end.compareTo(start) < 0 && !b.hasDate()) end = end.plusDays(1);
      return Optional.of(new Moment[] {start, end});
    }
    return spanned(line, stamps, day);
  }

  /** Words that close a span a sentence opened with a time ("... stalled at 01:30 UTC and did not move again until 04:00"). */
  private static final Pattern SPAN_END = Pattern.compile("(?i)\\b(?:until|till|up to)\\s+(?:about\\s+|around\\s+|roughly\\s+)?$");
  private static final Pattern STALLED = Pattern.compile("(?i)\\b(?:stall\\w*|stuck|hung|hang\\w*)\\b");
  /** What people did, not what the service suffered: the "until" ends their act, not the harm. */
  private static final Pattern NOT_HARM_SPAN = Pattern.compile("(?i)\\b(?:acknowledg\\w*|ack(?:ed)?|paged|paus\\w*|schedul\\w*"
      + "|maintenance|announc\\w*|notif\\w*|escalat\\w*|noticed|detected|investigat\\w*|wait\\w*|froze|freez\\w*)\\b");
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.;!?]\\s|\\bbut\\b|\\bthen\\b");

  /**
   * A start time and an end time in one sentence, the end after "until": the words between may
   * hold a day ("at 01:30 UTC on 3 March 2024 and ... until 04:00") but no other time.
   */
  private static Optional<Moment[]> spanned(String line, List<Stamp> stamps, Optional<LocalDate> day) {
    for (int k = 0; k < stamps.size(); k++) {
      Stamp a = stamps.get(k);
      if (!a.hasTime()) continue;
      int j = k + 1;
      while (j < stamps.size() && !stamps.get(j).hasTime()) j++;
      if (j == stamps.size()) return Optional.empty();
      Stamp b = stamps.get(j);
      String between = line.substring(a.end(), b.start());
      if (between.length() > 100 || SENTENCE_BREAK.matcher(between).find() || !SPAN_END.matcher(between).find()) continue;
      // "paused deploys until 18:00", "was not acknowledged until 09:40": an "until" ends the
      // harm only where the sentence tells of harm, and not of people noticing or planning.
      String clause = line.substring(sentenceStart(line, a.start()), b.start());
      if (!(Markers.tellsOfHarm(clause) || STALLED.matcher(clause).find()) || NOT_HARM_SPAN.matcher(between).find()) continue;
      Optional<ZoneId> zone = a.zone().or(b::zone);
      Optional<LocalDate> aDay = a.date(day.map(LocalDate::getYear)).or(() -> day);
      Moment start = StatedTimes.moment(a, aDay, a.zone().or(() -> zone));
      Moment end = StatedTimes.moment(b, b.date(aDay.map(LocalDate::getYear)).or(() -> aDay), b.zone().or(() -> zone));
      if (end.compareTo(start) < 0 && !b.hasDate()) end = end.plusDays(1);
      return Optional.of(new Moment[] {start, end});
    }
    return Optional.empty();
  }

  private static final Pattern SECONDS = Pattern.compile("\\d:[0-5]\\d:[0-5]\\d");

  private static boolean hasSeconds(Stamp s) {
    return SECONDS.matcher(s.raw()).find();
  }

  private static int sentenceStart(String line, int at) {
    Matcher m = SENTENCE_BREAK.matcher(line).region(0, at);
    int start = 0;
    while (m.find()) start = m.end();
    return start;
  }
}
