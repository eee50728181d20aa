package io.github.pmkb.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import io.github.pmkb.model.Marker;
import io.github.pmkb.model.TimelineEvent;

/**
 * What a timeline line marks, read from its words. The SRE template's explicit markers ("OUTAGE
 * BEGINS", "OUTAGE MITIGATED", "INCIDENT ENDS") win; then resolution, mitigation, escalation and
 * detection wording, in that order, because "resolved after the alert" is a resolution.
 */
final class Markers {
  private static final List<Rule> RULES = List.of(
      new Rule(Marker.BEGINS, "\\b(?:outage|incident|impact) (?:begins|starts|began|started|onset)\\b|\\bonset of\\b",
          List.of("begins", "starts", "began", "started", "onset")),
      new Rule(Marker.MITIGATED, "\\b(?:outage|incident) mitigated\\b",
          List.of("mitigated")),
      new Rule(Marker.RESOLVED, "\\b(?:outage|incident) ends\\b",
          List.of(" ends")),
      new Rule(Marker.RESOLVED, "\\bresolved\\b|\\bresolution\\b(?! (?:of|to) )|\\bfully (?:restored|recovered|operational|functional)\\b"
          + "|\\bback to normal\\b|\\bnormal (?:service|operations?|functionality|performance)\\b|\\bservices? (?:was |were )?restored\\b"
          + "|\\b(?:was|were) restored\\b|\\brestored to normal\\b|\\bresumed\\b|\\brecover(?:ed|s)\\b|\\bclosed\\b|\\bstabili[sz]ed\\b"
          + "|\\b(?:functions?|functioning|working|operating|running|flowing|processing|serving|moving|responding|performing)"
          + " (?:normally|as (?:expected|intended|usual))\\b"
          + "|\\bup and run\\w*|\\bback (?:up|online|in service)\\b|\\b(?:verified |back |again )operational\\b"
          + "|\\boperational again\\b"
          // What was broken works again: "tracking fully available again", "uploads succeed again".
          // Not "up", "running" or "serving" again: "errors were up again", "one consumer was running
          // again but the backlog kept growing" tell of a part, or of the harm.
          + "|\\b(?:available|working|loading|writable|stable|responsive|fresh|succeed(?:s|ing)?|online|healthy|reachable|flowing"
          + "|works|worked) again\\b"
          // "over" ending its clause: "the impact was over 40% of traffic" is a size.
          + "|\\b(?:outage|incident|impact|disruption) (?:is |was )?over(?=\\s*(?:[.,;:!)]|$|(?:and|at|by|now|as of|for)\\b))|\\bend of (?:the )?(?:incident|outage|impact)\\b"
          + "|\\b(?:times?|rates?|latenc(?:y|ies)|levels?) (?:are |were |is |was )?(?:back )?(?:to )?normal\\b",
          List.of("resol", "fully ", "normal", "restored", "resumed", "recover", "closed", "stabili", " as ", "up and",
              "back ", "operational", "again", " over", "end of")),
      new Rule(Marker.MITIGATED, "\\bmitigat\\w*|\\bworkaround\\b|\\btemporary fix\\b|\\brolled back\\b|\\brollback\\b"
          + "|\\broll(?:ing)? back\\b|\\bhotfix\\b|\\bfailover\\b|\\bfailed over\\b",
          List.of("mitigat", "workaround", "temporary fix", "roll", "hotfix", "failover", "failed over")),
      new Rule(Marker.ESCALATED, "\\bescalat\\w*",
          List.of("escalat")),
      new Rule(Marker.DETECTED, "\\bdetected\\b|\\bdetection\\b|\\balert(?:ed|s|ing)?\\b|\\bnoticed\\b|\\bfirst reported\\b"
          + "|\\bpaged\\b|\\breported\\b|\\bpage (?:was )?(?:sent|fired)\\b|\\bdiscovered\\b|\\bidentified the issue\\b",
          List.of("detect", "alert", "noticed", "reported", "paged", "page ", "discovered", "identified the issue")),
      new Rule(Marker.BEGINS, "\\b(?:began|started) (?:failing|returning|to fail|to return|to slow)\\b|\\bwent down\\b"
          + "|\\bdeploy(?:ed|ment)? (?:was )?(?:started|began|initiated)\\b",
          List.of("began", "started", "went down", "deploy")));

