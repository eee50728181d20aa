package io.github.pmkb.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import io.github.pmkb.config.RawHtml;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.index.FacetCount;
import io.github.pmkb.index.FacetValues;
import io.github.pmkb.index.Fields;
import io.github.pmkb.index.IndexSnapshot;
import io.github.pmkb.index.Related;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.plan.Views.BodyView;
import io.github.pmkb.plan.Views.FacetValueView;
import io.github.pmkb.plan.Views.FacetView;
import io.github.pmkb.plan.Views.IncidentSummary;
import io.github.pmkb.plan.Views.IncidentView;
import io.github.pmkb.plan.Views.PageView;
import io.github.pmkb.plan.Views.PagerView;
import io.github.pmkb.plan.Views.RecurringView;
import io.github.pmkb.plan.Views.RelatedView;
import io.github.pmkb.plan.Views.SiteView;
import io.github.pmkb.plan.Views.TagView;

/**
 * Decides every page of the site and the model each template sees. Views are built once per
 * postmortem and shared by all the pages that list it, so planning is linear in the corpus.
 */
public final class SitePlanner {
  /** Feed readers show the latest entries; older incidents stay on the site. */
  static final int FEED_ENTRIES = 50;

  /** Incidents in the home page's table; the archive has the rest. */
  static final int HOME_INCIDENTS = 50;
  /** Incidents per page of a tag or facet value. */
  static final int LIST_PAGE = 100;
  /** The page GitHub Pages serves for any missing address. */
  static final String NOT_FOUND = "404.html";
  /** Recurring root causes shown on the home page. */
  static final int TOP_RECURRING = 5;

  private final SiteConfig config;
  private final SiteView site;
  /**
   * The previous plan's views by postmortem instance. A long-lived planner ({@code BuildSession})
   * plans again after each edit; reusing the unchanged postmortems' view objects makes comparing
   * the new plan with the old one cheap (equal fields are the same strings), and a postmortem
   * that was parsed again is a new instance, so it never gets a stale view.
   */
  private Map<Postmortem, Shown> memo = new IdentityHashMap<>();
  private Map<String, Integer> memoTagCounts = Map.of();

  /** A postmortem as its page and as lists show it. */
  private record Shown(IncidentView view, IncidentSummary summary) {}

  public SitePlanner(SiteConfig config, String version) {
    this.config = config;
    this.site = new SiteView(config.title(), config.description(), config.baseUrl(), config.absoluteBase(),
        !config.host().isEmpty(), config.language(), config.repoUrl().orElse(""), "pmkb " + version);
  }

  /** Every postmortem's view and summary by slug, in corpus order. */
  private record Listed(Map<String, IncidentView> views, Map<String, IncidentSummary> summaries) {}

  private static Map<String, Integer> tagCounts(IndexSnapshot index) {
    Map<String, Integer> tagCounts = new LinkedHashMap<>();
    for (FacetCount c : index.facet(Fields.FACET_TAG)) tagCounts.put(c.value(), c.count());
    return tagCounts;
  }

  private Shown shown(Postmortem p, Map<String, Integer> tagCounts) {
    IncidentView v = view(p, tagCounts);
    return new Shown(v, IncidentSummary.of(v));
  }

  private Listed show(Corpus corpus, IndexSnapshot index) {
    Map<String, Integer> tagCounts = tagCounts(index);
    // Views show tag counts: when any count changed, no previous view can be reused.
    Map<Postmortem, Shown> previous = tagCounts.equals(memoTagCounts) ? memo : Map.of();
    Map<Postmortem, Shown> nextMemo = new IdentityHashMap<>();
    Map<String, IncidentView> views = new LinkedHashMap<>();
    Map<String, IncidentSummary> summaries = new LinkedHashMap<>();
    List<Postmortem> pms = corpus.postmortems();
    Shown[] shown = new Shown[pms.size()];
    // Views are independent of each other: build them on every core, then collect in corpus order.
    IntStream.range(0, pms.size()).parallel().forEach(i -> {
      Shown s = previous.get(pms.get(i));
      shown[i] = s != null ? s : shown(pms.get(i), tagCounts);
    });
    for (int i = 0; i < shown.length; i++) {
      Postmortem p = pms.get(i);
      nextMemo.put(p, shown[i]);
      views.put(p.slug(), shown[i].view());
      summaries.put(p.slug(), shown[i].summary());
    }
    memo = nextMemo;
    memoTagCounts = Map.copyOf(tagCounts);
    return new Listed(views, summaries);
  }

