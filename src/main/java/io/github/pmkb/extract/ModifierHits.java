package io.github.pmkb.extract;

import java.util.List;
import io.github.pmkb.extract.RootCauseClassifier.Hit;

/** Root-cause hits of one sentence that only modify a longer phrase of another category. */
final class ModifierHits {
  private ModifierHits() {}

  /**
   * A cause phrase that lies inside another category's longer phrase only modifies that phrase's
   * head: in "a bad rate limiter configuration" the cause is the configuration, and "rate limiter"
   * says which one. Such a hit keeps its place but loses its causal role; only to a longer phrase
   * that is itself a cause and lies within one clause ("wrong results because DNS entries were
   * stale" spans a cue, and its "wrong results" is the effect).
   */
  static void demote(List<Hit> out, int from, List<int[]> spans, List<CausalCues.Clause> clauses) {
    for (int i = 0; i < spans.size(); i++) {
      Hit h = out.get(from + i);
      if (h.role() != CausalCues.Role.ROOT && h.role() != CausalCues.Role.CAUSE) continue;
      int[] a = spans.get(i);
      for (int j = 0; j < spans.size(); j++) {
        int[] b = spans.get(j);
        Hit container = out.get(from + j);
        // Strictly inside: "bad configuration" in "bad configuration push" shares its adjective with the whole, and stays.
        if (container.category().equals(h.category()) || b[0] >= a[0] || b[1] < a[1]) continue;
        if (container.role() != CausalCues.Role.ROOT && container.role() != CausalCues.Role.CAUSE) continue;
        if (RootCauseClassifier.clauseAt(clauses, b[0]) != RootCauseClassifier.clauseAt(clauses, b[1] - 1)) continue;
        out.set(from + i, new Hit(h.category(), h.weight(), h.zone(), CausalCues.Role.NEUTRAL, false, h.first(), h.aside(), h.sentence(),
            h.at(), h.line()));
        break;
      }
    }
  }
}
