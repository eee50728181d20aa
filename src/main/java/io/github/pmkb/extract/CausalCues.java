package io.github.pmkb.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sentence states a cause. Cue phrases split a sentence into clauses: after "the root
 * cause was", "caused by" or "due to" comes the cause; before "caused", "led to" or "resulted in"
 * stands the cause and after it the effect. "A load spike overloaded the database, causing it to
 * crash" makes the spike the cause and the crash an effect; a chain "A caused B, causing C" has
 * one cause, A. Also tells when a phrase is negated ("it was not a DNS problem").
 */
final class CausalCues {
  /** What a stretch of a sentence says about the incident. */
  enum Role { ROOT, CAUSE, NEUTRAL, EFFECT, VEHICLE, REMEDY }

  /** A stretch {@code [start, end)} of a sentence and its role. */
  record Clause(int start, int end, Role role) {}

  private enum Kind { ROOT_AFTER, AFTER, ROOT_BEFORE, BEFORE, VEHICLE, REMEDY }

  /** Cues naming the cause itself, the strongest statement a text makes ("the root cause was X"). */
  private static final String ROOT_AFTER = "\\broot[- ]?causes?\\b(?:[^.:;]{0,80}?)(?:\\bwas\\b|\\bis\\b|\\bwere\\b|\\bare\\b|:|\\bincludes?\\b"
      + "|\\bidentified as\\b|\\bdetermined to be\\b|\\bturned out to be\\b|\\bappears to be\\b|\\bseems to be\\b|\\bhas been\\b|-\\s|\u2014|\u2013)"
      + "|\\b(?:primary|main|underlying|real|actual|likely|probable|immediate|direct|technical) (?:cause|reason|culprit|trigger|issue|problem)s?"
      + "\\b(?:[^.:;]{0,60}?)(?:\\bwas\\b|\\bis\\b|:|\\bwere\\b)|\\bthe (?:cause|reason) (?:(?:of|for|behind) [^.:;]{0,60}?)?(?:was|is)\\b"
      + "|^\\W*reason (?:was|is)\\b";
  /** Cues after which the cause follows. */
  private static final String AFTER = "\\bcaused by\\b|\\bdue to\\b|\\bbecause(?: of)?\\b|\\bas a (?:direct )?result of\\b|\\bresult(?:ed|s|ing)? from\\b"
      + "|\\bstem(?:s|med|ming)? from\\b|\\btraced (?:back )?to\\b|\\btriggered by\\b|\\battributed to\\b|\\battributable to\\b"
      + "|\\boriginat\\w* (?:from|in)\\b|\\bowing to\\b|\\barose from\\b|\\bbrought (?:on|about) by\\b|\\bblamed on\\b"
      + "|\\b(?:the )?(?:issue|problem|culprit) (?:was|is)(?: that)?\\b|\\bthanks to\\b|\\bcaused when\\b"
      + "|\\b(?:was|is|were|are) (?:a |the )?(?:direct )?result of\\b|\\bthe trigger (?:(?:for|of) [^.:;]{0,60}?)?(?:was|is)\\b";
  /** Cues naming what stands before them as the cause ("X was the root cause"). */
  private static final String ROOT_BEFORE = "\\b(?:was|is|were|are) (?:the |a )?(?:primary |main |underlying |likely |probable )?(?:root )?(?:cause|culprit)\\b"
      + "|\\b(?:was|is) to blame\\b";
  /**
   * Cues between a vehicle and the defect it brought: "a deploy introduced a leak", "a surge in
   * traffic triggered a memory leak". Both are causes, the defect the more specific one. Passive
   * and reduced forms ("was triggered", "a leak introduced in v2") are no such cue.
   */
  private static final String VEHICLE = "(?<!\\b(?:was|were|is|are|be|been|being|got) )\\b(?:introduc(?:ed|ing|es)|trigger(?:ed|s|ing)|exposed|surfaced)\\b"
      + "(?!\\s+(?:in|by|with|during|via|through|into|as|when|on|at|from|after|before|while|and|or)\\b|\\s*[.,;:)])";
  /** Cues after which the fix follows, which names what was done, not what went wrong. */
  private static final String REMEDY = "\\b(?:resolved|fixed|mitigated|remedied|addressed|solved|restored|recovered|remediated) (?:it )?(?:by|through|via|with)\\b"
      + "|\\bthe (?:fix|solution|remedy|resolution|workaround) (?:was|is|involved)\\b|\\bto (?:fix|resolve|mitigate|remedy) (?:this|it|the (?:issue|problem|outage))\\b";
  /** Cues after which the effect follows. */
  private static final String BEFORE = "\\bcaus(?:ed|es|ing)\\b|\\b(?:led|lead|leads|leading) to\\b|\\bresult(?:ed|s|ing)? in\\b"
      + "|\\bbrought down\\b|\\btook down\\b|\\bbr(?:oke|eaking)\\b|\\bprevent(?:ed|ing|s)\\b|\\bwhich meant\\b"
      + "|\\bmeaning that\\b|\\bcontributed to\\b|\\bexacerbat\\w+";

