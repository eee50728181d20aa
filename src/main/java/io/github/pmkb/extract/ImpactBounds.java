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
  /** "errors begin", never "errors started to drop" or "errors began declining": that is where they turn. */
  private static final Pattern START_MARK = Pattern.compile("\\b(?:impact|outage|errors?|failures?|timeouts?|downtime|disruption)\\s+(?:begins?|began|starts?|started)\\b"
      + "(?!\\s+to\\b)(?!\\s+\\w+ing\\b)");
  /** "outage over" ends its clause ("the impact over Slack" is no end); "errors end up in the queue" is no end. */
  private static final Pattern END_MARK = Pattern.compile("\\b(?:incident|outage|impact|disruption|downtime)\\s+(?:is\\s+|was\\s+)?over\\b"
      + "(?=\\s*(?:$|[.;,:!)\\u2013\\u2014-]|now\\b))"
      + "|\\b(?:impact|outage|errors?|failures?|downtime|disruption)\\s+ends?\\b(?!\\s+up\\b)");

  /**
   * A state word ends its phrase, or "again"/"now" follows: "latency normal", "stable again", but
   * never "stable at 40 percent", which tells how bad it stays.
   */
  private static final String STATE_ENDS = "(?=\\s*(?:$|[.;,:!)\\u2013\\u2014-]|(?:again|now|and)\\b))";
  /** The state is that of the harm itself ("error rates stable", "latency healthy again"): no recovery. */
  private static final Pattern HARM_SUBJECT = Pattern.compile("\\b(?:errors?|error\\s+rates?|failures?|failure\\s+rates?|timeouts?|5xx|\\d{3}s)\\s+(?:\\w+\\s+)?$");

  /** An end someone only believed or was told of, or one the entry calls wrong: "told the outage was over, which was wrong". */
  private static final Pattern DENIED = Pattern.compile("\\b(?:wrong|premature(?:ly)?|mistaken(?:ly)?|incorrect(?:ly)?|too\\s+early|turned\\s+out"
      + "|told|thought|believed|claimed|assumed)\\b");

  /** A good state, then "again": "works again", "fully available again", "writable again". */
  private static final Pattern AGAIN = Pattern.compile("\\b(?:works?|worked|working|available|accessible|reachable|usable|writable"
      + "|succeed(?:s|ed|ing)?|load(?:s|ed|ing)|serv(?:es|ed|ing)|flow(?:s|ed|ing)|respond(?:s|ed|ing)|responsive|fresh|online"
      + "|healthy|stable|normal|green|fine)\\s+again\\b");
  /** A state that is itself the recovery: "caught up", "load times normal", "no further duplicates". */
  private static final Pattern RECOVERED = Pattern.compile("\\bcaught\\s+up\\b|\\b(?:is|are|was|were|back|now|all)\\s+(?:healthy|stable|normal)\\b" + STATE_ENDS
      + "|\\b(?:times?|rates?|latency|traffic|levels?|metrics|graphs?|workers|pods|nodes|services?|systems?)\\s+(?:healthy|stable|normal)\\b" + STATE_ENDS
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
    if (affirmed(END_MARK, t) && !DENIED.matcher(t).find()) return Optional.of(Marker.RESOLVED);
    return Optional.empty();
  }

  /** Whether the entry tells that the affected thing works again. */
  static boolean recovers(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.indexOf("again") >= 0 && affirmed(AGAIN, t)) return true;
    if (t.indexOf("caught") < 0 && t.indexOf("stable") < 0 && t.indexOf("normal") < 0 && t.indexOf("healthy") < 0
        && t.indexOf("no ") < 0) {
      return false;
    }
    return affirmed(RECOVERED, t);
  }

  /**
   * The marker an entry's own words give: its note first, then {@link Markers} (a mitigation or a
   * detection the entry tells of is not hidden by a phrase that merely names the errors), then an
   * explicit mark, then a recovery.
   */
  static Optional<Marker> of(String text) {
    Optional<Marker> m = noted(text);
    if (m.isPresent()) return m;
    m = Markers.of(text);
    if (m.isPresent()) return m;
    m = explicit(text);
    if (m.isPresent()) return m;
    return recovers(text) ? Optional.of(Marker.RESOLVED) : Optional.empty();
  }

  private static boolean affirmed(Pattern p, String t) {
    Matcher m = p.matcher(t);
    while (m.find()) {
      String before = t.substring(Math.max(0, m.start() - 30), m.start());
      if (p != START_MARK && p != END_MARK && HARM_SUBJECT.matcher(before + t.substring(m.start(), m.end()).replaceAll("\\s*\\w+(?:\\s+again)?$", " ")).find()) continue;
      if (!NEGATED.matcher(t.substring(Math.max(0, m.start() - 30), m.start())).find()) return true;
    }
    return false;
  }
}
