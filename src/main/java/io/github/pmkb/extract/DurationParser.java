package io.github.pmkb.extract;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations as people write them: "2 hours 30 minutes", "1h 13m", "150 mins", "7.5 hours",
 * "(3 hours, 30 minutes)", "PT1H50M", "54 hours 10 minutes". "N/A", "?" and "TBD" are unknown.
 */
final class DurationParser {
  private static final String UNIT = "(?:d|days?|h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)";
  /** One or more number-unit pairs joined by spaces, commas or "and". */
  static final String AMOUNT = "(?:\\d+(?:\\.\\d+)?\\s*-?\\s*" + UNIT + "(?![a-z])(?:\\s*(?:,|and)?\\s*\\d+(?:\\.\\d+)?\\s*-?\\s*"
      + UNIT + "(?![a-z]))*)";
  private static final Pattern PAIR = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*-?\\s*(" + UNIT + ")(?![a-z])", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORDS = Pattern.compile("(?i)\\b(an?|one|two|three|four|five|six|half an?)\\s+(hours?|minutes?|days?)\\b");
  /** A stated total: "Duration: 2 hours", "**Duration:** 2 hours", "lasted about 4 hours", "over roughly 3 hours", "a 45-minute outage", "(1h 13m)". */
  static final Pattern STATED = SharedBoundary.compile("(?i)(?:\\bduration\\b[^:\\n]{0,25}:[*_\\s]*(?:of\\s+)?|\\blast(?:ed|ing)\\s+|\\bfor\\s+(?:a\\s+total\\s+of\\s+)?"
      + "|\\btotal(?:\\s+of)?\\s+|\\btook\\s+|\\bdown\\s+for\\s+|\\btime to (?:recovery|recover|resolve|resolution|restore)\\b[^:\\n]{0,10}:[*_\\s]*|\\("
      // "over roughly three hours": "over" states a length only when a hedge follows it.
      + "|\\bover\\s+(?=(?:about|approximately|approx|around|roughly|nearly|almost)\\b))"
      + "(?:about|approximately|approx\\.?|around|roughly|~|over|nearly|almost|just over|under|a little over)?\\s*(?<amount>"
      + AMOUNT + ")(?![\\w%])(?!\\s+(?:before|earlier|prior|ago|beforehand)\\b)(?<after>\\s*(?:-?\\s*long\\s+)?(?:outage|incident|downtime|disruption|degradation|period|window)?)"
      + "|(?<amount2>" + AMOUNT + ")\\s*(?:-\\s*)?(?:long\\s+)?(?:outage|incident|downtime|disruption)", 0);

  private static final Pattern NONE = Pattern.compile("(?i)n/?a|\\?+|tbd|unknown|-+");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern WORD_BREAK = Pattern.compile("[- ]");

  private DurationParser() {}

  /** A duration written on its own ("1h50m", "110 minutes", "PT1H50M"). */
  static Optional<Duration> parse(String text) {
    if (text == null) return Optional.empty();
    String t = text.strip();
    if (t.isEmpty() || NONE.matcher(t).matches()) return Optional.empty();
    if (t.toUpperCase(Locale.ROOT).startsWith("PT") || t.toUpperCase(Locale.ROOT).startsWith("P")) {
      try {
        return Optional.of(Duration.parse(t.toUpperCase(Locale.ROOT)));
      } catch (DateTimeParseException e) {
        // not ISO-8601; try the prose forms below
      }
    }
    if (DIGITS.matcher(t).matches()) return Optional.of(Duration.ofMinutes(Long.parseLong(t)));
    Matcher m = PAIR.matcher(t);
    double seconds = 0;
    boolean any = false;
    while (m.find()) {
      any = true;
      seconds += Double.parseDouble(m.group(1)) * unitSeconds(m.group(2));
    }
    if (!any) {
      Matcher w = WORDS.matcher(t);
      if (!w.find()) return Optional.empty();
      String n = w.group(1).toLowerCase(Locale.ROOT);
      double count = switch (n) {
        case "two" -> 2; case "three" -> 3; case "four" -> 4; case "five" -> 5; case "six" -> 6;
        default -> n.startsWith("half") ? 0.5 : 1;
      };
      seconds = count * unitSeconds(w.group(2));
    }
    return seconds > 0 ? Optional.of(Duration.ofSeconds(Math.round(seconds))) : Optional.empty();
  }

