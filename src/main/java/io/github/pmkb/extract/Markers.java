package io.github.pmkb.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import io.github.pmkb.model.Marker;

/**
 * What a timeline line marks, read from its words. The SRE template's explicit markers ("OUTAGE
 * BEGINS", "OUTAGE MITIGATED", "INCIDENT ENDS") win; then resolution, mitigation, escalation and
 * detection wording, in that order, because "resolved after the alert" is a resolution.
 */
final class Markers {
  private static final List<Rule> RULES = List.of(
      new Rule(Marker.BEGINS, "\\b(?:outage|incident|impact) (?:begins|starts|began|started)\\b",
          List.of("begins", "starts", "began", "started")),
      new Rule(Marker.MITIGATED, "\\b(?:outage|incident) mitigated\\b",
          List.of("mitigated")),
      new Rule(Marker.RESOLVED, "\\b(?:outage|incident) ends\\b",
          List.of(" ends")),
      new Rule(Marker.RESOLVED, "\\bresolved\\b|\\bresolution\\b(?! (?:of|to) )|\\bfully (?:restored|recovered|operational|functional)\\b"
          + "|\\bback to normal\\b|\\bnormal (?:service|operations?|functionality|performance)\\b|\\bservices? (?:was |were )?restored\\b"
          + "|\\b(?:was|were) restored\\b|\\brestored to normal\\b|\\bresumed\\b|\\brecovered\\b|\\bclosed\\b|\\bstabili[sz]ed\\b",
          List.of("resol", "fully ", "normal", "restored", "resumed", "recovered", "closed", "stabili")),
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

  private Markers() {}

  /**
   * A marker, its wording, and lower-case strings one of which every match contains: a line
   * holding none of them skips the regex, as most timeline lines do.
   */
  private record Rule(Marker marker, Pattern pattern, List<String> anchors) {
    Rule(Marker marker, String regex, List<String> anchors) {
      this(marker, Pattern.compile(regex), anchors);
    }

    boolean matches(String lowerCased) {
      for (String a : anchors) {
        if (lowerCased.contains(a)) return pattern.matcher(lowerCased).find();
      }
      return false;
    }
  }

  static Optional<Marker> of(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    for (Rule r : RULES) if (r.matches(t)) return Optional.of(r.marker());
    return Optional.empty();
  }
}
