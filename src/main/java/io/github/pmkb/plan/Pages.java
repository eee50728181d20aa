package io.github.pmkb.plan;

import java.util.List;
import io.github.pmkb.plan.Views.FacetValueView;
import io.github.pmkb.plan.Views.FacetView;
import io.github.pmkb.plan.Views.GroupSummary;
import io.github.pmkb.plan.Views.IncidentSummary;
import io.github.pmkb.plan.Views.IncidentView;
import io.github.pmkb.plan.Views.Link;
import io.github.pmkb.plan.Views.PageView;
import io.github.pmkb.plan.Views.PagerView;
import io.github.pmkb.plan.Views.RecurringView;
import io.github.pmkb.plan.Views.RelatedView;
import io.github.pmkb.plan.Views.SiteView;
import io.github.pmkb.plan.Views.TagView;

/**
 * The model of each kind of page, one record per template: the compiler checks what a page gets,
 * and each component is a variable of the template ({@code render.RecordContext}). Every page has
 * {@code site} and {@code page}, which {@code base.peb} uses. A value a page may lack is {@code
 * null} ({@code {% if newer is not empty %}}), never a placeholder of another type.
 */
public final class Pages {
  private Pages() {}

  /** What every page model has. Implementations are records. */
  public interface PageModel {
    SiteView site();

    PageView page();
  }

  /**
   * A page's model made only when the page is rendered, from parts the plan holds anyway: a large
   * build then holds one page's views at a time rather than every page's. Implementations are
   * records of those parts, so two are equal when the pages made from them are ({@link PageSpec}).
   */
  public interface Deferred extends PageModel {
    /** The model the template sees, a new one on each call. */
    PageModel model();
  }

  /** Figures shown at the top of the home page. */
  public record Totals(int incidents, String impact, String medianResolve, int openActions) {}

  /**
   * The home page.
   *
   * @param incidents the newest incidents, at most {@link SitePlanner#HOME_INCIDENTS}
   * @param tags the most used tags, at most {@link SitePlanner#HOME_TAGS}; {@code tagCount} is how many there are
   */
  public record HomePage(SiteView site, PageView page, Totals totals, List<RecurringView> recurring,
      List<IncidentSummary> incidents, int total, List<TagView> tags, int tagCount) implements PageModel {}

  /** Counts of an incident's action items. */
  public record ActionCounts(int total, int done, int open, int notStated) {}

  /**
   * An incident's page.
   *
   * @param newer the next newer incident (its title, and its link from this page), null for the newest
   * @param older the next older incident, null for the oldest
   */
  public record IncidentPage(SiteView site, PageView page, IncidentView incident, Link rootCause,
      List<RelatedView> related, List<ActionRows.ActionRow> actions, ActionCounts actionCounts, Link newer,
      Link older) implements PageModel {}

  /** A tag's incidents, one page of them. */
  public record TagPage(SiteView site, PageView page, TagView tag, List<IncidentSummary> incidents, PagerView pager,
      int listed) implements PageModel {}

  /**
   * A facet value's incidents (a root cause, a service, a severity, a year), one page of them.
   *
   * @param summary what the incidents add up to; null for severities and years, whose pages are lists
   */
  public record FacetValuePage(SiteView site, PageView page, FacetView facet, FacetValueView value,
      GroupSummary summary, List<IncidentSummary> incidents, PagerView pager, int listed) implements PageModel {}

  /** The values of one facet. */
  public record FacetIndexPage(SiteView site, PageView page, FacetView facet) implements PageModel {}

  /** Every facet with its values. */
  public record BrowsePage(SiteView site, PageView page, List<FacetView> facets) implements PageModel {}

  /** Every tag. */
  public record TagsPage(SiteView site, PageView page, List<TagView> tags) implements PageModel {}

  /** Root causes and services with more than one incident. */
  public record RecurringPage(SiteView site, PageView page, List<RecurringView> byRootCause,
      List<RecurringView> byService) implements PageModel {}

  /** The page for any missing address. */
  public record NotFoundPage(SiteView site, PageView page) implements PageModel {}

  /**
   * The search page: the facets to browse without JavaScript, and the browser search's manifest
   * inlined ("" when there is none).
   */
  public record SearchPage(SiteView site, PageView page, List<FacetView> facets, String manifest) implements PageModel {}

  /**
   * One page of the table of all incidents, newest first; the filters and the sorting work on
   * {@code data/incidents.json} in the browser.
   *
   * @param filters the values each filter offers
   */
  public record IncidentsPage(SiteView site, PageView page, List<IncidentSummary> incidents, int total,
      PagerView pager, IncidentTable.Filters filters) implements PageModel {}

  /** The year/month archive. */
  public record ArchivePage(SiteView site, PageView page, List<ArchivePages.YearView> years,
      List<IncidentSummary> undated) implements PageModel {}

  /** The analytics page. */
  public record AnalyticsPage(SiteView site, PageView page, AnalyticsPages.Model analytics) implements PageModel {}

  /**
   * A page of the actions ledger.
   *
   * @param listed how many incidents, newest first, the ledger's pages list the actions of
   * @param incidents how many incidents have action items
   */
  public record ActionsPage(SiteView site, PageView page, ActionRows.Ledger ledger, List<ActionRows.ActionGroup> groups,
      PagerView pager, int listed, int incidents) implements PageModel {}

  /** The Atom feed. */
  public record FeedPage(SiteView site, PageView page, List<IncidentSummary> incidents, String updated)
      implements PageModel {}

  /** A sitemap, or with {@code sitemaps} set a sitemap index. */
  public record SitemapPage(SiteView site, PageView page, List<String> paths, List<String> sitemaps)
      implements PageModel {}

  /** robots.txt. */
  public record RobotsPage(SiteView site, PageView page) implements PageModel {}

  /** A shard of the API, {@code api/incidents-YYYY.json}. */
  public record ApiPage(SiteView site, PageView page, ApiExport.Incidents json) implements PageModel {}

  /** A JSON document the theme's scripts read ({@code data/*.json}), built in full by the plan. */
  public record DataPage(SiteView site, PageView page, String json) implements PageModel {}
}
