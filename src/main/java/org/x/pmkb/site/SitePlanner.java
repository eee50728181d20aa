package org.x.pmkb.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.x.pmkb.config.RawHtml;
import org.x.pmkb.config.SiteConfig;
import org.x.pmkb.index.FacetCount;
import org.x.pmkb.index.Fields;
import org.x.pmkb.index.IndexSnapshot;
import org.x.pmkb.model.Corpus;
import org.x.pmkb.model.Postmortem;
import org.x.pmkb.render.HtmlSanitizer;
import org.x.pmkb.site.Views.IncidentView;
import org.x.pmkb.site.Views.PageView;
import org.x.pmkb.site.Views.SiteView;
import org.x.pmkb.site.Views.TagView;

/**
 * Decides every page of the site and the model each template sees. Views are built once per
 * postmortem and shared by all the pages that list it, so planning is linear in the corpus.
 */
final class SitePlanner {
  private final SiteConfig config;
  private final SiteView site;

  SitePlanner(SiteConfig config, String version) {
    this.config = config;
    this.site = new SiteView(config.title(), config.description(), config.baseUrl(), config.absoluteBase(),
        config.language(), config.repoUrl().orElse(""), "pmkb " + version);
  }

  List<PageSpec> plan(Corpus corpus, IndexSnapshot index) {
    Map<String, Integer> tagCounts = new LinkedHashMap<>();
    for (FacetCount c : index.facet(Fields.FACET_TAG)) tagCounts.put(c.value(), c.count());
    Map<String, IncidentView> views = new LinkedHashMap<>();
    for (Postmortem p : corpus.postmortems()) views.put(p.slug(), view(p, tagCounts));
    List<IncidentView> all = List.copyOf(views.values());
    List<TagView> tags = index.facet(Fields.FACET_TAG).stream()
        .map(c -> new TagView(c.value(), Permalinks.tag(c.value()), c.count())).toList();

    List<PageSpec> pages = new ArrayList<>();
    pages.add(page("index.html", "index", site.title(), Map.of("incidents", all, "tags", tags)));
    for (int i = 0; i < all.size(); i++) {
      IncidentView v = all.get(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("incident", v);
      // Corpus order is newest first: "newer" is the previous entry.
      m.put("newer", i > 0 ? all.get(i - 1) : "");
      m.put("older", i + 1 < all.size() ? all.get(i + 1) : "");
      pages.add(page(v.url(), "incident", v.title(), m));
    }
    Map<String, List<Postmortem>> byTag = corpus.byTag();
    for (TagView t : tags) {
      List<IncidentView> list = byTag.getOrDefault(t.name(), List.of()).stream().map(p -> views.get(p.slug())).toList();
      pages.add(page(t.url(), "tag", "Tag: " + t.name(), Map.of("tag", t, "incidents", list)));
    }
    pages.add(page(Permalinks.tagsIndex(), "tags", "Tags", Map.of("tags", tags)));
    pages.add(page("404.html", "404", "Page not found", Map.of()));
    return pages;
  }

  private PageSpec page(String path, String template, String title, Map<String, Object> extra) {
    Map<String, Object> model = new LinkedHashMap<>(extra);
    model.put("site", site);
    model.put("page", new PageView(title, Permalinks.rootOf(path), path, config.absoluteBase() + path));
    return new PageSpec(path, template, model);
  }

  private IncidentView view(Postmortem p, Map<String, Integer> tagCounts) {
    List<TagView> tags = p.tags().stream()
        .map(t -> new TagView(t, Permalinks.tag(t), tagCounts.getOrDefault(t, 0))).toList();
    String date = p.day().map(Object::toString).orElse("");
    String year = date.isEmpty() ? "" : date.substring(0, 4);
    String sourceUrl = config.repoUrl().map(r -> r + "/blob/HEAD/" + p.sourcePath()).orElse("");
    return new IncidentView(p.slug(), Permalinks.incident(p.slug()), p.title().value(), date, year, tags,
        p.summary(), publishable(p.bodyHtml()), p.sourcePath(), sourceUrl, p.draft());
  }

  /**
   * The body as templates may insert it with {@code | raw}: sanitised unless the site trusts its
   * authors. Sanitising also in escape mode removes what Markdown itself can make unsafe
   * ({@code [x](javascript:...)}).
   */
  private String publishable(String bodyHtml) {
    return config.rawHtml() == RawHtml.TRUST ? bodyHtml : HtmlSanitizer.sanitize(bodyHtml);
  }
}
