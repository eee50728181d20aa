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
 * Picks the root-cause category of a text by counting signal words of each {@link Taxonomy}
 * category. Words in a sentence that says it is the cause ("the root cause was", "caused by",
 * "due to") count three times: a postmortem names many components but states one cause. Ties go
 * to the earlier category.
 */
final class RootCauseClassifier {
  static final Pattern CAUSAL = Pattern.compile("(?i)\\broot cause\\b|\\bcaused by\\b|\\bdue to\\b|\\bbecause\\b"
      + "|\\btriggered\\b|\\bresult(?:ed)? of\\b|\\bwas the cause\\b|\\bstemm\\w+ from\\b|\\btraced (?:back )?to\\b");
  private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+|\\n");
  private static final Pattern LINK_TARGETS = Pattern.compile("\\]\\([^)]*\\)");
  private static final Pattern URLS = Pattern.compile("(?i)\\bhttps?://\\S+");

  /** Lower-case strings one of which every match of {@link #CAUSAL} contains. */
  private static final String[] CAUSAL_ANCHORS = {"cause", "due to", "triggered", "result", "stemm", "traced"};

  private final Taxonomy taxonomy;

  RootCauseClassifier(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** A category and the other categories the text also signals (free tags). */
  record Result(String category, List<String> alsoSignalled) {}

  /** Whether {@code lowerCased} (a sentence in lower case) may state a cause; false rules it out. */
  static boolean mayBeCausal(String lowerCased) {
    for (String a : CAUSAL_ANCHORS) {
      if (lowerCased.contains(a)) return true;
    }
    return false;
  }

  /** The best category for {@code text}, or empty when no signal word occurs. */
  Optional<Result> classify(String text) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    // Link targets and URLs name files and hosts ("dns.md"), not causes.
    String prose = text.contains("](") ? LINK_TARGETS.matcher(text).replaceAll("]") : text;
    if (prose.contains("://")) prose = URLS.matcher(prose).replaceAll(" ");
    for (String sentence : SENTENCES.split(prose)) {
      if (sentence.isBlank()) continue;
      // Most sentences name no category: the anchors rule out nearly every regex run, which is
      // what made classification the costliest step of a build.
      String lower = sentence.toLowerCase(Locale.ROOT);
      int weight = 0;
      for (Taxonomy.Category c : taxonomy.categories()) {
        if (!c.mayMatch(lower)) continue;
        Matcher m = c.signals().matcher(sentence);
        int hits = 0;
        while (m.find()) hits++;
        if (hits == 0) continue;
        if (weight == 0) weight = mayBeCausal(lower) && CAUSAL.matcher(sentence).find() ? 3 : 1;
        scores.merge(c.id(), hits * weight, Integer::sum);
      }
    }
    if (scores.isEmpty()) return Optional.empty();
    String best = null;
    int bestScore = 0;
    for (Taxonomy.Category c : taxonomy.categories()) {
      int s = scores.getOrDefault(c.id(), 0);
      if (s > bestScore) {
        best = c.id();
        bestScore = s;
      }
    }
    List<String> also = new ArrayList<>();
    for (Taxonomy.Category c : taxonomy.categories()) {
      if (!c.id().equals(best) && scores.containsKey(c.id())) also.add(c.id());
    }
    return Optional.of(new Result(best, also));
  }
}
