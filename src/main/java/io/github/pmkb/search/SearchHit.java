package io.github.pmkb.search;

/**
 * One ranked result.
 *
 * @param date ISO date, empty when unknown
 * @param snippet the best passage of the body with matches marked (see {@link Highlight})
 */
public record SearchHit(String slug, String title, String date, String rootCause, float score, String snippet) {}
