package io.github.pmkb.model;

import java.util.Optional;

/**
 * Who was hurt and how much.
 *
 * @param usersPercent share of users affected, 0-100, where stated
 * @param sentence the sentence that states the impact, for cards and search snippets
 */
public record Impact(Optional<Sourced<Double>> usersPercent, Optional<Sourced<String>> sentence) {
  public static Impact none() {
    return new Impact(Optional.empty(), Optional.empty());
  }
}
