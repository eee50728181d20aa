package io.github.pmkb.extract;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.diag.SourcePos;
import io.github.pmkb.model.ActionItem;
import io.github.pmkb.model.Impact;
import io.github.pmkb.model.Moment;
import io.github.pmkb.model.Provenance;
import io.github.pmkb.model.Severity;
import io.github.pmkb.model.Sourced;

/**
 * Incident facts written in front matter (YAML or a JBake header), under the names and aliases
 * of POSTMORTEMS.md §2. They override whatever the body says.
 */
final class FrontMatterFacts {
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private final FrontMatterValues fm;
  private final String rel;
  private final Diagnostics diags;
  private final SeverityNormalizer severities;

  FrontMatterFacts(FrontMatterValues fm, String rel, Diagnostics diags, SeverityNormalizer severities) {
    this.fm = fm;
    this.rel = rel;
    this.diags = diags;
    this.severities = severities;
  }

  /** An RFC 3339 time, a local date-time in {@code zone}, or any form the body parser reads. */
  Optional<Sourced<Moment>> moment(Optional<ZoneId> zone, String... keys) {
    Optional<String> key = fm.keyOf(keys);
    if (key.isEmpty()) return Optional.empty();
    Optional<String> raw = fm.string(key.get());
    if (raw.isEmpty()) return Optional.empty();
    SourcePos at = fm.pos(key.get());
    String s = raw.get();
    Optional<Moment> m = Optional.empty();
    try {
      OffsetDateTime o = OffsetDateTime.parse(s.replace(' ', 'T'));
      m = Optional.of(Moment.of(o.toLocalDateTime(), o.getOffset()));
    } catch (DateTimeParseException e) {
      try {
        m = Optional.of(Moment.of(LocalDateTime.parse(s.replace(' ', 'T')), zone.orElse(null)));
      } catch (DateTimeParseException e2) {
        Optional<Stamp> st = Stamps.findAll(s).stream().findFirst();
        if (st.isPresent() && st.get().hasDate()) {
          m = Optional.of(StatedTimes.moment(st.get(), Optional.empty(), st.get().zone().or(() -> zone)));
        }
      }
    }
    if (m.isEmpty()) {
      diags.warning("FM013", "'" + key.get() + "' is not a date and time: '" + IncidentExtractor.abbreviate(s) + "'", at,
          "use RFC 3339, e.g. 2024-03-11T02:15:00Z");
    }
    return m.map(v -> Sourced.of(v, Provenance.FRONT_MATTER, at));
  }

  Optional<Sourced<Duration>> duration() {
    Optional<String> key = fm.keyOf("duration");
    if (key.isEmpty()) return Optional.empty();
    Optional<String> raw = fm.string(key.get());
    Optional<Duration> d = raw.flatMap(DurationParser::parse);
    if (raw.isPresent() && d.isEmpty()) {
      diags.warning("FM013", "'duration' is not a duration: '" + raw.get() + "'", fm.pos(key.get()), "write e.g. 1h50m or 110 minutes");
    }
    return d.map(v -> Sourced.of(v, Provenance.FRONT_MATTER, fm.pos(key.get())));
  }

  Optional<Sourced<Severity>> severity() {
    Optional<String> key = fm.keyOf("severity", "sev", "priority", "level");
    if (key.isEmpty()) return Optional.empty();
    Object v = values().get(key.get());
    SourcePos at = fm.pos(key.get());
    // A bare number means SEVn ("sev: 2"); Morgue's 0-based scale is not assumed. Scales in use
    // stop at 5 (SEV0-SEV5, P0-P4), so a larger number is a typo, not a very mild incident.
    String raw = String.valueOf(v).strip();
    if (DIGITS.matcher(raw).matches() && Integer.parseInt(raw.length() > 6 ? "999999" : raw) > 5) {
      diags.error("FM014", "severity " + raw + " is not a level", at, "write SEV1-SEV4, P1-P4, critical, major, minor or low");
      return Optional.empty();
    }
    Optional<Severity> s = fm.string(key.get()).flatMap(severities::normalise);
    if (s.isEmpty()) {
      diags.warning("EX004", "unknown severity '" + v + "'", at, "write SEV1-SEV4, P1-P4, critical, major, minor or low");
    }
    return s.map(x -> Sourced.of(x, Provenance.FRONT_MATTER, at));
  }

  List<Sourced<String>> services() {
    Optional<String> key = fm.keyOf("services", "service", "components", "products", "product", "subsystem");
    if (key.isEmpty()) return List.of();
    SourcePos at = fm.pos(key.get());
    return fm.list(key.get()).stream().map(s -> Sourced.of(s, Provenance.FRONT_MATTER, at)).toList();
  }

