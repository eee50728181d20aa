package io.github.pmkb.plan;

import java.time.Duration;
import java.util.OptionalDouble;

/** Durations as people read them on an incident page: "45 min", "2 h 30 min", "3 d 4 h". */
final class HumanDurations {
  private HumanDurations() {}

  static String of(Duration d) {
    return minutes(d.toSeconds() / 60.0);
  }

  static String of(OptionalDouble minutes) {
    return minutes.isPresent() ? minutes(minutes.getAsDouble()) : "–";
  }

  static String minutes(double minutes) {
    long m = Math.round(minutes);
    if (m < 60) return m + " min";
    long h = m / 60;
    if (h < 48) return m % 60 == 0 ? h + " h" : h + " h " + (m % 60) + " min";
    long days = h / 24;
    return h % 24 == 0 ? days + " d" : days + " d " + (h % 24) + " h";
  }
}