  /** The first stated total in a line of prose ("lasted ninety minutes" reads as 90 minutes). */
  static Optional<Duration> stated(String text) {
    String line = withDigits(text);
    // Every stated amount has a digit; most lines have none, and the regex is long.
    if (!Chars.hasDigit(line) || !mayState(line)) return Optional.empty();
    Matcher m = STATED.matcher(line);
    while (m.find()) {
      String amount = m.group("amount") != null ? m.group("amount") : m.group("amount2");
      Optional<Duration> d = parse(amount);
      if (d.isPresent()) return d;
    }
    return Optional.empty();
  }

  private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  private static final Pattern NUMBER_WORDS = Pattern.compile("(?i)\\b((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
      + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
      + "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?=\\s+(?:days?|hours?|minutes?|mins?)\\b)");

  private static final Pattern HALF_HOUR = Pattern.compile("(?i)\\bhalf an? hour\\b");
  private static final Pattern HOUR_AND_HALF = Pattern.compile("(?i)\\b(?:an?|one) hour and a half\\b");
  /** "an hour", "a day", "one minute": the article counts one. */
  private static final Pattern ONE_UNIT = Pattern.compile("(?i)\\b(?:an?|one) (hours?|days?|minutes?)\\b");

  /**
   * Number words before a unit as digits: "ninety minutes" becomes "90 minutes", "an hour"
   * "1 hour", "half an hour" "30 minutes".
   */
  static String withDigits(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    if (!lower.contains("minute") && !lower.contains("hour") && !lower.contains("day") && !lower.contains("min")) return line;
    line = HALF_HOUR.matcher(line).replaceAll("30 minutes");
    line = HOUR_AND_HALF.matcher(line).replaceAll("90 minutes");
    line = ONE_UNIT.matcher(line).replaceAll("1 $1");
    Matcher m = NUMBER_WORDS.matcher(line);
    StringBuilder out = new StringBuilder();
    while (m.find()) m.appendReplacement(out, Integer.toString(number(m.group(1).toLowerCase(Locale.ROOT))));
    m.appendTail(out);
    return out.toString();
  }

  private static int number(String words) {
    int n = 0;
    for (String w : WORD_BREAK.split(words)) {
      for (int i = 0; i < UNITS.length; i++) if (UNITS[i].equals(w)) n += i;
      for (int i = 2; i < TENS.length; i++) if (TENS[i].equals(w)) n += 10 * i;
    }
    return n;
  }

  /** Words one of which every match of {@link #STATED} contains, or an opening parenthesis or "for". */
  private static final java.util.List<String> STATED_WORDS = java.util.List.of("duration", "last", "total", "took", "time to", "over ",
      "outage", "incident", "downtime", "disruption");

  /** Whether {@link #STATED} can match: most lines with a digit (times, counts) state no total. */
  static boolean mayState(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    return Chars.containsAny(lower, STATED_WORDS) || forFollowedBySpace(lower) || parenthesisBeforeAmount(lower);
  }

  /** "for" then whitespace, as in {@code \bfor\s+}. */
  private static boolean forFollowedBySpace(String lower) {
    for (int i = lower.indexOf("for"); i >= 0; i = lower.indexOf("for", i + 1)) {
      if (i + 3 < lower.length() && Chars.isSpace(lower.charAt(i + 3))) return true;
    }
    return false;
  }

  /** "(" then only qualifier letters, dots, tildes and spaces before a digit, as in "(about 2 hours". */
  private static boolean parenthesisBeforeAmount(String lower) {
    for (int i = lower.indexOf('('); i >= 0; i = lower.indexOf('(', i + 1)) {
      int k = i + 1;
      while (k < lower.length()) {
        char c = lower.charAt(k);
        if (!((c >= 'a' && c <= 'z') || c == '.' || c == '~' || Chars.isSpace(c))) break;
        k++;
      }
      if (k < lower.length() && lower.charAt(k) >= '0' && lower.charAt(k) <= '9') return true;
    }
    return false;
  }

  private static double unitSeconds(String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.startsWith("d")) return 86_400;
    if (u.startsWith("h")) return 3_600;
    if (u.startsWith("s")) return 1;
    return 60;
  }

  /** "2h 30m" style for people; whole minutes. */
  static String format(Duration d) {
    long min = d.toMinutes();
    if (min < 60) return min + "m";
    return min % 60 == 0 ? (min / 60) + "h" : (min / 60) + "h " + (min % 60) + "m";
  }
}