  static final Pattern CUES = SharedBoundary.compile("(?i)(?<rootAfter>" + ROOT_AFTER + ")|(?<rootBefore>" + ROOT_BEFORE + ")|(?<after>" + AFTER
      + ")|(?<vehicle>" + VEHICLE + ")|(?<remedy>" + REMEDY + ")|(?<before>" + BEFORE + ")", 0);

  /** {@link #CUES} for ASCII-lowered text ({@link AsciiFold}). */
  private static final Pattern CUES_FOLDED = Objects.requireNonNull(AsciiFold.twin(CUES));

  /** Lower-case strings one of which every cue contains: most sentences have none. */
  private static final List<String> ANCHORS = List.of("caus", "due to", "because", "result", "stem", "traced", "trigger", "attribut", "originat",
      "owing", "arose", "brought", "blame", "issue", "problem", "reason", "culprit", "thanks to", "introduc", "led to", "lead",
      "took down", "broke", "breaking", "prevent", "meant", "meaning", "contributed", "exacerbat", "introduc", "exposed", "surfaced", "resolved", "fixed", "mitigated", "remedied", "addressed", "solved", "restored",
      "recovered", "remediated", "fix", "solution", "remedy", "resolution", "workaround", "resolve", "mitigate");

  /** A negation right before a phrase: "not a", "no", "ruled out", "rather than the". */
  static final Pattern NEGATED_BEFORE = SharedBoundary.compile("(?i)(?:\\bnot|n't|\\bno|\\bnever|\\bnor|\\bneither|\\brather than|\\binstead of"
      + "|\\bruled out|\\bunrelated to|\\bother than|\\bwithout|\\bexcluded"
      + "|(?<suspected>\\b(?:first|initially|originally)\\s+(?:suspected|thought|believed|assumed)(?:\\s+(?:it|that|this))?))\\s+(?:(?:a|an|the|any|caused by|due to|related to|because of|from|by|of|to"
      + "|was|were|is|be|been|simply|just|actually|really)\\s+){0,3}$", 0);
  /**
   * A suspicion that was borne out, after it or in the next sentence. The confirmation must point
   * back at the suspicion ("which was confirmed", "this was later confirmed", "the logs confirmed
   * it"): "The logs confirmed the balancer dropped them" or "the deploy was confirmed as the
   * trigger" confirm something else, "that was never confirmed" nothing, and "which was confirmed
   * to be healthy" clears the suspect.
   */
  static final Pattern CONFIRMED = Pattern.compile("(?i)\\b(?:it|this|that|which|(?:the|our) (?:suspicion|hypothesis|theory|guess))\\s+"
      + "(?:was|were|is|has been|had been|got)\\s+(?:(?:quickly|soon|later|then|indeed|also|finally|eventually|clearly)\\s+)?confirmed\\b"
      + "(?!\\s+(?:to be|as)\\s+(?:not\\b|healthy|fine|working|ok\\b|normal|unaffected|unrelated|irrelevant))"
      + "|\\bconfirm(?:ed|s)(?<!(?:\\bnot |n't |\\bnever )confirm(?:ed|s))\\s+(?:it|this|that|(?:our|the) (?:suspicion|hypothesis|theory|guess))"
      + "\\s*(?:[.,;!]|$)");
  /** A negation right after a phrase: "DNS was ruled out", "the database was not the cause". */
  static final Pattern NEGATED_AFTER = Pattern.compile("(?i)^\\W{0,3}(?:\\w+\\W+){0,2}?(?:(?:was|were|is|are|had been|has been)\\s+(?:ruled out|excluded"
      + "|not (?:the |a )?(?:cause|culprit|issue|problem|involved|at fault|to blame|responsible)|unaffected|not affected|healthy|working (?:fine|normally))"
      // "worked fine until …" or "… in staging" tells when it failed, not that it never did.
      + "|(?:worked|works|kept working)\\s+(?:fine|normally|correctly|as expected|the whole time|throughout)"
      + "(?!\\s+(?:until|till|up to|before|at first|initially|in (?:staging|test\\w*|dev\\w*|qa|pre-?prod\\w*))\\b))"
      // A change undone without effect is cleared: "rolled back 4.2, but the crashes continued".
      // Not "remained" or "kept": "expired, but the failure remained unnoticed" keeps its cause.
      + "|^\\W{0,3}(?:[\\w.]+\\W+){0,4}?but\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}?(?:continued|persisted|did not stop|didn't stop)\\b");

