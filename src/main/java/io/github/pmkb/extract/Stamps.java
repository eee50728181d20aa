package io.github.pmkb.extract;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds timestamps in free text: ISO and numeric dates, worded dates ("June 7th, 2024", "12th
 * March"), 12- and 24-hour times ("9:00 AM", "13:20PM", "8.40 AM", "5:PM", "2100hrs") and zones.
 * The grammar follows POSTMORTEMS.md §4; quirks are interpreted as the survey found them:
 * {@code 13:20PM} is 13:20, {@code 12:05 AM} is 00:05. Exports write ISO 8601
 * ("2024-02-12T15:05:00.000+0000": fractions of a second, an offset after the seconds of a full
 * ISO stamp only, so that "10:00-11:30" and "14:02:11-14:05:40" stay ranges) and Jira's "12/Feb/24 3:05 PM".
 */
final class Stamps {
  private static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
          + "|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
          // Full names in lower case too ("29 april 2022"), but not "may", which is mostly a verb.
          + "|january|february|march|april|june|july|august|september|october|november|december)\\.?(?![a-z])";
  /** The end of a range of days, "September 28-29, 2023": the stamp is its first day. */
  private static final String LAST_DAY = "(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?(?=,?\\s*\\d{4}|\\s+(?:of\\s+)?\\p{L}))?";
  private static final String DATE = "(?:(?<iy>\\d{4})[-/](?<im>\\d{1,2})[-/](?<id>\\d{1,2})(?!\\d)"
      // Jira's "12/Feb/24": day, month abbreviation, two- or four-digit year.
      + "|(?<jd>\\d{1,2})/(?<jmon>" + MONTH + ")/(?<jy>\\d{4}|\\d{2})(?!\\d)"
      + "|(?<d1>\\d{1,2})[/.-](?<d2>\\d{1,2})[/.-](?<dy>\\d{4}|\\d{2})(?![\\d:])"
      + "|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+)?(?<mon>" + MONTH + ")\\s*(?:the\\s+)?(?<md>\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d)"
      + "(?:" + LAST_DAY + ",?\\s*(?<my>\\d{4})(?!\\d))?"
      // A weekday may open either worded order: "Tue 4 Feb", "Tuesday, 4 February".
      + "|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+)?(?<dd>\\d{1,2})(?:st|nd|rd|th)?" + LAST_DAY + "\\s+(?:of\\s+)?(?<mon2>" + MONTH + ")(?:,?\\s*(?<my2>\\d{4})(?!\\d))?)";
  /**
   * An offset after the seconds, only inside a full ISO stamp (date, 'T', time): elsewhere
   * "14:02:11-14:05:40" is a range of times, and its second half is no zone.
   */
  private static final String ISO_OFFSET = "(?:(?<=\\d{4}-\\d{1,2}-\\d{1,2}T\\d{1,2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?)"
      + "(?<off>[+\\-](?:0\\d|1[0-4]):?[0-5]\\d)(?![:\\d]))?";
  private static final String TIME = "(?:(?<h>[01]?\\d|2[0-3])\\s?:\\s?(?<m>[0-5]\\d)(?::(?<s>[0-5]\\d)(?:\\.\\d{1,9})?" + ISO_OFFSET + ")?(?!\\d)"
      + "(?:[\\s-]?(?<ap>[AaPp]\\.?\\s?[Mm]\\.?)(?![A-Za-z]))?"
      + "|(?<hd>1[0-2]|0?[1-9])\\.(?<md2>[0-5]\\d)\\s?(?<apd>[AaPp]\\.?[Mm]\\.?)(?![A-Za-z])"
      // "12.39UTC": a dotted 24-hour time, when a zone says it is one.
      + "|(?<hz>[01]?\\d|2[0-3])\\.(?<mz>[0-5]\\d)(?=\\s?(?:UTC|GMT)(?![A-Za-z]))"
      + "|(?<h12>1[0-2]|0?[1-9])\\s?:?\\s?(?<ap2>[AaPp]\\.?[Mm]\\.?)(?![A-Za-z])"
      + "|(?<mil>[01]\\d[0-5]\\d|2[0-3][0-5]\\d)\\s*h(?:rs?|ours)?(?![A-Za-z]))";
  private static final String TZ = "(?:(?:\\s*|-)[(\\[]?\\s*(?<tz>" + Zones.TOKEN + ")(?![A-Za-z])\\s*[)\\]]?)?";
  /** Between a date and its time: a comma, "at", a weekday in parentheses, "T". */
  private static final String JOIN = "(?:\\s*\\([^)\\d]{0,20}\\))?\\s*(?:,|\\bat\\b|T|-|–)?\\s*(?:at\\s+)?";

  /** A date, a time, or both; a zone may follow. Groups are checked in {@link #toStamp}. */
  static final Pattern STAMP = Pattern.compile("(?<![\\d:./A-Za-z])(?=[\\dA-Za-z])(?:" + DATE + "(?:" + JOIN
      + "(?=\\d))?)?(?:" + TIME + ")?" + TZ);

  private Stamps() {}

  /** Every timestamp in {@code text}, left to right. */
  static List<Stamp> findAll(String text) {
    // Every stamp has a day or a time, and both are written with digits; the regex tries every
    // word start of the line, so lines without a digit (most prose) skip it.
    if (!Chars.hasDigit(text)) return List.of();
    List<Stamp> out = new ArrayList<>();
    Matcher m = STAMP.matcher(text);
    // What Matcher.find would do, trying the regex only where a match can begin (mayStart):
    // the look-behind still sees the text before a candidate.
    m.useTransparentBounds(true);
    int n = text.length();
    int from = 0;
    while (from < n) {
      int p = from;
      while (p < n && !mayStart(text, p)) p++;
      if (p == n) break;
      m.region(p, n);
      if (m.lookingAt() && m.end() > p) {
        toStamp(m).ifPresent(out::add);
        from = m.end();
      } else {
        from = p + 1;
      }
    }
    return out;
  }

  /**
   * Whether a non-empty match of {@link #STAMP} can begin at {@code p}: at a word start (its
   * look-behind), with a digit (numeric dates and all times), an upper-case letter (month and
   * weekday names, zone abbreviations) or the first letter of "eastern", "pacific", "central" or
   * "mountain", which the zone names allow in any case, or of a month's full name in lower case. Elsewhere only empty matches occur, and
   * {@link #findAll} drops those.
   */
  static boolean mayStart(String text, int p) {
    char c = text.charAt(p);
    boolean first = Chars.isDigit(c) || (c >= 'A' && c <= 'Z') || "epcmjfasond".indexOf(c) >= 0;
    if (!first || p == 0) return first;
    char before = text.charAt(p - 1);
    return !(Chars.isDigit(before) || before == ':' || before == '.' || before == '/'
        || (before >= 'A' && before <= 'Z') || (before >= 'a' && before <= 'z'));
  }

  /** The timestamp that starts exactly at {@code from}, if any. */
  static Optional<Stamp> at(String text, int from) {
    Matcher m = STAMP.matcher(text);
    m.region(from, text.length());
    // Opaque bounds: the caller has already stripped decoration such as ":emoji:" before from.
    if (!m.lookingAt()) return Optional.empty();
    return toStamp(m);
  }

  private static Optional<Stamp> toStamp(Matcher m) {
    Optional<MonthDay> day = Optional.empty();
    Optional<Integer> year = Optional.empty();
    try {
      if (m.group("iy") != null) {
        year = Optional.of(Integer.parseInt(m.group("iy")));
        day = Optional.of(MonthDay.of(Integer.parseInt(m.group("im")), Integer.parseInt(m.group("id"))));
      } else if (m.group("d1") != null) {
        int a = Integer.parseInt(m.group("d1"));
        int b = Integer.parseInt(m.group("d2"));
        // Day first unless impossible: most writers in the survey use d/m (13/10/2023).
        day = Optional.of(b > 12 ? MonthDay.of(a, b) : MonthDay.of(b, a));
        int y = Integer.parseInt(m.group("dy"));
        year = Optional.of(y < 100 ? 2000 + y : y);
      } else if (m.group("jd") != null) {
        day = Optional.of(MonthDay.of(month(m.group("jmon")), Integer.parseInt(m.group("jd"))));
        int y = Integer.parseInt(m.group("jy"));
        year = Optional.of(y < 100 ? 2000 + y : y);
      } else if (m.group("mon") != null) {
        day = Optional.of(MonthDay.of(month(m.group("mon")), Integer.parseInt(m.group("md"))));
        if (m.group("my") != null) year = Optional.of(Integer.parseInt(m.group("my")));
      } else if (m.group("mon2") != null) {
        day = Optional.of(MonthDay.of(month(m.group("mon2")), Integer.parseInt(m.group("dd"))));
        if (m.group("my2") != null) year = Optional.of(Integer.parseInt(m.group("my2")));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    Optional<LocalTime> time = time(m);
    if (day.isEmpty() && time.isEmpty()) return Optional.empty();
    Optional<ZoneId> zone = m.group("off") != null ? offset(m.group("off")) : Zones.of(m.group("tz"));
    return Optional.of(new Stamp(year, day, time, zone, m.group(), m.start(), m.end()));
  }

  private static Optional<LocalTime> time(Matcher m) {
    int h;
    int min = 0;
    int sec = 0;
    String ap;
    if (m.group("h") != null) {
      h = Integer.parseInt(m.group("h"));
      min = Integer.parseInt(m.group("m"));
      if (m.group("s") != null) sec = Integer.parseInt(m.group("s"));
      ap = m.group("ap");
    } else if (m.group("hd") != null) {
      h = Integer.parseInt(m.group("hd"));
      min = Integer.parseInt(m.group("md2"));
      ap = m.group("apd");
    } else if (m.group("hz") != null) {
      h = Integer.parseInt(m.group("hz"));
      min = Integer.parseInt(m.group("mz"));
      ap = null;
    } else if (m.group("h12") != null) {
      h = Integer.parseInt(m.group("h12"));
      ap = m.group("ap2");
    } else if (m.group("mil") != null) {
      String mil = m.group("mil");
      h = Integer.parseInt(mil.substring(0, 2));
      min = Integer.parseInt(mil.substring(2));
      ap = null;
    } else {
      return Optional.empty();
    }
    if (ap != null && h <= 12) {
      boolean pm = Character.toLowerCase(ap.charAt(0)) == 'p';
      if (h == 12) h = pm ? 12 : 0;
      else if (pm) h += 12;
    }
    return Optional.of(LocalTime.of(h, min, sec));
  }

  /** "+0000", "-05:00", "+0530": an ISO 8601 offset, read as Zones reads "UTC-05:00". */
  private static Optional<ZoneId> offset(String off) {
    return Zones.of("UTC" + off);
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < months.length; i++) if (n.startsWith(months[i])) return i + 1;
    throw new DateTimeException("not a month: " + name);
  }
}
