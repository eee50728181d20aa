package io.github.pmkb.index;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.model.Sourced;

/**
 * The facet values of one postmortem, the single definition both the index and the site's facet
 * pages use, so a facet page lists exactly the incidents its count says.
 *
 * <p>Root cause is always present ({@value Fields#UNKNOWN} when extraction found none); severity,
 * year and month only when known; contributing causes, tags and services may be empty. Values are exact strings;
 * duplicates within one postmortem are dropped.
 */
public final class FacetValues {
  private FacetValues() {}

  /** Dimension ({@link Fields#FACETS} order) to this postmortem's values. */
  public static Map<String, List<String>> of(Postmortem p) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    out.put(Fields.FACET_ROOT_CAUSE, List.of(rootCause(p)));
    out.put(Fields.FACET_CONTRIBUTING, distinct(p.incident().contributingIds()));
    out.put(Fields.FACET_TAG, distinct(p.tags()));
    out.put(Fields.FACET_SEVERITY, p.incident().severity().map(s -> List.of(s.value().label())).orElse(List.of()));
    out.put(Fields.FACET_SERVICE, distinct(p.incident().serviceNames()));
    String date = p.day().map(Object::toString).orElse("");
    out.put(Fields.FACET_YEAR, date.isEmpty() ? List.of() : List.of(date.substring(0, 4)));
    out.put(Fields.FACET_MONTH, date.isEmpty() ? List.of() : List.of(date.substring(0, 7)));
    return out;
  }

  /** The root-cause category id, or {@value Fields#UNKNOWN}. */
  public static String rootCause(Postmortem p) {
    String v = p.incident().rootCause().value().strip();
    return v.isEmpty() ? Fields.UNKNOWN : v;
  }

  /** Stated duration, else start to resolution; absent when unknown or negative. */
  public static Optional<Duration> duration(Postmortem p) {
    Optional<Duration> d = p.incident().duration().map(Sourced::value).or(() -> p.incident().timeToResolve());
    return d.filter(x -> !x.isNegative());
  }

  private static List<String> distinct(List<String> values) {
    List<String> out = new ArrayList<>(new LinkedHashSet<>(values.stream().map(String::strip)
        .filter(s -> !s.isEmpty()).toList()));
    return List.copyOf(out);
  }
}