  /** A change someone made: what often comes before the impact in a timeline, and is not it. */
  private static final Pattern CHANGE = SharedBoundary.compile("\\b(?:deploy\\w*|releas\\w*|merged?|appl(?:ied|y|ying)|upgrad\\w*"
      + "|updat\\w*|upload\\w*|commit\\w*|modif\\w*|scal(?:ed|ing)|roll ?over|roll(?:ed|ing)? ?out|migrat\\w*|pull request"
      + "|workshop|maintenance|planned|scheduled|provision\\w*|executed|install\\w*|merge|chang(?:e|es|ed)"
      // Work that readies a change (reviewing it, handing it over) harms no one either.
      + "|review(?:s|ed|ing)?|revis\\w*|hand(?:s|ed)?[- ]?over|prepar\\w*)\\b|\\bv?\\d+\\.\\d+\\.\\d+\\b", 0);
  /** Words of harm done: errors, failures, users unable, slowness. */
  private static final String HARM_WORDS = "errors?|fail\\w*|down|outage|unavailab\\w*|unable|cannot|can't|couldn'?t|could not"
      + "|not (?:able|working|responding|loading|reachable)|non-?functional|inaccessible|offline|blocked|[45]\\d\\d|latenc\\w*"
      + "|slow\\w*|crash\\w*|time ?outs?|timing out|degrad\\w*|drop\\w*|broke\\w*|broken|disrupt\\w*|affect\\w*";
  private static final Pattern HARM = Pattern.compile("\\b(?:" + HARM_WORDS + ")\\b");
  /** Harm, or someone telling of a problem. */
  private static final Pattern IMPACT = Pattern.compile("\\b(?:" + HARM_WORDS
      + "|complain\\w*|report\\w*|alert\\w*|issues?|problems?|incident|impact\\w*"
      // A change with an effect nobody expected is where the harm begins ("unexpectedly restarts
      // every pod"); "accidentally set" only tells how a change was made.
      + "|unexpected(?:ly)?|unintended|ungraceful(?:ly)?)\\b");

  /** Someone or something noticing, without saying what broke. */
  private static final Pattern NOTICE = Pattern.compile("\\b(?:alert\\w*|notif\\w*|report\\w*|noticed|detected|paged|discovered"
      + "|flagged|informed)\\b");

  private Markers() {}

