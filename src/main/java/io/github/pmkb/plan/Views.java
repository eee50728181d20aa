package io.github.pmkb.plan;

import java.util.List;
import java.util.Map;
import io.github.pmkb.model.StoredText;
import io.github.pmkb.render.HtmlSanitizer;

/**
 * The records templates see. Templates get plain strings and lists, never model types, so a theme
 * cannot break when the model grows, and Pebble's strict mode catches misspelt names.
 */
public final class Views {
  private Views() {}

  /**
   * Site-wide values: {@code site.title}, {@code site.baseUrl}, ...
   *
   * @param hasHost whether {@code absoluteBase} is a full URL (site.host is set), as feeds and
   *     sitemaps need
   */
  public record SiteView(String title, String description, String baseUrl, String absoluteBase, boolean hasHost,
      String language, String repoUrl, String generator) {}

  /**
   * The page being rendered.
   *
   * @param root relative path from this page to the site root ({@code ""} or {@code "../"}), so
   *     links work at a domain root, under a project path and from {@code file://}
   * @param path the page's own path from the site root
   */
  public record PageView(String title, String root, String path, String canonical) {}

  /**
   * One incident as listed and shown. Facts are display strings, empty when unknown; {@code
   * duration} reads "2h 30m", {@code impact} "40% of users", {@code rootCause} the category label.
   *
   * @param body the body, made publishable only when the page is rendered ({@link #bodyHtml()})
   * @param facts where each fact came from, e.g. "duration: line 3", for the fact card's tooltip
   * @param factLines the source line of each fact of the card ("title", "date", "duration",
   *     "severity", "impact", "root cause"), empty when it has none, for a link to the line
   * @param derived the facts pmkb computed rather than read (a duration from start and end, a title
   *     from the root cause), which the page marks "derived"
   */
  public record IncidentView(String slug, String url, String title, String date, String year, List<TagView> tags,
      String summary, BodyView body, String source, String sourceUrl, boolean draft, String duration,
      String severity, String impact, String impactSentence, List<String> services, String rootCause,
      String rootCauseId, String timezone, List<EventView> timeline, Map<String, String> facts,
      Map<String, String> factLines, List<String> derived) {
    /** The body as templates insert it with {@code | raw}; see {@link BodyView#html()}. */
    public String bodyHtml() {
      return body.html();
    }
  }

  /**
   * A postmortem's body HTML as its page shows it. The plan holds every incident page's model
   * until rendering ends, so the view keeps only the stored body and sanitises it each time it is
   * read, when its page is rendered; the sanitised copies of all bodies were about 100 MB of heap
   * at 10,000 synthetic postmortems when the plan held them.
   *
   * @param trusted the site trusts its authors' raw HTML ({@code RawHtml.TRUST}): no sanitising.
   *     Sanitising also in escape mode removes what Markdown itself can make unsafe
   *     ({@code [x](javascript:...)}).
   */
  public record BodyView(StoredText stored, boolean trusted) {
    /** The HTML a template may insert unescaped: sanitised unless trusted, computed on each call. */
    public String html() {
      String raw = stored.text();
      return trusted ? raw : HtmlSanitizer.sanitize(raw);
    }
  }

  /** One timeline entry: display time, machine time for {@code <time datetime>}, text, marker key or "". */
  public record EventView(String at, String iso, String text, int line, String marker)
      implements io.github.pmkb.render.chart.TimelinePoint {}

  /**
   * An incident as lists and newer/older links show it: everything but the body. Lists hold this
   * rather than {@link IncidentView} so that editing a postmortem's body changes only its own page's
   * model; with the body in every list, each edit re-rendered the home page and the tag pages
   * (thousands of entries on a large corpus) under {@code pmkb serve}.
   */
  public record IncidentSummary(String slug, String url, String title, String date, String year, List<TagView> tags,
      String summary, String source, String sourceUrl, boolean draft, String duration, String severity,
      List<String> services, String rootCause, String rootCauseId) {
    static IncidentSummary of(IncidentView v) {
      return new IncidentSummary(v.slug(), v.url(), v.title(), v.date(), v.year(), v.tags(), v.summary(), v.source(),
          v.sourceUrl(), v.draft(), v.duration(), v.severity(), v.services(), v.rootCause(), v.rootCauseId());
    }
  }

  /** A tag with its page and count. */
  public record TagView(String name, String url, int count) {}

  /**
   * Where a page of a long list sits: page {@code number} of {@code pages}; {@code prev} and
   * {@code next} are site-relative URLs, empty at the ends; {@code first} is the list's first page.
   */
  public record PagerView(int number, int pages, String first, String prev, String next) {}

  /** One value of a facet: its label, page and number of incidents. */
  public record FacetValueView(String value, String label, String url, int count) {}

  /**
   * A facet with its values.
   *
   * @param name the facet's query name, e.g. {@code root_cause}
   * @param url the page listing its values
   */
  public record FacetView(String name, String title, String url, List<FacetValueView> values) {}

  /** A related incident, with why it is related ("same root cause · similar text"). */
  public record RelatedView(String url, String title, String date, String reasons) {}

  /**
   * A recurring problem: a root cause or service with several incidents.
   *
   * @param first month of the first incident ({@code 2023-08}), empty when none is dated
   * @param totalDuration e.g. {@code 7h 30m}; empty when no incident has a duration
   * @param summary the one-line form, e.g. "memory leak: 5 incidents, 2023-08 to 2025-03"
   */
  public record RecurringView(String label, String url, int count, String first, String last, String totalDuration,
      String medianDuration, String summary) {}
}
