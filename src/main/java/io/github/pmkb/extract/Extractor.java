package io.github.pmkb.extract;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import io.github.pmkb.content.Outline;
import io.github.pmkb.content.ParsedDoc;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.diag.SourcePos;
import io.github.pmkb.model.Incident;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.model.Provenance;
import io.github.pmkb.model.Sourced;

/**
 * The extract stage's front door: turns a parsed file into a {@link Postmortem}. Front matter
 * always wins; otherwise facts are read from the body, and each records where it came from.
 */
public final class Extractor {
  /** Front matter keys the extractor interprets; the rest pass through as params. */
  private static final Set<String> INTERPRETED = Set.of("title", "slug", "date", "incident_date", "tags",
      "keywords", "status", "draft", "summary", "description", "timezone", "time_zone", "tz", "started_at", "start_time",
      "start", "started", "starttime", "impact_start", "detected_at", "detected", "detecttime", "detection_time",
      "mitigated_at", "mitigated", "mitigation_time", "resolved_at", "resolved", "end_time", "end", "endtime", "impact_end", "duration", "severity", "sev",
      "priority", "level", "services", "service", "components", "products", "product", "subsystem", "root_cause",
      "rootcause", "cause", "contributing", "contributing_causes", "categories", "category", "impact", "users_affected_pct", "impact_percent", "action_items");

  private static final IncidentExtractor INCIDENTS =
      new IncidentExtractor(Taxonomy.defaults(), SeverityNormalizer.defaults());

  private static final int SUMMARY_CHARS = 280;

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Extractor() {}

  public static Postmortem extract(ParsedDoc doc, Diagnostics diags) {
    return extract(doc, diags, INCIDENTS);
  }

  /** As {@link #extract(ParsedDoc, Diagnostics)}, classifying root causes into a site's own taxonomy. */
  public static Postmortem extract(ParsedDoc doc, Diagnostics diags, Taxonomy taxonomy) {
    return extract(doc, diags, new IncidentExtractor(taxonomy, SeverityNormalizer.defaults()));
  }

  private static Postmortem extract(ParsedDoc doc, Diagnostics diags, IncidentExtractor incidents) {
    String rel = doc.source().relPath();
    FrontMatterValues fm = new FrontMatterValues(doc.frontMatter(), rel, diags);
    String slug = slug(doc, fm, diags);
    IncidentExtractor.Result facts = extractFacts(incidents, doc, fm, diags);
    Optional<Sourced<LocalDate>> date = fm.date("date", "incident_date")
        .map(d -> Sourced.of(d, Provenance.FRONT_MATTER, fm.pos(fm.keyOf("date", "incident_date").orElseThrow())))
        .or(facts::date);
    Sourced<String> title = TitleExtractor.title(doc, fm, facts.incident(), date.map(Sourced::value));
    List<String> tags = tags(fm.list("tags", "keywords"));
    boolean draft = fm.string("status").map(s -> s.equalsIgnoreCase("draft")).orElse(false)
        || fm.bool("draft").orElse(false);
    String summary = fm.string("summary", "description").orElse(teaser(doc.outline()));
    Map<String, Object> params = new TreeMap<>();
    doc.frontMatter().values().forEach((k, v) -> {
      if (!INTERPRETED.contains(k)) params.put(k, v);
    });
    return new Postmortem(slug, rel, title, date, tags, draft, summary, doc.bodyHtml(), params, facts.incident());
  }

  /**
   * The incident facts; a bug in a heuristic must not cost the user the whole site, so it becomes
   * an error on this file and the facts stay unknown.
   */
  private static IncidentExtractor.Result extractFacts(IncidentExtractor incidents, ParsedDoc doc,
      FrontMatterValues fm, Diagnostics diags) {
    try {
      return incidents.extract(doc, fm, diags);
    } catch (RuntimeException e) {
      String rel = doc.source().relPath();
      diags.error("EX000", "could not read the incident facts: " + e, SourcePos.of(rel, doc.bodyStartLine()),
          "please report this file to the pmkb maintainers");
      return new IncidentExtractor.Result(Incident.unknown(SourcePos.of(rel)), Optional.empty());
    }
  }

  private static String slug(ParsedDoc doc, FrontMatterValues fm, Diagnostics diags) {
    Optional<String> explicit = fm.string("slug");
    if (explicit.isPresent()) {
      String s = Slugs.of(explicit.get());
      if (!s.isEmpty()) {
        if (!s.equals(explicit.get())) {
          diags.warning("FM012", "slug '" + explicit.get() + "' is not URL-safe; using '" + s + "'", fm.pos("slug"));
        }
        return s;
      }
      diags.error("FM012", "slug '" + explicit.get() + "' has no letters or digits", fm.pos("slug"));
    }
    String s = Slugs.of(TitleExtractor.baseName(doc));
    return s.isEmpty() ? "incident-" + doc.source().sha256().substring(0, 8) : s;
  }

  private static List<String> tags(List<String> raw) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : raw) {
      String s = Slugs.of(t);
      if (!s.isEmpty()) out.add(s);
    }
    return List.copyOf(out);
  }

  private static String teaser(Outline outline) {
    String p = SPACES.matcher(outline.firstParagraph()).replaceAll(" ").strip();
    if (p.length() <= SUMMARY_CHARS) return p;
    int cut = p.lastIndexOf(' ', SUMMARY_CHARS);
    return p.substring(0, cut > 0 ? cut : SUMMARY_CHARS) + "…";
  }
}
