package io.github.pmkb.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The facts of an incident that pmkb extracts from a postmortem, each with its source.
 *
 * @param timezone IANA id or offset, e.g. {@code UTC}, {@code Africa/Nairobi}, {@code -04:00}
 * @param duration stated, or derived from start and end
 * @param rootCause a category id of the taxonomy (e.g. {@code memory-leak}); {@code unknown} when
 *     none was found
 * @param contributing other taxonomy categories the text names as contributing to the incident
 *     (e.g. a {@code capacity} spike that made a {@code config-error} show), strongest first; never
 *     the root cause itself
 */
public record Incident(
    Optional<Sourced<String>> timezone,
    Optional<Sourced<Moment>> startedAt,
    Optional<Sourced<Moment>> detectedAt,
    Optional<Sourced<Moment>> mitigatedAt,
    Optional<Sourced<Moment>> resolvedAt,
    Optional<Sourced<Duration>> duration,
    Impact impact,
    Optional<Sourced<Severity>> severity,
    List<Sourced<String>> services,
    Sourced<String> rootCause,
    List<Section> sections,
    Timeline timeline,
    List<ActionItem> actions,
    List<Sourced<String>> contributing) {

  public Incident {
    contributing = Shared.values(contributing);
    services = Shared.values(services);
    rootCause = Shared.value(rootCause);
    sections = List.copyOf(sections);
    actions = List.copyOf(actions);
  }

  /** Nothing known beyond a default root cause, e.g. while extraction is not yet run. */
  public static Incident unknown(io.github.pmkb.diag.SourcePos at) {
    return new Incident(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Impact.none(), Optional.empty(), List.of(),
        Sourced.of("unknown", Provenance.DEFAULT, at), List.of(), Timeline.empty(), List.of(), List.of());
  }

  /**
   * The longest time to detect, mitigate or resolve that is computed from two moments; a longer
   * one comes from a wrong day, not from the incident, and is left out.
   */
  public static final Duration MAX_DERIVED = Duration.ofDays(30);

  /**
   * Time from start to detection, when both are known and the figure is possible: not negative,
   * at most {@link #MAX_DERIVED}, and not after mitigation or resolution.
   */
  public Optional<Duration> timeToDetect() {
    return plausible(startedAt, detectedAt).filter(x -> !detectedAfterMitigation() && notAfter(x, timeToResolve()));
  }

  /** Whether both times are possible but detection comes after mitigation, so the time to detect is left out. */
  public boolean detectedAfterMitigation() {
    Optional<Duration> mitigate = plausible(startedAt, mitigatedAt);
    return plausible(startedAt, detectedAt).filter(d -> mitigate.isPresent() && d.compareTo(mitigate.get()) > 0).isPresent();
  }

  /** Time from start to mitigation, as {@link #timeToDetect()}: possible, and not after resolution. */
  public Optional<Duration> timeToMitigate() {
    return plausible(startedAt, mitigatedAt).filter(x -> notAfter(x, timeToResolve()));
  }

  /** Time from start to resolution, when possible: not negative and at most {@link #MAX_DERIVED}. */
  public Optional<Duration> timeToResolve() {
    return plausible(startedAt, resolvedAt);
  }

  /**
   * The span from {@code a} to {@code b} as written, possible or not, for lints that report the
   * impossible ones; empty when either is unknown or has no time of day, or only one has a day.
   */
  public static Optional<Duration> between(Optional<Sourced<Moment>> a, Optional<Sourced<Moment>> b) {
    if (a.isEmpty() || b.isEmpty() || a.get().value().dated() != b.get().value().dated()
        || !a.get().value().timed() || !b.get().value().timed()) {
      return Optional.empty();
    }
    return Optional.of(a.get().value().until(b.get().value()));
  }

  /** Why a span from the start to a later moment cannot be right. */
  public enum Implausible {
    /** The later moment comes first. */
    NEGATIVE,
    /** Longer than {@link #MAX_DERIVED}. */
    TOO_LONG
  }

  /**
   * Why {@code d}, a span computed from two moments, cannot be right, or empty when it can: the
   * one definition the figures above and {@code pmkb check}'s warnings share.
   */
  public static Optional<Implausible> implausible(Duration d) {
    if (d.isNegative()) return Optional.of(Implausible.NEGATIVE);
    return d.compareTo(MAX_DERIVED) > 0 ? Optional.of(Implausible.TOO_LONG) : Optional.empty();
  }

  private static Optional<Duration> plausible(Optional<Sourced<Moment>> a, Optional<Sourced<Moment>> b) {
    return between(a, b).filter(d -> implausible(d).isEmpty());
  }

  private static boolean notAfter(Duration d, Optional<Duration> later) {
    return later.isEmpty() || d.compareTo(later.get()) <= 0;
  }

  /** The contributing cause ids, strongest first. */
  public List<String> contributingIds() {
    return contributing.stream().map(Sourced::value).toList();
  }

  public List<String> serviceNames() {
    return services.stream().map(Sourced::value).toList();
  }

}
