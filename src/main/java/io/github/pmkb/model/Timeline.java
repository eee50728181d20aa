package io.github.pmkb.model;

import java.util.List;

/** A postmortem's timeline, sorted by time (stable, so equal times keep their written order). */
public record Timeline(List<TimelineEvent> events) {
  public Timeline {
    events = List.copyOf(events);
    for (int i = 1; i < events.size(); i++) {
      if (events.get(i).at().compareTo(events.get(i - 1).at()) < 0) {
        throw new IllegalArgumentException("unsorted timeline at line " + events.get(i).line());
      }
    }
  }

  public static Timeline empty() {
    return new Timeline(List.of());
  }

  public boolean isEmpty() {
    return events.isEmpty();
  }
}
