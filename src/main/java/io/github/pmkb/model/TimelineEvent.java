package io.github.pmkb.model;

import java.util.Optional;

/** One line of a timeline: when, what, where in the file, and what it marks if anything. */
public record TimelineEvent(Moment at, String text, int line, Optional<Marker> marker) {}
