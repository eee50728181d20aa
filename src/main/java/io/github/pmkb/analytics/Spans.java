package io.github.pmkb.analytics;

import java.time.Duration;
import java.util.Optional;
import io.github.pmkb.model.Incident;
import io.github.pmkb.model.Moment;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.model.Sourced;

/**
 * The times every page measures an incident by, taken only from facts that can be trusted: two
 * moments count only when both state their day (or neither does and the incident has a date, so
 * both are times on that day), and a span must be positive and at most {@link #MAX_SPAN}.
 * Anything else (a detection time without its day read against a start with one, a typo'd year)
 * would be a figure of thousands of days, and one such value moves a p90.
 *
 * <p>Time to resolve is the one duration of the site: from the start of the incident to its
 * resolution, else the duration the postmortem states. Analytics, the recurring problems and the
 * facet summaries all use it, so their figures agree.
 */
public final class Spans {
  /** Longer spans are misread dates, not incidents: the longest outages reported publicly last days. */
  public static final Duration MAX_SPAN = Duration.ofDays(90);

  private Spans() {}

  public static Optional<Duration> toDetect(Postmortem p) {
    return between(p, p.incident().startedAt(), p.incident().detectedAt());
  }

  public static Optional<Duration> toMitigate(Postmortem p) {
    return between(p, p.incident().startedAt(), p.incident().mitigatedAt());
  }

  /** From start to resolution when both are known, else the stated (or derived) duration. */
  public static Optional<Duration> toResolve(Postmortem p) {
    Incident in = p.incident();
    return between(p, in.startedAt(), in.resolvedAt())
        .or(() -> in.duration().map(Sourced::value).filter(Spans::plausible));
  }

  private static Optional<Duration> between(Postmortem p, Optional<Sourced<Moment>> from, Optional<Sourced<Moment>> to) {
    if (from.isEmpty() || to.isEmpty()) return Optional.empty();
    Moment a = from.get().value();
    Moment b = to.get().value();
    boolean sameFooting = a.dated() == b.dated() && (a.dated() || p.day().isPresent());
    if (!sameFooting) return Optional.empty();
    return Optional.of(a.until(b)).filter(Spans::plausible);
  }

  /** Positive and not longer than {@link #MAX_SPAN}. Zero is plausible: detected at the start. */
  static boolean plausible(Duration d) {
    return !d.isNegative() && d.compareTo(MAX_SPAN) <= 0;
  }
}
