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
    contributing = List.copyOf(contributing);
    services = List.copyOf(services);
    sections = List.copyOf(sections);
    actions = List.copyOf(actions);
  }

  /** Nothing known beyond a default root cause, e.g. while extraction is not yet run. */
  public static Incident unknown(io.github.pmkb.diag.SourcePos at) {
    return new Incident(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Impact.none(), Optional.empty(), List.of(),
        Sourced.of("unknown", Provenance.DEFAULT, at), List.of(), Timeline.empty(), List.of(), List.of());
  }

  /** Time from start to detection, when both are known. */
  public Optional<Duration> timeToDetect() {
    return between(startedAt, detectedAt);
  }

  public Optional<Duration> timeToMitigate() {
    return between(startedAt, mitigatedAt);
  }

  public Optional<Duration> timeToResolve() {
    return between(startedAt, resolvedAt);
  }

  /** The contributing cause ids, strongest first. */
  public List<String> contributingIds() {
    return contributing.stream().map(Sourced::value).toList();
  }

  public List<String> serviceNames() {
    return services.stream().map(Sourced::value).toList();
  }

  private static Optional<Duration> between(Optional<Sourced<Moment>> a, Optional<Sourced<Moment>> b) {
    if (a.isEmpty() || b.isEmpty()) return Optional.empty();
    Moment x = a.get().value();
    Moment y = b.get().value();
    if (x.instant().isPresent() && y.instant().isPresent()) {
      return Optional.of(Duration.between(x.instant().get(), y.instant().get()));
    }
    return Optional.of(Duration.between(x.local(), y.local()));
  }
}
