package io.github.pmkb.plan;

import java.util.Locale;
import io.github.pmkb.analytics.Analytics;
import io.github.pmkb.extract.Taxonomy;
import io.github.pmkb.index.Fields;

/**
 * The one way each value reads on the site: a root cause by its taxonomy label ("Memory leak",
 * never {@code memory-leak} on one page and "memory leak" on another), a missing severity as
 * "not stated", counts with their noun in the right number.
 */
final class Labels {
  /** A fact the postmortem does not give. */
  static final String NOT_STATED = Analytics.NOT_STATED;

  private Labels() {}

  /** The taxonomy's label ("Capacity / traffic surge"), else the id made readable ("Queue backlog"). */
  static String rootCause(String id) {
    for (Taxonomy.Category c : Taxonomy.defaults().categories()) if (c.id().equals(id)) return c.label();
    return sentence(id.replace('-', ' '));
  }

  /** A facet value as people read it: root and contributing causes by label, the rest as written. */
  static String of(String dim, String value) {
    return dim.equals(Fields.FACET_ROOT_CAUSE) || dim.equals(Fields.FACET_CONTRIBUTING) ? rootCause(value) : value;
  }

  /** "1 incident", "3 incidents". */
  static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }

  private static String sentence(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