  /**
   * Words after which a phrase is the object of watching, testing or guarding, or a circumstance,
   * not a cause: "lack of monitoring for the database", "crashed under peak load", "to avoid an
   * overload".
   */
  static final Pattern ASIDE_BEFORE = Pattern.compile("(?i)\\b(?:monitor\\w*|alert\\w*|test\\w*|dashboards?|metrics?|visibility"
      + "|observability|detect\\w*|documentation|runbooks?|during|under|amid(?:st)?|in case of|avoid\\w*|protect\\w*|against|handle)"
      + "(?:\\s+[\\w'/-]+){0,5}\\s+$");

  private CausalCues() {}

  /** Whether the phrase at {@code start} of {@code sentence} ({@code lowerCased} in lower case) is an aside ({@link #ASIDE_BEFORE}). */
  static boolean isAside(String sentence, String lowerCased, int start) {
    int from = Math.max(0, start - 64);
    return Chars.containsAny(Chars.lowerSlice(sentence, lowerCased, from, start), ASIDE_WORDS)
        && ASIDE_BEFORE.matcher(sentence.substring(from, start)).find();
  }

  /** Lower-case strings one of which every match of {@link #ASIDE_BEFORE} contains. */
  static final List<String> ASIDE_WORDS = List.of("monitor", "alert", "test", "dashboard", "metric", "visibility", "observability", "detect",
      "documentation", "runbook", "during", "under", "amid", "in case of", "avoid", "protect", "against", "handle");
  /** Lower-case strings one of which every match of {@link #NEGATED_BEFORE} contains. */
  static final List<String> NEGATION_BEFORE_WORDS = List.of("no", "n't", "never", "neither", "rather than", "instead of", "ruled out",
      "unrelated to", "other than", "without", "excluded", "suspected", "thought", "believed", "assumed");
  /** Lower-case strings one of which every match of {@link #NEGATED_AFTER} contains. */
  static final List<String> NEGATION_AFTER_WORDS = List.of("ruled out", "excluded", "not ", "unaffected", "healthy", "working", "worked", "but");


  /** The clauses of {@code sentence}, covering it from start to end, given it in lower case too. */
  static List<Clause> clauses(String sentence, String lowerCased) {
    if (!mayHaveCue(lowerCased)) return List.of(new Clause(0, sentence.length(), Role.NEUTRAL));
    List<int[]> cues = new ArrayList<>(); // start, end, kind ordinal
    Matcher m = CUES_FOLDED.matcher(AsciiFold.lower(sentence));
    while (m.find()) {
      Kind k = m.group("rootAfter") != null ? Kind.ROOT_AFTER : m.group("rootBefore") != null ? Kind.ROOT_BEFORE
          : m.group("after") != null ? Kind.AFTER : m.group("vehicle") != null ? Kind.VEHICLE : m.group("remedy") != null ? Kind.REMEDY
          : Kind.BEFORE;
      cues.add(new int[] {m.start(), m.end(), k.ordinal()});
    }
    if (cues.isEmpty()) return List.of(new Clause(0, sentence.length(), Role.NEUTRAL));
    List<Clause> out = new ArrayList<>();
    boolean rootOpen = false; // a "the root cause was" reaches over a vehicle cue to the defect it names
    for (int i = 0; i <= cues.size(); i++) {
      int start = i == 0 ? 0 : cues.get(i - 1)[1];
      int end = i == cues.size() ? sentence.length() : cues.get(i)[0];
      Kind prev = i == 0 ? null : Kind.values()[cues.get(i - 1)[2]];
      Kind next = i == cues.size() ? null : Kind.values()[cues.get(i)[2]];
      if (prev == Kind.ROOT_AFTER) rootOpen = true;
      else if (prev != null && prev != Kind.VEHICLE) rootOpen = false;
      Role r = prev == Kind.REMEDY ? Role.REMEDY : next == Kind.VEHICLE ? Role.VEHICLE : prev == Kind.VEHICLE ? (rootOpen ? Role.ROOT : Role.CAUSE)
          : role(prev, next);
      out.add(new Clause(start, Math.max(start, end), r));
    }
    return out;
  }

