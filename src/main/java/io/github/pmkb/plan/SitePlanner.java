package io.github.pmkb.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import io.github.pmkb.analytics.Analytics;
import io.github.pmkb.analytics.AnalyticsReport;
import io.github.pmkb.config.ApiMode;
import io.github.pmkb.config.RawHtml;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.index.FacetCount;
import io.github.pmkb.index.Fields;
import io.github.pmkb.index.IndexSnapshot;
import io.github.pmkb.index.Related;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.plan.Pages.PageModel;
import io.github.pmkb.plan.Views.FacetView;
import io.github.pmkb.plan.Views.IncidentSummary;
import io.github.pmkb.plan.Views.PageView;
import io.github.pmkb.plan.Views.PagerView;
import io.github.pmkb.plan.Views.RecurringView;
import io.github.pmkb.plan.Views.SiteView;
import io.github.pmkb.plan.Views.TagView;

/**
 * Decides every page of the site and the typed model each template sees ({@link Pages}). Summaries
 * are built once per postmortem and shared by all the pages that list it, so planning is linear
 * in the corpus; an incident page's own views are made when it is rendered ({@link IncidentPageParts}).
 */
public final class SitePlanner {
  /** Feed readers show the latest entries; older incidents stay on the site. */
  static final int FEED_ENTRIES = 50;
  /** Incidents in the home page's table; the table of all incidents has the rest. */
  static final int HOME_INCIDENTS = 20;
  /** Tags on the home page; the tags page has them all. */
  static final int HOME_TAGS = 12;
  /** Incidents per page of a tag, a facet value or the table of all incidents. */
  static final int LIST_PAGE = 100;

  /**
   * How many incidents, newest first, a tag's or a facet value's pages list (and the ledger's
   * pages list the actions of). At 100,000
   * postmortems listing all of them took 250 MB (a root cause or a severity ran to a hundred pages
   * nobody turns); the table of all incidents (filtered by the value, with JavaScript) and the
   * archive (by month, without) still reach every one, and the page's figures count them all.
   */
  static final int LIST_MAX = 1000;
  /** Recurring root causes shown on the home page. */
  static final int TOP_RECURRING = 5;
  /** The page GitHub Pages serves for any missing address. */
  static final String NOT_FOUND = "404.html";

  private final SiteConfig config;
  private final SiteView site;
  /**
   * The previous plan's summaries by postmortem instance. A long-lived planner (the build
   * session) plans again after each edit; reusing the unchanged postmortems' summaries makes
   * comparing the new plan with the old one cheap (equal fields are the same objects), and a
   * postmortem that was parsed again is a new instance, so it never gets a stale one. Summaries
   * show tag counts and link to facet pages: when either changed, none is reused.
   */
  private Map<Postmortem, Shown> memo = new IdentityHashMap<>();
  private List<Object> memoKey = List.of();

  /** A postmortem as lists show it, and the links only its page adds. */
  private record Shown(IncidentSummary summary, List<Views.Link> contributing) {}

  public SitePlanner(SiteConfig config, String version) {
    this.config = config;
    this.site = new SiteView(config.title(), config.description(), config.baseUrl(), config.absoluteBase(),
        !config.host().isEmpty(), config.language(), config.repoUrl().orElse(""), "pmkb " + version,
        config.api() != ApiMode.OFF);
  }

  /** Every postmortem as shown, in corpus order, and its summary by slug. */
  private record Listed(Shown[] shown, Map<String, IncidentSummary> summaries) {}

  private static Map<String, Integer> tagCounts(IndexSnapshot index) {
    Map<String, Integer> tagCounts = new LinkedHashMap<>();
    for (FacetCount c : index.facet(Fields.FACET_TAG)) tagCounts.put(c.value(), c.count());
    return tagCounts;
  }

  private Map<Postmortem, Shown> reusable(Map<String, Integer> tagCounts, FacetPages facets) {
    return List.of(tagCounts, facets.urls()).equals(memoKey) ? memo : Map.of();
  }

