package io.github.pmkb.model;

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
 * @param body the rendered Markdown body (HTML); trusted only after the content stage rendered it.
 *     Kept as a {@link StoredText} because a build holds every postmortem to its end: as strings
 *     (two bytes a character once one is above U+00FF), the bodies of 10,000 synthetic
 *     postmortems were most of the 177 MB of byte arrays live after parsing
 * @param params front matter keys pmkb does not interpret, passed through to templates
 * @param incident the extracted facts: times, severity, services, root cause, timeline, actions
 * @param searchText what the search index reads besides the facts (the plain body, the root-cause
 *     text); not part of any page
 */
public record Postmortem(
    String slug,
    String sourcePath,
    Sourced<String> title,
    Optional<Sourced<LocalDate>> date,
    List<String> tags,
    boolean draft,
    String summary,
    StoredText body,
    Map<String, Object> params,
    Incident incident,
    SearchText searchText) {

  public Postmortem {
    if (slug == null || slug.isBlank()) throw new IllegalArgumentException("slug is required");
    if (sourcePath == null || title == null || date == null || summary == null || body == null
        || incident == null || searchText == null) {
      throw new IllegalArgumentException("postmortem fields are required: " + slug);
    }
    tags = Shared.strings(tags);
    params = Shared.params(params);
  }

  /** A postmortem whose body is {@code bodyHtml}, kept in memory as UTF-8, with no search text yet. */
  public Postmortem(String slug, String sourcePath, Sourced<String> title, Optional<Sourced<LocalDate>> date,
      List<String> tags, boolean draft, String summary, String bodyHtml, Map<String, Object> params,
      Incident incident) {
    this(slug, sourcePath, title, date, tags, draft, summary, StoredText.of(bodyHtml), params, incident,
        SearchText.none());
  }

  /** The rendered body, decoded anew on each call: read it when needed, do not keep it. */
  public String bodyHtml() {
    return body.text();
  }

  /** The same postmortem with its body kept elsewhere (equal text, e.g. spilled to a file). */
  public Postmortem withBody(StoredText other) {
    return new Postmortem(slug, sourcePath, title, date, tags, draft, summary, other, params, incident, searchText);
  }

  /** The same postmortem with the text the search index reads. */
  public Postmortem withSearchText(SearchText text) {
    return new Postmortem(slug, sourcePath, title, date, tags, draft, summary, body, params, incident, text);
  }

  /** The incident date, if known; convenient for templates and sorting. */
  public Optional<LocalDate> day() {
    return date.map(Sourced::value);
  }
}
