package io.github.pmkb.model;

import java.util.Optional;

/**
 * A follow-up from a postmortem.
 *
 * @param status normalised: {@code todo}, {@code in-progress}, {@code done} or {@code wontfix}
 */
public record ActionItem(String text, Optional<String> owner, Optional<String> status, int line) {
  public boolean isDone() {
    return status.filter("done"::equals).isPresent();
  }
}
