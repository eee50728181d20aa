package org.x.pmkb.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything pmkb knows about one postmortem, immutable once extracted.
 *
 * @param slug unique, URL-safe identifier; the incident page is {@code incidents/<slug>.html}
 * @param sourcePath the file, relative to the knowledge base root (e.g. {@code content/a.md})
 * @param summary a plain-text teaser (first paragraph), possibly empty
 * @param bodyHtml the rendered Markdown body; trusted only after the content stage rendered it
 * @param params front matter keys pmkb does not interpret, passed through to templates
 * @param incident the extracted facts: times, severity, services, root cause, timeline, actions
 */
public record Postmortem(
    String slug,
    String sourcePath,
    Sourced<String> title,
    Optional<Sourced<LocalDate>> date,
    List<String> tags,
    boolean draft,
    String summary,
    String bodyHtml,
    Map<String, Object> params,
    Incident incident) {

  public Postmortem {
    if (slug == null || slug.isBlank()) throw new IllegalArgumentException("slug is required");
    if (sourcePath == null || title == null || date == null || summary == null || bodyHtml == null
        || incident == null) {
      throw new IllegalArgumentException("postmortem fields are required: " + slug);
    }
    tags = List.copyOf(tags);
    params = Map.copyOf(params);
  }

  /** The incident date, if known; convenient for templates and sorting. */
  public Optional<LocalDate> day() {
    return date.map(Sourced::value);
  }
}
