package io.github.pmkb.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.github.pmkb.diag.SourcePos;
import io.github.pmkb.model.Impact;
import io.github.pmkb.model.Incident;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.model.Provenance;
import io.github.pmkb.model.SearchText;
import io.github.pmkb.model.Section;
import io.github.pmkb.model.Severity;
import io.github.pmkb.model.Sourced;
import io.github.pmkb.model.StoredText;
import io.github.pmkb.model.Timeline;

/** Postmortems as extraction will produce them, built directly for index and site tests. */
public final class Postmortems {
  private Postmortems() {}

  /** {@code p} with contributing causes {@code ids}. */
  public static Postmortem withContributing(Postmortem p, String... ids) {
    Incident i = p.incident();
    SourcePos at = i.rootCause().at();
    Incident with = new Incident(i.timezone(), i.startedAt(), i.detectedAt(), i.mitigatedAt(), i.resolvedAt(), i.duration(),
        i.impact(), i.severity(), i.services(), i.rootCause(), i.sections(), i.timeline(), i.actions(),
        java.util.Arrays.stream(ids).map(id -> Sourced.of(id, Provenance.BODY, at)).toList());
    return new Postmortem(p.slug(), p.sourcePath(), p.title(), p.date(), p.tags(), p.draft(), p.summary(), p.body(), p.params(), with,
        p.searchText());
  }

  /**
   * @param day ISO date or null
   * @param minutes duration, or -1 for unknown
   */
  public static Postmortem of(String slug, String title, String day, String rootCause, List<String> services,
      Severity severity, long minutes, List<String> tags, String bodyHtml, List<Section> sections) {
    SourcePos at = SourcePos.of("content/" + slug + ".md");
    Incident incident = new Incident(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(),
        minutes < 0 ? Optional.empty() : Optional.of(Sourced.of(Duration.ofMinutes(minutes), Provenance.BODY, at)),
        Impact.none(), Optional.ofNullable(severity).map(s -> Sourced.of(s, Provenance.BODY, at)),
        services.stream().map(s -> Sourced.of(s, Provenance.BODY, at)).toList(),
        Sourced.of(rootCause, Provenance.BODY, at), sections, Timeline.empty(), List.of(), List.of());
    Optional<Sourced<LocalDate>> date = Optional.ofNullable(day)
        .map(d -> Sourced.of(LocalDate.parse(d), Provenance.FRONT_MATTER, at));
    // The search text a read would give for these bodies, which are plain paragraphs of words.
    String plain = bodyHtml.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
    return new Postmortem(slug, "content/" + slug + ".md", Sourced.of(title, Provenance.BODY, at), date, tags, false,
        "", bodyHtml, Map.of(), incident).withSearchText(new SearchText(StoredText.of(plain), ""));
  }
}
