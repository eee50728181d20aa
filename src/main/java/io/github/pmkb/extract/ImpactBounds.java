package io.github.pmkb.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.pmkb.model.Marker;

/**
 * Where a timeline entry says, in its own words, that the impact began or ended. Two grammars,
 * read beside {@link Markers}:
 *
 * <ul>
 *   <li>an explicit mark wins over any other reading of the entry: "(start of the incident)",
 *       "impact begins", "errors begin", "(end of the outage)", "outage over"; a parenthesised
 *       note ({@link #noted}) also wins over the times the summary states;
 *   <li>a recovery, read only when nothing else marks the entry: the thing affected is in a good
 *       state again ("uploads succeed again", "tracking fully available again", "load times
 *       normal", "the replica has caught up", "no further duplicates").
 * </ul>
 *
 * A negation or a "still" just before the state word ("still not available again", "never caught
 * up") cancels the reading.
 */
final class ImpactBounds {
  private static final String WHOLE = "(?:the\\s+)?(?:incident|outage|impact|disruption|downtime)";

  /** "(start of the incident)": the writer's own note on the entry, which outranks any other reading. */
  private static final Pattern START_NOTE = Pattern.compile("\\(\\s*(?:start|beginning|onset)\\s+of\\s+" + WHOLE + "\\s*\\)");
  private static final Pattern END_NOTE = Pattern.compile("\\(\\s*end\\s+of\\s+" + WHOLE + "\\s*\\)");
  private static final Pattern START_MARK = Pattern.compile("\\b(?:impact|outage|errors?|failures?|timeouts?|downtime|disruption)\\s+(?:begins?|began|starts?|started)\\b");
  private static final Pattern END_MARK = Pattern.compile("\\b(?:incident|outage|impact|disruption|downtime)\\s+(?:is\\s+|was\\s+)?over\\b"
      + "|\\b(?:impact|outage|errors?|failures?|downtime|disruption)\\s+ends?\\b");

  /** A good state, then "again": "works again", "fully available again", "writable again". */
  private static final Pattern AGAIN = Pattern.compile("\\b(?:works?|worked|working|available|accessible|reachable|usable|writable"
      + "|succeed(?:s|ed|ing)?|load(?:s|ed|ing)|serv(?:es|ed|ing)|flow(?:s|ed|ing)|respond(?:s|ed|ing)|responsive|fresh|online"
      + "|healthy|stable|normal|green|up|fine)\\s+again\\b");
  /** A state that is itself the recovery: "caught up", "load times normal", "no further duplicates". */
  private static final Pattern RECOVERED = Pattern.compile("\\bcaught\\s+up\\b|\\b(?:is|are|was|were|back|now|all)\\s+(?:healthy|stable|normal)\\b"
      + "|\\b(?:times?|rates?|latency|traffic|levels?|metrics|graphs?|workers|pods|nodes|services?|systems?)\\s+(?:healthy|stable|normal)\\b"
      + "|\\bno\\s+(?:further|more|new)\\s+(?:\\w+\\s+)?(?:errors|failures|duplicates|reports|alerts|timeouts|crashes|drops|complaints)\\b");
  private static final Pattern NEGATED = Pattern.compile("\\b(?:not|never|still|yet|nor|no longer)\\b[^.;,]{0,20}$|n't\\s+(?:\\w+\\s+)?$");

  private ImpactBounds() {}

  /** {@link Marker#BEGINS} or {@link Marker#RESOLVED} when the entry carries a note "(start of the incident)". */
  static Optional<Marker> noted(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.indexOf('(') < 0) return Optional.empty();
    if (START_NOTE.matcher(t).find()) return Optional.of(Marker.BEGINS);
    if (END_NOTE.matcher(t).find()) return Optional.of(Marker.RESOLVED);
    return Optional.empty();
  }

  /** {@link Marker#BEGINS} or {@link Marker#RESOLVED} when the entry marks a bound in so many words. */
  static Optional<Marker> explicit(String text) {
    Optional<Marker> n = noted(text);
    if (n.isPresent()) return n;
    String t = text.toLowerCase(Locale.ROOT);
    if (t.indexOf("begin") < 0 && t.indexOf("start") < 0 && t.indexOf("onset") < 0 && t.indexOf("end") < 0
        && t.indexOf("over") < 0) {
      return Optional.empty();
    }
    if (affirmed(START_MARK, t)) return Optional.of(Marker.BEGINS);
    if (affirmed(END_MARK, t)) return Optional.of(Marker.RESOLVED);
    return Optional.empty();
  }

  /** Whether the entry tells that the affected thing works again. */
  static boolean recovers(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.indexOf("again") >= 0 && affirmed(AGAIN, t)) return true;
    return affirmed(RECOVERED, t);
  }

  /** The marker an entry's own words give, explicit first, then {@link Markers}, then a recovery. */
  static Optional<Marker> of(String text) {
    Optional<Marker> m = explicit(text);
    if (m.isPresent()) return m;
    m = Markers.of(text);
    if (m.isPresent()) return m;
    return recovers(text) ? Optional.of(Marker.RESOLVED) : Optional.empty();
  }

  private static boolean affirmed(Pattern p, String t) {
    Matcher m = p.matcher(t);
    while (m.find()) {
      if (!NEGATED.matcher(t.substring(Math.max(0, m.start() - 30), m.start())).find()) return true;
    }
    return false;
  }
}
