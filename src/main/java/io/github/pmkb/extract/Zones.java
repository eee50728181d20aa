package io.github.pmkb.extract;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time zone tokens as postmortems write them ("UTC", "EAT", "GMT+1", "UTC-05:00", "Pacific
 * Standard Time") mapped to zones. Abbreviations map to fixed offsets because the writer named the
 * offset (PST is -08:00 even in July); only the vague "Pacific time" forms map to regions.
 */
final class Zones {
  private static final Map<String, ZoneId> NAMED = new TreeMap<>();

  static {
    ZoneId utc = ZoneOffset.UTC;
    for (String z : new String[] {"UTC", "GMT", "Z", "GWT", "UT"}) NAMED.put(z, utc);
    put("PST", "-08:00"); put("PDT", "-07:00"); put("MST", "-07:00"); put("MDT", "-06:00");
    put("CST", "-06:00"); put("CDT", "-05:00"); put("EST", "-05:00"); put("EDT", "-04:00");
    put("EAT", "+03:00"); put("WAT", "+01:00"); put("CAT", "+02:00"); put("SAST", "+02:00");
    put("BST", "+01:00"); put("CET", "+01:00"); put("CEST", "+02:00"); put("EET", "+02:00");
    put("EEST", "+03:00"); put("IST", "+05:30"); put("GST", "+04:00"); put("JST", "+09:00");
    put("AEST", "+10:00"); put("AEDT", "+11:00"); put("WIB", "+07:00"); put("MSK", "+03:00");
    NAMED.put("PT", ZoneId.of("America/Los_Angeles"));
    NAMED.put("ET", ZoneId.of("America/New_York"));
    NAMED.put("CT", ZoneId.of("America/Chicago"));
    NAMED.put("MT", ZoneId.of("America/Denver"));
  }

  /** The abbreviations as a regex alternation, longest first so "CEST" wins over "CET". */
  static final String ABBREVIATIONS = NAMED.keySet().stream()
      .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b))
      .reduce((a, b) -> a + "|" + b).orElseThrow();

  /** A zone token; group "tz" of {@link Stamps} uses this vocabulary. IANA ids ("US/Pacific") come first. */
  static final String TOKEN = "(?:(?:US|Europe|America|Asia|Africa|Australia|Pacific|Atlantic|Indian)/[A-Z][A-Za-z_]+"
      + "|(?:UTC|GMT)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?|(?:" + ABBREVIATIONS
      + ")(?:[+\\-]\\d{1,2})?|(?i:eastern|pacific|central|mountain)\\s+(?i:standard\\s+|daylight\\s+)?(?i:time))";

  private static final Pattern OFFSET = Pattern.compile("(?:UTC|GMT)\\s*([+\\-−])\\s*(\\d{1,2})(?::?(\\d{2}))?");
  private static final Pattern ABBR_OFFSET = Pattern.compile("([A-Z]+)[+\\-]\\d{1,2}");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Zones() {}

  private static void put(String abbr, String offset) {
    NAMED.put(abbr, ZoneOffset.of(offset));
  }

  /** The zone a token names, if pmkb knows it. */
  static Optional<ZoneId> of(String token) {
    if (token == null) return Optional.empty();
    String t = token.strip();
    Matcher m = OFFSET.matcher(t);
    if (m.matches()) {
      try {
        int h = Integer.parseInt(m.group(2));
        int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int sign = m.group(1).equals("+") ? 1 : -1;
        return Optional.of(ZoneOffset.ofHoursMinutes(sign * h, sign * min));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    // "SAST+2" names the offset twice; the abbreviation is the one we trust.
    Matcher a = ABBR_OFFSET.matcher(t);
    if (a.matches()) t = a.group(1);
    ZoneId z = NAMED.get(t);
    if (z != null) return Optional.of(z);
    if (t.indexOf('/') > 0) {
      try {
        return Optional.of(ZoneId.of(t));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.startsWith("pacific")) return Optional.of(ZoneId.of("America/Los_Angeles"));
    if (lower.startsWith("eastern")) return Optional.of(ZoneId.of("America/New_York"));
    if (lower.startsWith("central")) return Optional.of(ZoneId.of("America/Chicago"));
    if (lower.startsWith("mountain")) return Optional.of(ZoneId.of("America/Denver"));
    try {
      return Optional.of(ZoneId.of(t));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** A zone token standing alone in text (not inside a longer word). */
  static final Pattern TOKEN_IN_TEXT = Pattern.compile("(?<![A-Za-z])(" + TOKEN + ")(?![A-Za-z])");

  /** The zone as the author wrote it in {@code line} ("EAT", "UTC-4"), when it names {@code zone}. */
  static Optional<String> writtenIn(String line, ZoneId zone) {
    Matcher m = TOKEN_IN_TEXT.matcher(line);
    while (m.find()) {
      if (of(m.group(1)).filter(zone::equals).isPresent()) return Optional.of(SPACES.matcher(m.group(1)).replaceAll(" "));
    }
    return Optional.empty();
  }

  /** How a zone is shown: {@code UTC}, {@code +03:00} or a region id. */
  static String label(ZoneId z) {
    return z.equals(ZoneOffset.UTC) ? "UTC" : z.getId();
  }
}