  private Shown shown(Postmortem p, TagViews tags, FacetPages facets) {
    IncidentFacts f = IncidentFacts.of(p, facets);
    return new Shown(summary(p, tags, f), f.contributing());
  }

  private Listed show(Corpus corpus, IndexSnapshot index, FacetPages facets) {
    TagViews tags = new TagViews(tagCounts(index));
    Map<Postmortem, Shown> previous = reusable(tags.counts, facets);
    List<Postmortem> pms = corpus.postmortems();
    Shown[] shown = new Shown[pms.size()];
    // Views are independent of each other: build them on every core, then collect in corpus order.
    IntStream.range(0, pms.size()).parallel().forEach(i -> {
      Shown s = previous.get(pms.get(i));
      shown[i] = s != null ? s : shown(pms.get(i), tags, facets);
    });
    Map<Postmortem, Shown> nextMemo = new IdentityHashMap<>();
    Map<String, IncidentSummary> summaries = new LinkedHashMap<>();
    for (int i = 0; i < shown.length; i++) {
      nextMemo.put(pms.get(i), shown[i]);
      summaries.put(pms.get(i).slug(), shown[i].summary());
    }
    memo = nextMemo;
    memoKey = List.of(Map.copyOf(tags.counts), facets.urls());
    return new Listed(shown, summaries);
  }

