package org.x.pmkb.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.x.pmkb.model.Marker;

/**
 * What a timeline line marks, read from its words. The SRE template's explicit markers ("OUTAGE
 * BEGINS", "OUTAGE MITIGATED", "INCIDENT ENDS") win; then resolution, mitigation, escalation and
 * detection wording, in that order, because "resolved after the alert" is a resolution.
 */
final class Markers {
  private static final List<Map.Entry<Marker, Pattern>> RULES = List.of(
      Map.entry(Marker.BEGINS, p("\\b(?:outage|incident|impact) (?:begins|starts|began|started)\\b")),
      Map.entry(Marker.MITIGATED, p("\\b(?:outage|incident) mitigated\\b")),
      Map.entry(Marker.RESOLVED, p("\\b(?:outage|incident) ends\\b")),
      Map.entry(Marker.RESOLVED, p("\\bresolved\\b|\\bresolution\\b(?! (?:of|to) )|\\bfully (?:restored|recovered|operational|functional)\\b"
          + "|\\bback to normal\\b|\\bnormal (?:service|operations?|functionality|performance)\\b|\\bservices? (?:was |were )?restored\\b"
          + "|\\b(?:was|were) restored\\b|\\brestored to normal\\b|\\bresumed\\b|\\brecovered\\b|\\bclosed\\b|\\bstabili[sz]ed\\b")),
      Map.entry(Marker.MITIGATED, p("\\bmitigat\\w*|\\bworkaround\\b|\\btemporary fix\\b|\\brolled back\\b|\\brollback\\b"
          + "|\\broll(?:ing)? back\\b|\\bhotfix\\b|\\bfailover\\b|\\bfailed over\\b")),
      Map.entry(Marker.ESCALATED, p("\\bescalat\\w*")),
      Map.entry(Marker.DETECTED, p("\\bdetected\\b|\\bdetection\\b|\\balert(?:ed|s|ing)?\\b|\\bnoticed\\b|\\bfirst reported\\b"
          + "|\\bpaged\\b|\\breported\\b|\\bpage (?:was )?(?:sent|fired)\\b|\\bdiscovered\\b|\\bidentified the issue\\b")),
      Map.entry(Marker.BEGINS, p("\\b(?:began|started) (?:failing|returning|to fail|to return|to slow)\\b|\\bwent down\\b"
          + "|\\bdeploy(?:ed|ment)? (?:was )?(?:started|began|initiated)\\b")));

  private Markers() {}

  private static Pattern p(String regex) {
    return Pattern.compile(regex);
  }

  static Optional<Marker> of(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    for (Map.Entry<Marker, Pattern> r : RULES) if (r.getValue().matcher(t).find()) return Optional.of(r.getKey());
    return Optional.empty();
  }
}
