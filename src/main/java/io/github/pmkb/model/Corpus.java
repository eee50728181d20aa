package io.github.pmkb.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * All postmortems of a site, newest first (undated last), ties broken by slug so that every
 * listing, page and index built from it is deterministic.
 */
public record Corpus(List<Postmortem> postmortems) {

  /** Newest first; postmortems without a date sort after every dated one; then by slug. */
  public static final Comparator<Postmortem> ORDER =
      Comparator.comparing(
              (Postmortem p) -> p.day().orElse(LocalDate.MIN), Comparator.reverseOrder())
          .thenComparing(Postmortem::slug);

  public Corpus {
    List<Postmortem> sorted = new ArrayList<>(postmortems);
    sorted.sort(ORDER);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).slug().equals(sorted.get(i - 1).slug())) {
        throw new IllegalArgumentException("duplicate slug " + sorted.get(i).slug());
      }
    }
    postmortems = Collections.unmodifiableList(sorted);
  }

  public int size() {
    return postmortems.size();
  }

  /** Postmortems grouped by tag, tags in natural order, each list in corpus order. */
  public Map<String, List<Postmortem>> byTag() {
    Map<String, List<Postmortem>> out = new TreeMap<>();
    for (Postmortem p : postmortems) {
      for (String tag : p.tags()) out.computeIfAbsent(tag, t -> new ArrayList<>()).add(p);
    }
    out.replaceAll((t, l) -> List.copyOf(l));
    return Collections.unmodifiableMap(out);
  }
}
