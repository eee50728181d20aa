package io.github.pmkb.index;

import java.util.List;

/**
 * An incident related to another one, and why.
 *
 * @param reasons most telling first: {@code same root cause}, {@code same service}, {@code
 *     similar text}
 */
public record Related(String slug, List<String> reasons) {
  public static final String SAME_ROOT_CAUSE = "same root cause";
  public static final String SAME_SERVICE = "same service";
  public static final String SIMILAR_TEXT = "similar text";

  public Related {
    reasons = List.copyOf(reasons);
  }
}
