package io.github.pmkb.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import io.github.pmkb.extract.Slugs;
import io.github.pmkb.index.FacetCount;
import io.github.pmkb.index.FacetValues;
import io.github.pmkb.index.Fields;
import io.github.pmkb.index.IndexSnapshot;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.plan.Views.FacetValueView;
import io.github.pmkb.plan.Views.FacetView;

/**
 * The site's facets: for root cause, contributing cause, tag, severity, service and year, each value with its page,
 * its count (from the index) and its incidents (grouped with {@link FacetValues}, the definition
 * the index used, so the list has exactly the count's length).
 */
final class FacetPages {
  /** Facet name and its folder under {@code facets/}, in page order; titles are {@link Fields#label}. */
  private static final List<String[]> SHOWN = List.of(
      new String[] {Fields.FACET_ROOT_CAUSE, "root-cause"},
      new String[] {Fields.FACET_CONTRIBUTING, "contributing"},
      new String[] {Fields.FACET_TAG, "tag"},
      new String[] {Fields.FACET_SEVERITY, "severity"},
      new String[] {Fields.FACET_SERVICE, "service"},
      new String[] {Fields.FACET_YEAR, "year"});

  /** One value's page. */
  record ValuePage(FacetView facet, FacetValueView value, List<String> slugs) {}

  private final List<FacetView> facets = new ArrayList<>();
  private final List<ValuePage> pages = new ArrayList<>();
  private final Map<String, Map<String, String>> urls = new TreeMap<>();

  static FacetPages of(Corpus corpus, IndexSnapshot index) {
    FacetPages f = new FacetPages();
    Map<String, Map<String, List<String>>> members = members(corpus);
    for (String[] d : SHOWN) f.add(d[0], Fields.label(d[0]), d[1], index.facet(d[0]), members.getOrDefault(d[0], Map.of()));
    return f;
  }

  private void add(String dim, String title, String folder, List<FacetCount> counts, Map<String, List<String>> members) {
    List<FacetCount> ordered = new ArrayList<>(counts);
    // Years read best newest first; other facets most frequent first (the index's order).
    if (dim.equals(Fields.FACET_YEAR)) ordered.sort(Comparator.comparing(FacetCount::value).reversed());
    Set<String> used = new HashSet<>();
    Map<String, String> byValue = new LinkedHashMap<>();
    List<FacetValueView> values = new ArrayList<>();
    for (FacetCount c : ordered) {
      String url = dim.equals(Fields.FACET_TAG) ? Permalinks.tag(c.value())
          : Permalinks.facet(folder, uniqueSlug(c.value(), used));
      byValue.put(c.value(), url);
      values.add(new FacetValueView(c.value(), label(dim, c.value()), url, c.count()));
    }
    String index = dim.equals(Fields.FACET_TAG) ? Permalinks.tagsIndex() : Permalinks.facetIndex(folder);
    FacetView view = new FacetView(dim, title, index, List.copyOf(values));
    facets.add(view);
    urls.put(dim, byValue);
    if (dim.equals(Fields.FACET_TAG)) return; // tag pages are planned by SitePlanner, as before
    for (FacetValueView v : values) pages.add(new ValuePage(view, v, members.getOrDefault(v.value(), List.of())));
  }

  /** A readable label: cause ids become their taxonomy label ({@code memory-leak} → "Memory leak"). */
  static String label(String dim, String value) {
    return Labels.of(dim, value);
  }

  private static String uniqueSlug(String value, Set<String> used) {
    String base = Slugs.of(value);
    if (base.isEmpty()) base = "value";
    String s = base;
    for (int i = 2; !used.add(s); i++) s = base + "-" + i;
    return s;
  }

  /** Facet → value → slugs, in corpus order. */
  private static Map<String, Map<String, List<String>>> members(Corpus corpus) {
    Map<String, Map<String, List<String>>> out = new TreeMap<>();
    for (Postmortem p : corpus.postmortems()) {
      FacetValues.of(p).forEach((dim, vals) -> {
        for (String v : vals) out.computeIfAbsent(dim, d -> new TreeMap<>()).computeIfAbsent(v, x -> new ArrayList<>()).add(p.slug());
      });
    }
    return out;
  }

  List<FacetView> facets() {
    return List.copyOf(facets);
  }

  List<ValuePage> pages() {
    return List.copyOf(pages);
  }

  /** Every value's page by facet: what views link to, so a change in it makes them stale. */
  Map<String, Map<String, String>> urls() {
    return urls;
  }

  /** The page of a facet value, or empty when it has none. */
  String url(String dim, String value) {
    return urls.getOrDefault(dim, Map.of()).getOrDefault(value, "");
  }
}