  /**
   * {@code root_cause} (aliases {@code rootcause}, {@code cause}) mapped onto the taxonomy, else the
   * first of {@code categories} that is a category id. A catalogue's own categories ("cloud",
   * "automation") are no root cause; {@link RootCauseReader} weighs them as words.
   */
  Optional<Sourced<String>> rootCause(Taxonomy taxonomy) {
    Optional<String> key = fm.keyOf("root_cause", "rootcause", "cause");
    if (key.isPresent()) {
      List<String> values = fm.list(key.get());
      if (!values.isEmpty()) return category(taxonomy, values.get(0)).map(id -> Sourced.of(id, Provenance.FRONT_MATTER, fm.pos(key.get())));
    }
    return knownCategories(taxonomy).stream().findFirst();
  }

  /** {@code contributing} mapped onto the taxonomy, else the category ids of {@code categories} after the first. */
  List<Sourced<String>> contributing(Taxonomy taxonomy) {
    Optional<String> key = fm.keyOf("contributing", "contributing_causes");
    if (key.isPresent()) {
      List<Sourced<String>> out = new ArrayList<>();
      for (String v : fm.list(key.get())) category(taxonomy, v).ifPresent(id -> out.add(Sourced.of(id, Provenance.FRONT_MATTER, fm.pos(key.get()))));
      return out;
    }
    List<Sourced<String>> known = knownCategories(taxonomy);
    return fm.keyOf("root_cause", "rootcause", "cause").isPresent() ? known : known.subList(Math.min(1, known.size()), known.size());
  }

  private List<Sourced<String>> knownCategories(Taxonomy taxonomy) {
    Optional<String> key = fm.keyOf("categories", "category");
    if (key.isEmpty()) return List.of();
    return fm.list(key.get()).stream().map(Slugs::of).filter(id -> !id.equals(Taxonomy.UNKNOWN) && taxonomy.has(id)).distinct()
        .map(id -> Sourced.of(id, Provenance.FRONT_MATTER, fm.pos(key.get()))).toList();
  }

  /** The category {@code value} names: its id, else the category its words signal ("OOM", "resource-exhaustion"). */
  private static Optional<String> category(Taxonomy taxonomy, String value) {
    String id = Slugs.of(value);
    if (id.isEmpty()) return Optional.empty();
    if (taxonomy.has(id)) return Optional.of(id);
    Optional<RootCauseClassifier.Result> r = new RootCauseClassifier(taxonomy).classify(value.replace('-', ' '));
    return Optional.of(r.map(RootCauseClassifier.Result::category).orElse(id));
  }

  /** {@code impact: {summary, users_affected_pct}}, {@code users_affected_pct} or {@code impact_percent}. */
  Optional<Impact> impact() {
    Object v = values().get("impact");
    SourcePos at = fm.pos("impact");
    Optional<Sourced<Double>> pct = Optional.empty();
    Optional<Sourced<String>> sentence = Optional.empty();
    if (v instanceof Map<?, ?> m) {
      Object p = m.get("users_affected_pct");
      if (p instanceof Number n) pct = Optional.of(Sourced.of(n.doubleValue(), Provenance.FRONT_MATTER, at));
      Object s = m.get("summary");
      if (s != null) sentence = Optional.of(Sourced.of(String.valueOf(s), Provenance.FRONT_MATTER, at));
    } else if (v != null && !String.valueOf(v).isBlank()) {
      sentence = Optional.of(Sourced.of(String.valueOf(v).strip(), Provenance.FRONT_MATTER, at));
    }
    // The first alias that holds a number: a quoted "40%" under one does not hide the other.
    for (String key : new String[] {"users_affected_pct", "impact_percent"}) {
      if (values().get(key) instanceof Number n) {
        pct = Optional.of(Sourced.of(n.doubleValue(), Provenance.FRONT_MATTER, fm.pos(key)));
        break;
      }
    }
    if (pct.isEmpty() && sentence.isEmpty()) return Optional.empty();
    return Optional.of(new Impact(pct, sentence));
  }

  /** {@code action_items:} as a list of maps (title, owner, status, due, ticket) or of strings. */
  Optional<List<ActionItem>> actions() {
    Object v = values().get("action_items");
    if (!(v instanceof List<?> l)) return Optional.empty();
    int line = fm.pos("action_items").line();
    List<ActionItem> out = new ArrayList<>();
    for (Object o : l) {
      if (o instanceof Map<?, ?> m) {
        Object title = m.get("title") != null ? m.get("title") : m.get("text");
        if (title == null) continue;
        ActionItem.Status status = opt(m.get("status")).flatMap(ActionStatuses::status).orElse(ActionItem.Status.NOT_STATED);
        out.add(new ActionItem(String.valueOf(title), opt(m.get("owner")), status, opt(m.get("due")), opt(m.get("ticket")), line));
      } else if (o != null) {
        out.add(ActionItem.of(String.valueOf(o), line));
      }
    }
    return Optional.of(out);
  }

  private Map<String, Object> values() {
    return fm.values();
  }

  private static Optional<String> opt(Object o) {
    return o == null || String.valueOf(o).isBlank() ? Optional.empty() : Optional.of(String.valueOf(o).strip());
  }
}
