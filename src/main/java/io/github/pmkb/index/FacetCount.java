package io.github.pmkb.index;

/** One value of a facet and how many postmortems have it. */
public record FacetCount(String value, int count) {}
