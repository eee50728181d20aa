package io.github.pmkb.model;

import java.util.Optional;

/** One line of a timeline: when, what, where in the file, and what it marks if anything. */
public record TimelineEvent(Moment at, String text, int line, Optional<Marker> marker) {
  /** One optional per marker, shared by every event that carries it. */
  private static final Optional<Marker>[] MARKERS = markers();

  public TimelineEvent {
    if (marker.isPresent()) marker = MARKERS[marker.get().ordinal()];
  }

  @SuppressWarnings("unchecked")
  private static Optional<Marker>[] markers() {
    Marker[] all = Marker.values();
    Optional<Marker>[] out = new Optional[all.length];
    for (int i = 0; i < all.length; i++) out[i] = Optional.of(all[i]);
    return out;
  }
}