  /**
   * Only the incident pages of {@code slugs}, exactly as {@link #plan} would give them for the
   * same corpus and index: the fast path of {@code pmkb serve}, which renders an edited incident
   * against the previous index before planning the whole site again. Summaries are made only for
   * what those pages show (themselves, their neighbours, their related incidents), so the cost
   * does not grow with the corpus beyond one pass over it; the memo is left alone.
   */
  public List<PageSpec> incidentPages(Corpus corpus, IndexSnapshot index, Set<String> slugs) {
    TagViews tags = new TagViews(tagCounts(index));
    // Facet URLs depend on the index's counts only, not on the members: no need to group the corpus.
    FacetPages facets = FacetPages.of(new Corpus(List.of()), index);
    Map<Postmortem, Shown> previous = reusable(tags.counts, facets);
    List<Postmortem> ps = corpus.postmortems();
    Set<String> related = new HashSet<>();
    for (String slug : slugs) index.related(slug).forEach(r -> related.add(r.slug()));
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < ps.size(); i++) {
      String slug = ps.get(i).slug();
      if (slugs.contains(slug) || related.contains(slug)) at.put(slug, i);
    }
    Map<Integer, Shown> shown = new HashMap<>();
    IntFunction<Shown> showAt = i -> shown.computeIfAbsent(i, k -> {
      Shown s = previous.get(ps.get(i));
      return s != null ? s : shown(ps.get(i), tags, facets);
    });
    Function<String, IncidentSummary> bySlug = slug -> at.containsKey(slug) ? showAt.apply(at.get(slug)).summary() : null;
    List<PageSpec> pages = new ArrayList<>();
    for (int i = 0; i < ps.size(); i++) {
      if (!slugs.contains(ps.get(i).slug())) continue;
      pages.add(incidentPage(i, ps.get(i), showAt.apply(i), index, bySlug, j -> showAt.apply(j).summary(), ps.size()));
    }
    return pages;
  }

  private PageSpec incidentPage(int i, Postmortem p, Shown shown, IndexSnapshot index,
      Function<String, IncidentSummary> bySlug, IntFunction<IncidentSummary> byIndex, int size) {
    IncidentSummary s = shown.summary();
    // Corpus order is newest first: "newer" is the previous entry.
    return spec(s.url(), "incident", new IncidentPageParts(site, pageView(s.url(), s.title()), p, s,
        shown.contributing(), config.rawHtml() == RawHtml.TRUST, related(index, p.slug(), bySlug),
        i > 0 ? byIndex.apply(i - 1) : null, i + 1 < size ? byIndex.apply(i + 1) : null));
  }

  public List<PageSpec> plan(Corpus corpus, IndexSnapshot index) {
    return plan(corpus, index, "");
  }

  /** @param searchManifest the browser-search manifest, inlined in the search page ("" for none) */
  public List<PageSpec> plan(Corpus corpus, IndexSnapshot index, String searchManifest) {
    FacetPages facets = FacetPages.of(corpus, index);
    Listed shown = show(corpus, index, facets);
    Map<String, IncidentSummary> summaries = shown.summaries();
    List<IncidentSummary> all = List.copyOf(summaries.values());
    List<TagView> tags = index.facet(Fields.FACET_TAG).stream()
        .map(c -> new TagView(c.value(), Permalinks.tag(c.value()), c.count())).toList();
    AnalyticsReport report = Analytics.of(corpus);
    GroupSummaries groups = GroupSummaries.of(corpus, report.periods());
    List<RecurringView> byRootCause = Recurring.byRootCause(corpus, facets);
    List<ActionRows.ActionGroup> actionGroups = ActionRows.groups(corpus, summaries);
    ActionRows.Ledger ledger = ActionRows.ledger(actionGroups);

    List<PageSpec> pages = new ArrayList<>();
    Pages.Totals totals = new Pages.Totals(all.size(), hours(report.impactHours()),
        HumanDurations.of(report.overall().resolve().medianMinutes()), ledger.open() + ledger.notStated());
    pages.add(spec("index.html", "index", new Pages.HomePage(site, pageView("index.html", site.title()), totals,
        byRootCause.subList(0, Math.min(TOP_RECURRING, byRootCause.size())),
        all.subList(0, Math.min(HOME_INCIDENTS, all.size())), all.size(),
        tags.subList(0, Math.min(HOME_TAGS, tags.size())), tags.size())));
    for (int i = 0; i < corpus.size(); i++) {
      pages.add(incidentPage(i, corpus.postmortems().get(i), shown.shown()[i], index, summaries::get, all::get,
          all.size()));
    }
    IncidentTable.Filters filters = IncidentTable.filters(all);
    paged(pages, IncidentTable.FIRST, "incidents", "All incidents", all,
        (pv, slice, pager) -> new Pages.IncidentsPage(site, pv, slice, all.size(), pager, filters));
    Map<String, List<Postmortem>> byTag = corpus.byTag();
    for (TagView t : tags) {
      List<IncidentSummary> list = listed(byTag.getOrDefault(t.name(), List.of())).stream()
          .map(p -> summaries.get(p.slug())).toList();
      paged(pages, t.url(), "tag", "Tag: " + t.name(), list,
          (pv, slice, pager) -> new Pages.TagPage(site, pv, t, slice, pager, list.size()));
    }
    pages.add(spec(Permalinks.tagsIndex(), "tags", new Pages.TagsPage(site, pageView(Permalinks.tagsIndex(), "Tags"), tags)));
    for (FacetPages.ValuePage fp : facets.pages()) {
      String dim = fp.facet().name();
      Views.GroupSummary summary = dim.equals(Fields.FACET_ROOT_CAUSE) || dim.equals(Fields.FACET_SERVICE)
          ? groups.of(dim, fp.value().value(), fp.value().url()) : null;
      List<IncidentSummary> list = listed(fp.slugs()).stream().map(summaries::get).toList();
      paged(pages, fp.value().url(), "facet", fp.facet().title() + ": " + fp.value().label(), list,
          (pv, slice, pager) -> new Pages.FacetValuePage(site, pv, fp.facet(), fp.value(), summary, slice, pager,
              list.size()));
    }
    for (FacetView f : facets.facets()) {
      if (!f.name().equals(Fields.FACET_TAG)) {
        pages.add(spec(f.url(), "facet-index", new Pages.FacetIndexPage(site, pageView(f.url(), f.title()), f)));
      }
    }
    pages.add(spec(Permalinks.browse(), "browse",
        new Pages.BrowsePage(site, pageView(Permalinks.browse(), "Browse"), facets.facets())));
    pages.add(spec(Permalinks.recurring(), "recurring", new Pages.RecurringPage(site,
        pageView(Permalinks.recurring(), "Recurring problems"), byRootCause, Recurring.byService(corpus, facets))));
    pages.add(spec(NOT_FOUND, "404", new Pages.NotFoundPage(site, pageView(NOT_FOUND, "Page not found"))));
    pages.add(spec("analytics.html", "analytics", new Pages.AnalyticsPage(site, pageView("analytics.html", "Analytics"),
        AnalyticsPages.of(corpus, report, groups, facets))));
    // Like a tag's pages, the ledger's list the newest incidents' actions (at 100,000 postmortems
    // every action was 129 MB of pages); its figures and filters cover all of them.
    List<ActionRows.ActionGroup> listedGroups = listed(actionGroups);
    for (ActionRows.LedgerPage lp : ActionRows.pages(listedGroups, LIST_PAGE)) {
      String title = lp.number() == 1 ? "Action items" : "Action items (page " + lp.number() + ")";
      pages.add(spec(lp.path(), "actions", new Pages.ActionsPage(site, pageView(lp.path(), title), ledger, lp.groups(),
          lp.pager(), listedGroups.size(), actionGroups.size())));
    }
    for (ArchivePages.ArchiveFile af : ArchivePages.pages(all)) {
      pages.add(spec(af.path(), "archive", new Pages.ArchivePage(site, pageView(af.path(), af.title()), af.years(),
          af.undated())));
    }
    pages.add(spec("search.html", "search", new Pages.SearchPage(site, pageView("search.html", "Search"),
        facets.facets(), searchManifest)));
    pages.add(spec(IncidentTable.DATA, "data-json",
        new DataParts.IncidentTableData(site, pageView(IncidentTable.DATA, IncidentTable.DATA), all)));
    // One file of every action grows with the knowledge base, and GitHub refuses a file over
    // 100 MB in a push: the ledger's data comes in parts (site.actions.partRows).
    List<List<ActionRows.ActionGroup>> parts = ActionRows.cut(actionGroups, config.actionPartRows());
    List<String> more = IntStream.rangeClosed(2, parts.size()).mapToObj(ActionRows::partPath).toList();
    pages.add(spec(ActionRows.DATA, "data-json",
        new DataParts.ActionsData(site, pageView(ActionRows.DATA, ActionRows.DATA), actionGroups, parts.get(0), more)));
    for (int n = 2; n <= parts.size(); n++) {
      String path = ActionRows.partPath(n);
      pages.add(spec(path, "data-json", new DataParts.ActionsPart(site, pageView(path, path), parts.get(n - 1))));
    }
    pages.add(data(ActionRows.CHOICES, ActionRows.choicesJson(ledger)));
    pages.addAll(machinePages(all, pages, corpus));
    return pages;
  }

  /** The first {@link #LIST_MAX} of {@code newestFirst}: what a tag's, a value's or the ledger's pages list. */
  private static <T> List<T> listed(List<T> newestFirst) {
    return newestFirst.subList(0, Math.min(newestFirst.size(), LIST_MAX));
  }

  /** Builds one page of a list from its page view, its slice and its pager. */
  private interface ListPageModel {
    PageModel of(PageView page, List<IncidentSummary> slice, PagerView pager);
  }

  /**
   * A list page, split into pages of {@link #LIST_PAGE} incidents when longer: at 10k postmortems
   * a year or a common root cause lists hundreds, and one page of them weighed half a megabyte.
   */
  private void paged(List<PageSpec> pages, String first, String template, String title, List<IncidentSummary> list,
      ListPageModel model) {
    int count = Math.max(1, (list.size() + LIST_PAGE - 1) / LIST_PAGE);
    for (int n = 1; n <= count; n++) {
      String path = Permalinks.listPage(first, n);
      List<IncidentSummary> slice = list.subList((n - 1) * LIST_PAGE, Math.min(list.size(), n * LIST_PAGE));
      pages.add(spec(path, template, model.of(pageView(path, n == 1 ? title : title + " (page " + n + ")"), slice,
          pager(first, n, count))));
    }
  }

  /** Hours as a figure: one decimal while small, whole hours from 100 on. */
  /** A total of hours in the unit of every other duration of the site ("31 h 24 min", "45 d 4 h"). */
  static String hours(double h) {
    return HumanDurations.minutes(h * 60);
  }

  /** Page {@code n} of {@code count} of the list that starts at {@code first}. */
  static PagerView pager(String first, int n, int count) {
    return new PagerView(n, count, first, n > 1 ? Permalinks.listPage(first, n - 1) : "",
        n < count ? Permalinks.listPage(first, n + 1) : "");
  }

  /**
   * The feed, sitemap (see {@link Sitemaps}), robots.txt and the JSON export, also as templates so
   * a theme can change them. Dates come from the incidents, never from the clock, so two builds
   * stay identical.
   */
  private List<PageSpec> machinePages(List<IncidentSummary> all, List<PageSpec> pages, Corpus corpus) {
    String updated = all.stream().map(IncidentSummary::date).filter(d -> !d.isEmpty()).max(String::compareTo)
        .orElse("1970-01-01");
    List<IncidentSummary> recent = all.subList(0, Math.min(FEED_ENTRIES, all.size()));
    List<String> paths = pages.stream().map(PageSpec::outputPath)
        .filter(p -> p.endsWith(".html") && !p.equals(NOT_FOUND)).sorted().toList();
    List<PageSpec> out = new ArrayList<>();
    out.add(spec("feed.xml", "feed", new Pages.FeedPage(site, pageView("feed.xml", site.title()), recent, updated)));
    for (Sitemaps.SitemapFile f : Sitemaps.of(paths)) {
      out.add(spec(f.path(), f.template(), new Pages.SitemapPage(site, pageView(f.path(), "Sitemap"), f.paths(),
          f.sitemaps())));
    }
    out.add(spec("robots.txt", "robots", new Pages.RobotsPage(site, pageView("robots.txt", "robots.txt"))));
    // site.api=false leaves it out: after the pages and search, the largest folder of a large site,
    // and nearly twice as large with site.api=full.
    if (site.api()) {
      List<ApiExport.Incidents> shards = ApiExport.shards(corpus, config.api() == ApiMode.FULL);
      out.add(data(ApiExport.INDEX, ApiExport.index(shards)));
      for (ApiExport.Incidents shard : shards) {
        out.add(spec(shard.path(), ApiExport.TEMPLATE, new Pages.ApiPage(site, pageView(shard.path(), shard.path()), shard)));
      }
    }
    return out;
  }

  private PageSpec data(String path, String json) {
    return spec(path, "data-json", new Pages.DataPage(site, pageView(path, path), json));
  }

  private static List<IncidentPageParts.RelatedIncident> related(IndexSnapshot index, String slug,
      Function<String, IncidentSummary> shown) {
    List<IncidentPageParts.RelatedIncident> out = new ArrayList<>();
    for (Related r : index.related(slug)) {
      IncidentSummary v = shown.apply(r.slug());
      if (v != null) out.add(new IncidentPageParts.RelatedIncident(v, r));
    }
    return List.copyOf(out);
  }

  private static PageSpec spec(String path, String template, PageModel model) {
    return new PageSpec(path, template, model);
  }

  private PageView pageView(String path, String title) {
    // GitHub Pages serves 404.html at whatever address was missed (/kb/incidents/typo.html), so
    // its links cannot be relative: they start from the base URL.
    String root = path.equals(NOT_FOUND) ? config.baseUrl() : Permalinks.rootOf(path);
    return new PageView(title, root, path, config.absoluteBase() + path);
  }

  private IncidentSummary summary(Postmortem p, TagViews tagViews, IncidentFacts f) {
    List<TagView> tags = p.tags().stream().map(tagViews::of).toList();
    String date = p.day().map(Object::toString).orElse("");
    String year = date.isEmpty() ? "" : date.substring(0, 4);
    String sourceUrl = config.repoUrl().map(r -> r + "/blob/HEAD/" + p.sourcePath()).orElse("");
    return new IncidentSummary(p.slug(), Permalinks.incident(p.slug()), p.title().value(), date, year, tags,
        p.summary(), p.sourcePath(), sourceUrl, p.draft(), f.duration(), f.minutes(), f.severity(), f.services(),
        f.rootCause());
  }
}
