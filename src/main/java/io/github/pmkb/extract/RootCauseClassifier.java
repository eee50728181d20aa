package io.github.pmkb.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weighs the evidence for each {@link Taxonomy} category and picks the root cause and the
 * contributing causes. Evidence is a signal phrase in a sentence, worth its signal weight times
 * the weight of where it stands ({@link Zone}: the root-cause section says more than the
 * timeline) times its role in the sentence ({@link CausalCues}: the cause clause of "the root
 * cause was" says more than an effect clause). Negated phrases count for nothing. Within one
 * sentence a category counts once, at its best; the first category a cause clause names gets a
 * bonus; on a tie the category the text names first wins.
 *
 * <p>Reading ({@link #evidence}) and deciding ({@link #decide}) are separate so the weights can be
 * fitted and cross-validated on labelled postmortems without reading them again.
 */
final class RootCauseClassifier {
  /** Where a passage stands in a postmortem. */
  enum Zone { TITLE, ROOT_CAUSE, CONTRIBUTING, SUMMARY, BODY, RESOLUTION, TIMELINE, AFTERMATH }

  /** Text of one zone; {@code firstLine} is the 1-based file line of its first line. */
  record Passage(String text, Zone zone, int firstLine) {}

  /**
   * One signal phrase found: its category, signal weight, zone and role; whether it led its cause
   * clause, and whether its sentence is the first of its passage to signal anything.
   */
  record Hit(String category, double weight, Zone zone, CausalCues.Role role, boolean lead, boolean first, boolean aside, int sentence,
      int at, int line) {
    Hit withLead() {
      return new Hit(category, weight, zone, role, true, first, aside, sentence, at, line);
    }

    /** This hit's score under {@code w}. */
    double score(Weights w) {
      return weight * w.zones()[zone.ordinal()] * w.roles()[role.ordinal()] * (lead ? w.lead() : 1) * (first ? w.first() : 1)
          * (aside ? w.aside() : 1);
    }
  }

  /** Every hit of a postmortem, in reading order. */
  record Evidence(List<Hit> hits) {
    Evidence {
      hits = List.copyOf(hits);
    }
  }

  /**
   * The numbers the decision uses. {@code zones} and {@code roles} are indexed by ordinal;
   * {@code lead} multiplies the first hit of a cause clause, {@code first} the hits of the first
   * sentence of a passage that signals anything, {@code aside} the hits {@link CausalCues#isAside}
   * marks; a category's score is the sum of its {@code sentences} best sentences (so that many
   * passing mentions do not outweigh one statement of cause); a contributing cause needs
   * {@code contributing} times the root cause's score; below {@code minimum} the cause is unknown.
   */
  record Weights(double[] zones, double[] roles, double lead, double first, double aside, int sentences, double contributing,
      double minimum) {
    static Weights defaults() {
      return new Weights(new double[] {2, 3, 0, 1.5, 1, 0.5, 0.25, 0.2}, new double[] {3, 1.5, 1, 0.4, 1.5, 0.3}, 1, 1.5, 0.25, 3, 0.35, 1.0);
    }
  }

  /** The root cause, the contributing causes (strongest first) and the line that weighed most. */
  record Result(String category, List<String> contributing, int line) {}

  private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+(?=\\S)");
  private static final Pattern LINK_TARGETS = Pattern.compile("\\]\\([^)]*\\)");
  private static final Pattern URLS = Pattern.compile("(?i)\\bhttps?://\\S+");
  private static final Pattern TAGS = Pattern.compile("<[^>]{1,200}>");
  /** A line that starts a unit of its own: a list item, a table row, a heading, a label. */
  private static final Pattern UNIT_START = Pattern.compile("^\\s*(?:[-*+•|#>]|\\d{1,2}[.)]\\s|\\*\\*|__|[A-Z][\\w ]{0,30}:)");
  /** A line that is a unit on its own: a heading, a bold line, a short label ending in a colon. */
  private static final Pattern ALONE = Pattern.compile("^\\s{0,3}#|^\\s*(?:\\*\\*|__)[^*_]{1,80}(?:\\*\\*|__)\\s*:?\\s*$|^.{1,60}:\\s*$");
  private static final int MAX_CONTRIBUTING = 3;

  private final Taxonomy taxonomy;
  private final SignalAnchors anchors;

  /** Per category and signal, the case-sensitive twin of its pattern for ASCII-lowered text ({@link AsciiFold}), or null. */
  private final Pattern[][] folded;

  RootCauseClassifier(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    this.anchors = SignalAnchors.of(taxonomy);
    this.folded = taxonomy == Taxonomy.defaults() ? DefaultTwins.TWINS : twins(taxonomy);
  }

  private static final class DefaultTwins {
    static final Pattern[][] TWINS = twins(Taxonomy.defaults());
  }

  private static Pattern[][] twins(Taxonomy taxonomy) {
    List<Taxonomy.Category> categories = taxonomy.categories();
    Pattern[][] out = new Pattern[categories.size()][];
    for (int ci = 0; ci < categories.size(); ci++) {
      List<Taxonomy.Signal> signals = categories.get(ci).signals();
      out[ci] = new Pattern[signals.size()];
      for (int si = 0; si < signals.size(); si++) out[ci][si] = AsciiFold.twin(signals.get(si).pattern());
    }
    return out;
  }

  /** The decision with the default weights for {@code passages}, or empty when nothing signals a cause. */
  Optional<Result> classify(List<Passage> passages) {
    return decide(evidence(passages), Weights.defaults());
  }

  /** {@link #classify(List)} of one text of the body zone (a front matter value, a test phrase). */
  Optional<Result> classify(String text) {
    return classify(List.of(new Passage(text, Zone.BODY, 1)));
  }

  /** Every signal phrase in {@code passages}. */
  Evidence evidence(List<Passage> passages) {
    List<Hit> hits = new ArrayList<>();
    int sentenceNo = 0;
    List<Sentence> sentences = new ArrayList<>();
    for (Passage p : passages) {
      int before = hits.size();
      String[] lines = p.text().split("\n", -1);
      int i = 0;
      while (i < lines.length) {
        if (lines[i].isBlank()) {
          i++;
          continue;
        }
        // A paragraph's wrapped lines form one unit, so a sentence may span them.
        int first = i;
        StringBuilder unit = new StringBuilder(lines[i++]);
        boolean alone = ALONE.matcher(lines[first]).find();
        while (!alone && i < lines.length && !lines[i].isBlank() && !UNIT_START.matcher(lines[i]).find()) unit.append(' ').append(lines[i++]);
        for (String sentence : SENTENCES.split(prose(unit.toString()))) sentences.add(new Sentence(sentence, p.firstLine() + first));
      }
      for (int k = 0; k < sentences.size(); k++) {
        String sentence = sentences.get(k).text();
        String next = k + 1 < sentences.size() ? sentences.get(k + 1).text() : "";
        // A yes-no question asserts no cause ("Was it the new release?" asks what the text may
        // deny) unless the next sentence answers yes; a why-question takes its content as given
        // ("Why did the leak go unseen?").
        if (isQuestion(sentence) && !ASKS_WHY.matcher(sentence).lookingAt() && !answersYes(next)) continue;
        if (sentence.length() < 64 && NAMES_ITS_ITEM.matcher(sentence).matches()) promote(hits, before, sentences.get(k).line());
        read(sentence, next, p.zone(), hits.size() == before, sentenceNo++, sentences.get(k).line(), hits);
      }
      sentences.clear();
    }
    return new Evidence(hits);
  }

  /** A sentence that names the item it closes as the root cause: "This is the root cause." */
  private static final Pattern NAMES_ITS_ITEM = Pattern.compile("(?i)\\W*(?:this|that|it)\\s+(?:is|was)\\s+(?:the|our)\\s+"
      + "(?:(?:main|primary|real|actual|underlying)\\s+)?root\\s+cause\\W*");

  /**
   * The hits of the unit (list item, paragraph) starting at file line {@code line}, from index
   * {@code from} on, as statements of the root cause in a root-cause section: the unit's own
   * words say so, wherever it stands (an item of a contributing-factors list).
   */
  private static void promote(List<Hit> hits, int from, int line) {
    boolean lead = true;
    for (int i = from; i < hits.size(); i++) {
      Hit h = hits.get(i);
      if (h.line() != line) continue;
      hits.set(i, new Hit(h.category(), h.weight(), Zone.ROOT_CAUSE, CausalCues.Role.ROOT, h.lead() || lead, h.first(), h.aside(), h.sentence(),
          h.at(), h.line()));
      lead = false;
    }
  }

  /** A sentence of a passage and the file line of its unit. */
  private record Sentence(String text, int line) {}

  /** An answer that affirms the question before it: "Yes.", "Yes, the release ...". */
  private static final Pattern ANSWERED_YES = Pattern.compile("(?i)^[\\W&&[^?]]*(?:yes|yep|indeed|correct)\\b");

  /** What takes back a "yes": "Yes, that was our first guess, but the resolvers were healthy". */
  private static final Pattern YES_BUT = Pattern.compile("(?i)\\b(?:but|however|though|although|turned out|ruled out|at first|first guess"
      + "|healthy|fine)\\b");

  /** Whether {@code answer} affirms the question before it and does not go on to deny it. */
  private static boolean answersYes(String answer) {
    return ANSWERED_YES.matcher(answer).lookingAt() && !YES_BUT.matcher(answer).find();
  }

  /** A question that opens with a question word, after any list mark or label ("Why #2: Why were ..."). */
  private static final Pattern ASKS_WHY = Pattern.compile("(?i)^[\\W\\d_]*(?:[\\w ]{0,12}#?\\d*\\s*:\\s*)?(?:(?:but|and|so|then|okay|ok)\\W{1,3})?"
      + "(?:why|how|what|when|where|which|who)\\b");

  /** Whether {@code sentence} ends with a question mark, before any closing emphasis, bracket or quote. */
  static boolean isQuestion(String sentence) {
    int k = sentence.length() - 1;
    while (k >= 0 && (Character.isWhitespace(sentence.charAt(k)) || "*_)\"'`".indexOf(sentence.charAt(k)) >= 0)) k--;
    return k >= 0 && sentence.charAt(k) == '?';
  }

  /** The text without link targets, URLs and HTML tags, which name files and hosts ("dns.md"), not causes. */
  private static String prose(String text) {
    String s = text.indexOf("](") >= 0 ? LINK_TARGETS.matcher(text).replaceAll("]") : text;
    if (s.contains("://")) s = URLS.matcher(s).replaceAll(" ");
    if (s.indexOf('<') >= 0) s = TAGS.matcher(s).replaceAll(" ");
    return s;
  }

  private void read(String sentence, String next, Zone zone, boolean first, int sentenceNo, int line, List<Hit> out) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    String ascii = null;
    List<CausalCues.Clause> clauses = null;
    List<int[]> fixes = null;
    // Per clause, the position of its earliest hit so far and that hit's index in out.
    Map<Integer, int[]> earliest = new LinkedHashMap<>();
    int from = out.size();
    List<int[]> spans = new ArrayList<>(); // start, end of each hit of this sentence
    boolean[] found = anchors.find(lower);
    List<Taxonomy.Category> categories = taxonomy.categories();
    for (int ci = 0; ci < categories.size(); ci++) {
      Taxonomy.Category c = categories.get(ci);
      List<Taxonomy.Signal> signals = c.signals();
      for (int si = 0; si < signals.size(); si++) {
        Taxonomy.Signal s = signals.get(si);
        if (!anchors.mayMatch(ci, si, found)) continue;
        Pattern twin = folded[ci][si];
        if (twin != null && ascii == null) ascii = AsciiFold.lower(sentence);
        Matcher m = twin != null ? twin.matcher(ascii) : s.pattern().matcher(sentence);
        while (m.find()) {
          if (CausalCues.isNegatedOrUnconfirmed(sentence, lower, m.start(), m.end(), next)) continue;
          if (fixes == null) fixes = CausalCues.fixRollouts(sentence, lower);
          if (CausalCues.within(fixes, m.start(), m.end())) continue;
          if (clauses == null) clauses = CausalCues.clauses(sentence, lower);
          int k = clauseAt(clauses, m.start());
          out.add(new Hit(c.id(), s.weight(), zone, clauses.get(k).role(), false, first, CausalCues.isAside(sentence, lower, m.start()), sentenceNo,
              m.start(), line));
          spans.add(new int[] {m.start(), m.end()});
          int[] e = earliest.get(k);
          if (e == null || m.start() < e[0]) earliest.put(k, new int[] {m.start(), out.size() - 1});
        }
      }
    }
    if (clauses != null) ModifierHits.demote(out, from, spans, clauses);
    for (Map.Entry<Integer, int[]> e : earliest.entrySet()) {
      int idx = e.getValue()[1];
      Hit h = out.get(idx);
      if (h.role() == CausalCues.Role.ROOT || h.role() == CausalCues.Role.CAUSE) {
        out.set(idx, h.withLead());
      }
    }
  }

  static int clauseAt(List<CausalCues.Clause> clauses, int pos) {
    for (int k = 0; k < clauses.size(); k++) {
      if (pos < clauses.get(k).end()) return k;
    }
    return clauses.size() - 1;
  }

  /** The root cause and contributing causes {@code evidence} supports under {@code w}. */
  Optional<Result> decide(Evidence evidence, Weights w) {
    Map<String, Double> scores = scores(evidence, w);
    // Ties go to the category the text names first.
    Map<String, Long> firstSeen = new LinkedHashMap<>();
    for (Hit h : evidence.hits()) firstSeen.merge(h.category(), (long) h.sentence() << 32 | h.at(), Math::min);
    String top = null;
    double topScore = 0;
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      double s = e.getValue();
      boolean tie = top != null && Math.abs(s - topScore) < 1e-9 * Math.max(1, s);
      if (tie ? firstSeen.get(e.getKey()) < firstSeen.get(top) : s > topScore) {
        top = e.getKey();
        topScore = s;
      }
    }
    if (top == null || topScore < w.minimum()) return Optional.empty();
    // A contributing cause is stated as a cause somewhere (a cause clause, a root-cause or
    // contributing-factors section), not merely mentioned, and weighs a share of the root cause.
    Map<String, Boolean> causal = new LinkedHashMap<>();
    // What the author lists under contributing factors contributes, however strong the root cause.
    java.util.Set<String> listed = new java.util.HashSet<>();
    int line = 0;
    double lineScore = 0;
    for (Hit h : evidence.hits()) {
      boolean c = h.role() == CausalCues.Role.ROOT || h.role() == CausalCues.Role.CAUSE
          || h.zone() == Zone.ROOT_CAUSE || h.zone() == Zone.CONTRIBUTING;
      if (c && h.weight() > Taxonomy.WEAK) causal.put(h.category(), true);
      if (h.zone() == Zone.CONTRIBUTING && h.weight() > Taxonomy.WEAK) listed.add(h.category());
      if (h.category().equals(top) && h.score(w) > lineScore) {
        lineScore = h.score(w);
        line = h.line();
      }
    }
    // A contributing-factors section names no root cause, but its causes contribute as much as
    // those of a root-cause section.
    double[] zones = w.zones().clone();
    zones[Zone.CONTRIBUTING.ordinal()] = Math.max(zones[Zone.CONTRIBUTING.ordinal()], zones[Zone.ROOT_CAUSE.ordinal()]);
    Map<String, Double> asContributing = scores(evidence, new Weights(zones, w.roles(), w.lead(), w.first(), w.aside(), w.sentences(),
        w.contributing(), w.minimum()));
    List<String> others = new ArrayList<>();
    for (Map.Entry<String, Double> e : asContributing.entrySet()) {
      if (e.getKey().equals(top)) continue;
      if (listed.contains(e.getKey()) || e.getValue() >= w.contributing() * topScore && causal.containsKey(e.getKey())) others.add(e.getKey());
    }
    others.sort((x, y) -> Double.compare(asContributing.get(y), asContributing.get(x)));
    return Optional.of(new Result(top, List.copyOf(others.subList(0, Math.min(MAX_CONTRIBUTING, others.size()))), line));
  }

  /** Each category's score: per sentence its best hit, summed over its best sentences. */
  Map<String, Double> scores(Evidence evidence, Weights w) {
    Map<String, List<Double>> perSentence = new LinkedHashMap<>();
    Map<String, Double> inSentence = new LinkedHashMap<>();
    int sentence = -1;
    for (Hit h : evidence.hits()) {
      if (h.sentence() != sentence) {
        flush(inSentence, perSentence);
        sentence = h.sentence();
      }
      inSentence.merge(h.category(), h.score(w), Math::max);
    }
    flush(inSentence, perSentence);
    Map<String, Double> scores = new LinkedHashMap<>();
    for (Map.Entry<String, List<Double>> e : perSentence.entrySet()) {
      List<Double> v = e.getValue();
      v.sort(java.util.Comparator.reverseOrder());
      double sum = 0;
      for (int i = 0; i < v.size() && (w.sentences() <= 0 || i < w.sentences()); i++) sum += v.get(i);
      scores.put(e.getKey(), sum);
    }
    return scores;
  }

  private static void flush(Map<String, Double> inSentence, Map<String, List<Double>> perSentence) {
    for (Map.Entry<String, Double> e : inSentence.entrySet()) perSentence.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
    inSentence.clear();
  }
}
