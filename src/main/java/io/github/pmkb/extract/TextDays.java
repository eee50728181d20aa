package io.github.pmkb.extract;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the whole text says about days, read at most once per document: many lines of a summary
 * may ask for it.
 */
final class TextDays {
  private final BodyLines lines;
  private Optional<Integer> firstYear;
  private Set<LocalDate> settledDays;

  TextDays(BodyLines lines) {
    this.lines = lines;
  }

  /** The first year stated with a day anywhere in the text. */
  Optional<Integer> firstYear() {
    if (firstYear == null) firstYear = scanFirstYear();
    return firstYear;
  }

  private Optional<Integer> scanFirstYear() {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.isFenced(i)) continue;
      for (Stamp s : Stamps.findAll(lines.get(i))) if (s.hasDate() && s.year().isPresent()) return s.year();
    }
    return Optional.empty();
  }

  /** Days written so that they read one way only (a month name, an ISO date). */
  Set<LocalDate> settledDays() {
    if (settledDays != null) return settledDays;
    settledDays = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.isFenced(i)) continue;
      for (Stamp s : Stamps.findAll(lines.get(i))) {
        if (s.year().isPresent() && !s.isDayMonthAmbiguous()) s.date(Optional.empty()).ifPresent(settledDays::add);
      }
    }
    return settledDays;
  }
}