  /** Whether a sentence tells of harm done ("could not log in", "returning 503", "timeouts"). */
  static boolean tellsOfHarm(String text) {
    return HARM.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).find();
  }

  /**
   * Whether a timeline entry only tells of the problem being noticed ("received alert", "support
   * reported X"), without saying that the service stopped working ("users reported the site was
   * down": that is the harm showing, then).
   */
  static boolean isNotice(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return NOTICE.matcher(t).find() && !STOPPED.matcher(t).find();
  }

  /** The service stopped working, in the words people use when they report it. */
  private static final Pattern STOPPED = Pattern.compile("(?:\\bnot|n't) (?:working|loading|responding|reachable|available)\\b"
      + "|\\b(?:down|outage|unavailable|inaccessible|errors?|failing)\\b");

  /** Words of a change made to fix something: "applied patch", "hotfix", "reverted", "restarted". */
  private static final Pattern FIX = SharedBoundary.compile("\\b(?:patch\\w*|fix\\w*|hotfix\\w*|revert\\w*|restart\\w*|restor\\w*"
      + "|roll(?:ed|ing)? ?back)\\b", 0);

  /** Whether a change is worded as a fix ("applied patch v1.4.2", "reverted the config"). */
  static boolean isFix(String text) {
    return FIX.matcher(text.toLowerCase(Locale.ROOT)).find();
  }

  /**
   * Whether a timeline entry is a change made before anything went wrong ("v2.3.1 deployed",
   * "cluster scaled up"), which the incident's start skips: the impact begins later.
   */
  static boolean isChangeOnly(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return CHANGE.matcher(t).find() && !IMPACT.matcher(t).find();
  }

  /**
   * A marker, its wording, and lower-case strings one of which every match contains: a line
   * holding none of them skips the regex, as most timeline lines do.
   */
  private record Rule(Marker marker, Pattern pattern, List<String> anchors) {
    Rule(Marker marker, String regex, List<String> anchors) {
      this(marker, SharedBoundary.compile(regex, 0), anchors);
    }

    boolean matches(String lowerCased) {
      return Chars.containsAny(lowerCased, anchors) && pattern.matcher(lowerCased).find();
    }
  }

  static Optional<Marker> of(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    for (Rule r : RULES) {
      if (!r.matches(t)) continue;
      // Asked only of the few lines that speak of a fix.
      if ((r.marker() == Marker.MITIGATED || r.marker() == Marker.RESOLVED) && (FUTILE.matcher(t).find() || unfinished(r, t))) continue;
      if (r.marker() == Marker.RESOLVED && DENIED.matcher(t).find()) continue;
      return Optional.of(r.marker());
    }
    return Optional.empty();
  }

  /** A backlog or queue catching up: "the backlog drained", "the queue caught up", "replayed the delayed jobs". */
  private static final Pattern CATCH_UP = SharedBoundary.compile("\\b(?:backlogs?|queues?|lag|delayed (?:messages|emails|jobs|events|orders))\\b"
      + "[^.;]{0,60}?\\b(?:drain\\w*|cleared|caught up|catch(?:es|ing)? up|processed|flushed|empt(?:y|ied))\\b"
      + "|\\b(?:drain\\w*|clear\\w*|process\\w*|replay\\w*|reprocess\\w*|work\\w* through)\\b[^.;]{0,40}?\\b(?:backlogs?|queues?|delayed \\w+)\\b", 0);

  /**
   * {@code sorted} without the end marks of entries where a backlog or queue catches up after an
   * earlier entry marked the service's full recovery ("10:50 service restored", then "11:40 the
   * backlog drained, all systems recovered"): that is follow-up work, and the impact ended at 10:50.
   * A backlog that was the incident itself still ends it: after a partial recovery ("sending
   * resumed", "EU traffic recovered"), or when harm returns in between (a relapse).
   */
  static List<TimelineEvent> withoutCatchUps(List<TimelineEvent> sorted) {
    boolean recovered = false;
    List<TimelineEvent> out = null;
    for (int i = 0; i < sorted.size(); i++) {
      TimelineEvent e = sorted.get(i);
      if (e.marker().filter(m -> m == Marker.RESOLVED).isEmpty()) {
        if (recovered && tellsOfHarm(e.text())) recovered = false;
        continue;
      }
      if (!recovered || !isCatchUp(e.text())) {
        recovered = isFullRecovery(e.text());
        continue;
      }
      if (out == null) out = new ArrayList<>(sorted);
      out.set(i, new TimelineEvent(e.at(), e.text(), e.line(), Optional.empty()));
    }
    return out == null ? sorted : out;
  }

  /** A recovery of the whole service, not of a part: "service restored", "back to normal", "fully recovered". */
  private static final Pattern FULL_RECOVERY = SharedBoundary.compile("\\b(?:fully (?:restored|recovered|operational)|back to normal"
      + "|(?:service|services|functionality|operations) (?:(?:was|were|is|are|has been|have been) )?(?:fully )?restored)\\b", 0);
  /**
   * Words that limit a recovery to a part: "partially restored", "some users", "all but one".
   * A bare "but" does not ("restored, but we keep watching"), and region codes are read as
   * written, upper case or a cloud region's id ("US traffic", "us-east-1", "europe-west1"), because in lower case
   * "us" is also the pronoun ("restored for us").
   */
  private static final Pattern PART = SharedBoundary.compile("\\b(?:partial\\w*|partly|some|most|several|a few|region\\w*"
      + "|except|all but|but not)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern REGION = SharedBoundary.compile("\\b(?:US|EU|APAC|EMEA)\\b|\\b[a-z]{2,12}-[a-z]+(?:-[a-z]+)?-?\\d\\b", 0);

  private static boolean isFullRecovery(String text) {
    // "Restored, but mail to one provider still failing": the harm after the "but" goes on.
    int but = text.toLowerCase(Locale.ROOT).indexOf(" but ");
    return FULL_RECOVERY.matcher(text.toLowerCase(Locale.ROOT)).find() && !PART.matcher(text).find() && !REGION.matcher(text).find()
        && !(but >= 0 && tellsOfHarm(text.substring(but)));
  }

  private static boolean isCatchUp(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return Chars.containsAny(t, CATCH_UP_WORDS) && CATCH_UP.matcher(t).find();
  }

  private static final List<String> CATCH_UP_WORDS = List.of("backlog", "queue", "lag", "delayed");

  /**
   * An attempt that did not work ("rolled back, but this did not resolve the issue"): no
   * mitigation, no end.
   */
  private static final Pattern FUTILE = SharedBoundary.compile("\\b(?:did ?n[o']t|does ?n[o']t|was ?n[o']t|were ?n[o']t|has ?n[o']t|had ?n[o']t|not) "
      + "(?:\\w+ )?(?:resolve|fix|help|work|restore|recover|mitigate|solve|improve|change|address)\\w*|\\b(?:still|continued to) persist\\w*"
      + "|\\bpersisted\\b|\\bto no avail\\b|\\bwithout (?:success|effect|improvement)\\b", 0);

  /**
   * A recovery the entry takes back: "told support the outage was over; it was not", "which was
   * wrong", "back online but the queue kept growing". "Restored, but we keep watching" stands.
   */
  private static final Pattern DENIED = SharedBoundary.compile("\\b(?:it|this|that|which) (?:was|is|turned out)(?: ?n[o']t\\b| wrong\\b| premature\\w*| false\\b)"
      + "|\\bbut\\b[^.;]{0,60}?\\b(?:(?:kept|keeps|continued to|continues to) (?:grow|ris|climb|increas|fail)\\w*"
      + "|still (?:fail|grow|ris|climb|down\\b|broken|erroring|elevated|unavailable)\\w*)", 0);

  /** Work not finished: "a rollback is in progress", "recovery underway". */
  private static final Pattern UNFINISHED = SharedBoundary.compile("\\bin progress\\b|\\bunder ?way\\b", 0);
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+");

  /**
   * Whether every sentence that speaks of the fix says it is still under way: "Service fully
   * restored. A review of the root cause is underway." is restored; the review is what goes on.
   */
  private static boolean unfinished(Rule r, String t) {
    if (!UNFINISHED.matcher(t).find()) return false;
    for (String sentence : SENTENCE_END.split(t)) {
      if (r.matches(sentence) && !UNFINISHED.matcher(sentence).find()) return false;
    }
    return true;
  }
}