  /**
   * The role of the stretch between cue {@code prev} and cue {@code next} (either may be absent).
   * What follows a cause cue is a cause; what follows an effect cue is an effect, even when
   * another effect cue comes next (the middle of a chain); what precedes an effect cue is a cause.
   */
  private static Role role(Kind prev, Kind next) {
    if (prev == Kind.ROOT_AFTER) return Role.ROOT;
    if (prev == Kind.AFTER) return Role.CAUSE;
    if (prev == Kind.BEFORE || prev == Kind.ROOT_BEFORE) return Role.EFFECT;
    if (next == Kind.ROOT_BEFORE) return Role.ROOT;
    if (next == Kind.BEFORE) return Role.CAUSE;
    if (next == Kind.AFTER || next == Kind.ROOT_AFTER) return Role.EFFECT;
    return Role.NEUTRAL;
  }

  /** Whether the phrase at {@code [start, end)} of {@code sentence} ({@code lowerCased} in lower case) is negated. */
  static boolean isNegated(String sentence, String lowerCased, int start, int end) {
    return isNegatedOrUnconfirmed(sentence, lowerCased, start, end, "");
  }

  /**
   * Whether the phrase is negated, or a suspicion ("we first suspected X") that neither the rest
   * of the sentence nor {@code next}, the sentence after it, confirms: two ways of asserting no cause.
   */
  static boolean isNegatedOrUnconfirmed(String sentence, String lowerCased, int start, int end, String next) {
    int from = Math.max(0, start - 48);
    Matcher before;
    if (Chars.containsAny(Chars.lowerSlice(sentence, lowerCased, from, start), NEGATION_BEFORE_WORDS)
        && (before = NEGATED_BEFORE.matcher(sentence.substring(from, start))).find()) {
      if (before.group("suspected") == null) return true;
      boolean confirmed = lowerCased.indexOf("confirm", end) >= 0 && CONFIRMED.matcher(sentence).region(end, sentence.length()).find()
          || next.toLowerCase(java.util.Locale.ROOT).contains("confirm") && CONFIRMED.matcher(next).find();
      if (!confirmed) return true;
    }
    int to = Math.min(sentence.length(), end + 60);
    return Chars.containsAny(Chars.lowerSlice(sentence, lowerCased, end, to), NEGATION_AFTER_WORDS)
        && NEGATED_AFTER.matcher(sentence.substring(end, to)).find();
  }

  /**
   * A fix that was shipped: "a fix has been rolled out", "we have deployed a fix", "the patch was
   * released". Its deploy words tell the mitigation, as status-page updates write it, not a
   * faulty release.
   */
  static final Pattern FIX_ROLLOUT = Pattern.compile("(?i)\\b(?:deploy(?:ed|ing|s)?|roll(?:ed|ing|s)? out|releas(?:ed|ing|es)?|push(?:ed|ing|es)?"
      + "|ship(?:ped|ping|s)?|appl(?:ied|ying|ies))\\s+(?:out\\s+)?(?:a|an|the|our)\\s+(?:\\w+\\s+)?(?:fix(?:es)?|patch(?:es)?|hotfix(?:es)?|workaround|mitigation)\\b"
      + "|\\b(?:fix(?:es)?|patch(?:es)?|hotfix(?:es)?|workaround|mitigation)\\s+(?:has|have|had)?\\s*(?:been|was|were|is|are|being)\\s+"
      + "(?:\\w+\\s+)?(?:deployed|rolled out|released|pushed|shipped|applied)\\b");

  /** The spans of {@link #FIX_ROLLOUT} in {@code sentence} ({@code lowerCased} in lower case); usually none. */
  static List<int[]> fixRollouts(String sentence, String lowerCased) {
    if (!Chars.containsAny(lowerCased, FIX_WORDS)) return List.of();
    List<int[]> out = new ArrayList<>();
    Matcher m = FIX_ROLLOUT.matcher(sentence);
    while (m.find()) {
      // "pushed a patch that removed the session check" blames the patch: its deploy words stay.
      if (BLAMED.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) continue;
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  /** What follows a shipped fix when the text blames it: "... that removed the check", "..., which broke logins". */
  private static final Pattern BLAMED = Pattern.compile("(?i)[^.;]{0,60}?\\b(?:that|which)\\s+(?:\\w+\\s+)?(?:broke|removed|dropped|introduced|caused"
      + "|disabled|deleted|triggered|contained|changed|set|turned off|bypassed|skipped|corrupted)\\b");

  private static final List<String> FIX_WORDS = List.of("fix", "patch", "workaround", "mitigation");

  /** Whether {@code [start, end)} lies within one of {@code spans}. */
  static boolean within(List<int[]> spans, int start, int end) {
    for (int[] s : spans) if (start >= s[0] && end <= s[1]) return true;
    return false;
  }

  /** Whether {@code lowerCased} may hold a cue; false rules every cue out. */
  static boolean mayHaveCue(String lowerCased) {
    return Chars.containsAny(lowerCased, ANCHORS);
  }
}