  /**
   * Only the incident pages of {@code slugs}, exactly as {@link #plan} would give them for the
   * same corpus and index: the fast path of {@code pmkb serve}, which renders an edited incident
   * against the previous index before planning the whole site again. Views are made only for
   * what those pages show (themselves, their neighbours, their related incidents), so the cost
   * does not grow with the corpus beyond one pass over it; the memo of views is left alone.
   */
  public List<PageSpec> incidentPages(Corpus corpus, IndexSnapshot index, Set<String> slugs) {
    Map<String, Integer> tagCounts = tagCounts(index);
    Map<Postmortem, Shown> previous = tagCounts.equals(memoTagCounts) ? memo : Map.of();
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
      return s != null ? s : shown(ps.get(i), tagCounts);
    });
    Function<String, IncidentSummary> bySlug = slug -> at.containsKey(slug) ? showAt.apply(at.get(slug)).summary() : null;
    // Facet URLs depend on the index's counts only, not on the members: no need to group the corpus.
    FacetPages facets = FacetPages.of(new Corpus(List.of()), index);
    List<PageSpec> pages = new ArrayList<>();
    for (int i = 0; i < ps.size(); i++) {
      if (!slugs.contains(ps.get(i).slug())) continue;
      pages.add(incidentPage(i, ps.get(i), showAt.apply(i).view(), index, facets, bySlug,
          j -> showAt.apply(j).summary(), ps.size()));
    }
    return pages;
  }

  private PageSpec incidentPage(int i, Postmortem p, IncidentView v, IndexSnapshot index, FacetPages facets,
      Function<String, IncidentSummary> bySlug, IntFunction<IncidentSummary> byIndex, int size) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("incident", v);
    m.put("rootCause", rootCause(p, facets));
    m.put("contributing", contributing(p, facets));
    m.put("related", related(index, p.slug(), bySlug));
    m.put("actions", InsightPages.actionsOf(p));
    // Corpus order is newest first: "newer" is the previous entry.
    m.put("newer", i > 0 ? byIndex.apply(i - 1) : "");
    m.put("older", i + 1 < size ? byIndex.apply(i + 1) : "");
    return page(v.url(), "incident", v.title(), m);
  }

  public List<PageSpec> plan(Corpus corpus, IndexSnapshot index) {
    return plan(corpus, index, "");
  }

  /** @param searchManifest the browser-search manifest, inlined in the search page ("" for none) */
  public List<PageSpec> plan(Corpus corpus, IndexSnapshot index, String searchManifest) {
    Listed shown = show(corpus, index);
    Map<String, IncidentSummary> summaries = shown.summaries();
    List<IncidentSummary> all = List.copyOf(summaries.values());
    List<TagView> tags = index.facet(Fields.FACET_TAG).stream()
        .map(c -> new TagView(c.value(), Permalinks.tag(c.value()), c.count())).toList();

    FacetPages facets = FacetPages.of(corpus, index);
    List<RecurringView> byRootCause = Recurring.byRootCause(corpus, facets);

    Map<String, Object> analytics = InsightPages.analytics(corpus);
    List<PageSpec> pages = new ArrayList<>();
    // The home page lists the newest incidents only: at 10k postmortems a full list would make it
    // megabytes; the archive and the facet pages list everything.
    Map<String, Object> home = new LinkedHashMap<>();
    home.put("incidents", all.subList(0, Math.min(HOME_INCIDENTS, all.size())));
    home.put("total", all.size());
    home.put("impactHours", analytics.get("impactHours"));
    home.put("medianResolve", analytics.get("medianResolve"));
    home.put("tags", tags);
    home.put("recurring", byRootCause.subList(0, Math.min(TOP_RECURRING, byRootCause.size())));
    pages.add(page("index.html", "index", site.title(), home));
    for (int i = 0; i < corpus.size(); i++) {
      Postmortem p = corpus.postmortems().get(i);
      pages.add(incidentPage(i, p, shown.views().get(p.slug()), index, facets, summaries::get, all::get, all.size()));
    }
    Map<String, List<Postmortem>> byTag = corpus.byTag();
    for (TagView t : tags) {
      List<IncidentSummary> list =
          byTag.getOrDefault(t.name(), List.of()).stream().map(p -> summaries.get(p.slug())).toList();
      paged(pages, t.url(), "tag", "Tag: " + t.name(), list, Map.of("tag", t));
    }
    pages.add(page(Permalinks.tagsIndex(), "tags", "Tags", Map.of("tags", tags)));
    for (FacetPages.ValuePage fp : facets.pages()) {
      List<IncidentSummary> list = fp.slugs().stream().map(summaries::get).toList();
      paged(pages, fp.value().url(), "facet", fp.facet().title() + ": " + fp.value().label(), list,
          Map.of("facet", fp.facet(), "value", fp.value()));
    }
    for (FacetView f : facets.facets()) {
      if (!f.name().equals(Fields.FACET_TAG)) pages.add(page(f.url(), "facet-index", f.title(), Map.of("facet", f)));
    }
    pages.add(page(Permalinks.browse(), "browse", "Browse", Map.of("facets", facets.facets())));
    pages.add(page(Permalinks.recurring(), "recurring", "Recurring problems",
        Map.of("byRootCause", byRootCause, "byService", Recurring.byService(corpus, facets))));
    pages.add(page(NOT_FOUND, "404", "Page not found", Map.of()));
    pages.add(page("analytics.html", "analytics", "Analytics", analytics));
    for (InsightPages.ActionPage ap : InsightPages.actionPages(corpus, summaries, LIST_PAGE)) {
      pages.add(page(ap.path(), "actions", ap.number() == 1 ? "Action items" : "Action items (page " + ap.number() + ")",
          ap.model()));
    }
    pages.add(page("archive.html", "archive", "Archive", InsightPages.archive(all)));
    pages.add(page("search.html", "search", "Search", Map.of("facets", facets.facets(), "manifest",
        searchManifest)));
    pages.addAll(machinePages(all, pages, corpus));
    return pages;
  }

  /**
   * A list page, split into pages of {@link #LIST_PAGE} incidents when longer: at 10k postmortems
   * a year or a common root cause lists hundreds, and one page of them weighed half a megabyte.
   * Each page's model has its slice as {@code incidents} and a {@code pager}.
   */
  private void paged(List<PageSpec> pages, String first, String template, String title, List<IncidentSummary> list,
      Map<String, Object> extra) {
    int count = Math.max(1, (list.size() + LIST_PAGE - 1) / LIST_PAGE);
    for (int n = 1; n <= count; n++) {
      Map<String, Object> m = new LinkedHashMap<>(extra);
      m.put("incidents", list.subList((n - 1) * LIST_PAGE, Math.min(list.size(), n * LIST_PAGE)));
      m.put("pager", new PagerView(n, count, first, n > 1 ? Permalinks.listPage(first, n - 1) : "",
          n < count ? Permalinks.listPage(first, n + 1) : ""));
      pages.add(page(Permalinks.listPage(first, n), template, n == 1 ? title : title + " (page " + n + ")", m));
    }
  }

  /**
   * The feed, sitemap (see {@link Sitemaps}) and robots.txt, also as templates so a theme can change them. Dates come
   * from the incidents, never from the clock, so two builds stay identical.
   */
  private List<PageSpec> machinePages(List<IncidentSummary> all, List<PageSpec> htmlPages, Corpus corpus) {
    String updated = all.stream().map(IncidentSummary::date).filter(d -> !d.isEmpty()).max(String::compareTo)
        .orElse("1970-01-01");
    List<IncidentSummary> recent = all.subList(0, Math.min(FEED_ENTRIES, all.size()));
    List<String> paths = htmlPages.stream().map(PageSpec::outputPath).filter(p -> !p.equals(NOT_FOUND)).sorted()
        .toList();
    List<PageSpec> out = new ArrayList<>();
    out.add(page("feed.xml", "feed", site.title(), Map.of("incidents", recent, "updated", updated)));
    for (Sitemaps.SitemapFile f : Sitemaps.of(paths)) out.add(page(f.path(), f.template(), "Sitemap", f.model()));
    out.add(page("robots.txt", "robots", "robots.txt", Map.of()));
    out.add(page("api/incidents.json", ApiExport.TEMPLATE, "incidents.json", Map.of("json", ApiExport.Incidents.of(corpus))));
    return out;
  }

  /** The root cause as a link to its facet page. */
  private static FacetValueView rootCause(Postmortem p, FacetPages facets) {
    String v = FacetValues.rootCause(p);
    return new FacetValueView(v, FacetPages.label(Fields.FACET_ROOT_CAUSE, v), facets.url(Fields.FACET_ROOT_CAUSE, v), 0);
  }

  /** The contributing causes as links to their facet pages. */
  private static List<FacetValueView> contributing(Postmortem p, FacetPages facets) {
    return FacetValues.of(p).get(Fields.FACET_CONTRIBUTING).stream().map(v -> new FacetValueView(v,
        FacetPages.label(Fields.FACET_CONTRIBUTING, v), facets.url(Fields.FACET_CONTRIBUTING, v), 0)).toList();
  }

  private static List<RelatedView> related(IndexSnapshot index, String slug,
      Function<String, IncidentSummary> shown) {
    List<RelatedView> out = new ArrayList<>();
    for (Related r : index.related(slug)) {
      IncidentSummary v = shown.apply(r.slug());
      if (v != null) out.add(new RelatedView(v.url(), v.title(), v.date(), String.join(" · ", r.reasons())));
    }
    return out;
  }

  private PageSpec page(String path, String template, String title, Map<String, Object> extra) {
    Map<String, Object> model = new LinkedHashMap<>(extra);
    model.put("site", site);
    // GitHub Pages serves 404.html at whatever address was missed (/kb/incidents/typo.html), so
    // its links cannot be relative: they start from the base URL.
    String root = path.equals(NOT_FOUND) ? config.baseUrl() : Permalinks.rootOf(path);
    model.put("page", new PageView(title, root, path, config.absoluteBase() + path));
    return new PageSpec(path, template, model);
  }

  private IncidentView view(Postmortem p, Map<String, Integer> tagCounts) {
    List<TagView> tags = p.tags().stream()
        .map(t -> new TagView(t, Permalinks.tag(t), tagCounts.getOrDefault(t, 0))).toList();
    String date = p.day().map(Object::toString).orElse("");
    String year = date.isEmpty() ? "" : date.substring(0, 4);
    String sourceUrl = config.repoUrl().map(r -> r + "/blob/HEAD/" + p.sourcePath()).orElse("");
    IncidentFacts f = IncidentFacts.of(p);
    return new IncidentView(p.slug(), Permalinks.incident(p.slug()), p.title().value(), date, year, tags,
        p.summary(), new BodyView(p.body(), config.rawHtml() == RawHtml.TRUST), p.sourcePath(), sourceUrl,
        p.draft(), f.duration(), f.severity(), f.impact(), f.impactSentence(), f.services(), f.rootCause(), f.rootCauseId(), f.timezone(), f.timeline(), f.sources(),
        f.lines(), f.derived());
  }
}
