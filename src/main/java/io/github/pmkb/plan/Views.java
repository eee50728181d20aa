package io.github.pmkb.plan;

import java.util.List;
import java.util.Map;
import io.github.pmkb.model.StoredText;
import io.github.pmkb.render.HtmlSanitizer;

/**
 * The records templates see inside page models ({@link Pages}). Templates get plain strings and
 * lists, never model types, so a theme cannot break when the model grows, and Pebble's strict
 * mode catches misspelt names.
 */
public final class Views {
  private Views() {}

  /**
   * Site-wide values: {@code site.title}, {@code site.baseUrl}, ...
   *
   * @param hasHost whether {@code absoluteBase} is a full URL (site.host is set), as feeds and
   *     sitemaps need
   * @param api whether the site has the JSON export in {@code api/} ({@code site.api} true, the
   *     default, or full)
   */
  public record SiteView(String title, String description, String baseUrl, String absoluteBase, boolean hasHost,
      String language, String repoUrl, String generator, boolean api) {}

  /**
   * The page being rendered.
   *
   * @param root path from this page to the site root ({@code ""} or {@code "../"}), so links work
   *     at a domain root, under a project path and from {@code file://}; the base URL itself for
   *     the 404 page, which is served at any address
   * @param path the page's own path from the site root
   */
  public record PageView(String title, String root, String path, String canonical) {}

  /** A value with its page: a root cause, a service, a severity. {@code url} is empty when it has none. */
  public record Link(String label, String url) {}

  /**
   * One incident as its page shows it. Facts are display strings, empty when unknown: {@code
   * duration} reads "2 h 30 min" (the time to resolve, see {@link io.github.pmkb.analytics.Spans}),
   * {@code impact} "40% of users".
   *
   * @param body the body, made publishable only when the page is rendered ({@link #bodyHtml()})
   * @param timelineSpan from the first to the last event, e.g. "2024-09-17, 13:02 to 13:49 UTC"
   * @param facts where each fact came from, e.g. "duration: text, line 3", for the fact card's tooltip
   * @param factLines the source line of each fact of the card ("title", "date", "duration",
   *     "severity", "impact", "root cause"), empty when it has none, for a link to the line
   * @param derived the facts pmkb computed rather than read (a duration from start and end, a title
   *     from the root cause), which the page marks "derived"
   */
  public record IncidentView(String slug, String url, String title, String date, String year, List<TagView> tags,
      String summary, BodyView body, String source, String sourceUrl, boolean draft, String duration,
      Link severity, String impact, String impactSentence, List<Link> services, Link rootCause,
      List<Link> contributing, String timezone, List<EventView> timeline, String timelineSpan,
      Map<String, String> facts, Map<String, String> factLines, List<String> derived) {
    /** The body as templates insert it with {@code | raw}; see {@link BodyView#html()}. */
    public String bodyHtml() {
      return body.html();
    }
  }

  /**
   * A postmortem's body HTML as its page shows it. The view keeps only the stored body and
   * sanitises it each time it is read, when its page is rendered.
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
   *
   * @param minutes the time to resolve in minutes, -1 when unknown (for sorting)
   */
  public record IncidentSummary(String slug, String url, String title, String date, String year, List<TagView> tags,
      String summary, String source, String sourceUrl, boolean draft, String duration, long minutes,
      Link severity, List<Link> services, Link rootCause) {}

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

  /**
   * A related incident, with why it is related ("same root cause · similar text").
   *
   * @param href the link from the incident page that lists it ({@link Permalinks#incidentFile})
   */
  public record RelatedView(String href, String title, String date, String reasons) {}

  /**
   * A recurring problem: a root cause or service with several incidents.
   *
   * @param first month of the first incident ({@code 2023-08}), empty when none is dated
   * @param totalResolve the sum of the incidents' times to resolve, e.g. {@code 7 h 30 min}; empty
   *     when none is known
   * @param summary the one-line form, e.g. "Memory leak: 5 incidents, 2023-08 to 2025-03"
   */
  public record RecurringView(String label, String url, int count, String first, String last, String totalResolve,
      String medianResolve, String summary) {}

  /**
   * What a root cause's or service's page says before its list, and the analytics table per root
   * cause: how many incidents, how long they took to resolve, how many actions are open, and
   * whether it struck more often lately.
   *
   * @param resolved how many of the incidents have a known time to resolve
   * @param medianMinutes the median time to resolve in minutes, -1 when unknown (for sorting)
   * @param trend {@code rising}, {@code falling} or {@code steady}
   * @param recent incidents in the twelve months up to the newest incident of the knowledge base
   * @param before incidents in the twelve months before those
   * @param spark a sparkline of the incidents per period (SVG), empty without dated incidents
   */
  public record GroupSummary(String label, String url, int count, int resolved, String medianResolve, String p90Resolve,
      long medianMinutes, long p90Minutes, int openActions, String trend, int recent, int before, String spark) {}
}
