package io.github.pmkb.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A postmortem's timeline, sorted by time (stable, so equal times keep their written order). Each
 * lifecycle marker marks one moment: an incident is detected, mitigated or resolved once, so a
 * second "rollback complete" after "rollback started" is an event, not a second mitigation. The
 * marker stays where the incident's facts take it from: the first timed entry that carries it
 * (the last for {@link Marker#RESOLVED}), or the first entry when none is timed.
 */
public record Timeline(List<TimelineEvent> events) {
  public Timeline {
    for (int i = 1; i < events.size(); i++) {
      if (events.get(i).at().compareTo(events.get(i - 1).at()) < 0) {
        throw new IllegalArgumentException("unsorted timeline at line " + events.get(i).line());
      }
    }
    events = List.copyOf(oneMarkerEach(events));
  }

  public static Timeline empty() {
    return new Timeline(List.of());
  }

  public boolean isEmpty() {
    return events.isEmpty();
  }

  private static List<TimelineEvent> oneMarkerEach(List<TimelineEvent> events) {
    Map<Marker, Integer> keep = new EnumMap<>(Marker.class);
    Map<Marker, Boolean> keptTimed = new EnumMap<>(Marker.class);
    boolean repeated = false;
    for (int i = 0; i < events.size(); i++) {
      Optional<Marker> m = events.get(i).marker();
      if (m.isEmpty()) continue;
      Marker k = m.get();
      boolean timed = events.get(i).at().timed();
      Integer kept = keep.get(k);
      if (kept != null) repeated = true;
      boolean better = kept == null || timed && !keptTimed.get(k) || timed && k == Marker.RESOLVED;
      if (better) {
        keep.put(k, i);
        keptTimed.put(k, timed);
      }
    }
    if (!repeated) return events;
    List<TimelineEvent> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      TimelineEvent e = events.get(i);
      int at = i;
      boolean kept = e.marker().map(k -> keep.get(k) == at).orElse(true);
      out.add(kept ? e : new TimelineEvent(e.at(), e.text(), e.line(), Optional.empty()));
    }
    return out;
  }
}
