package io.github.pmkb.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.github.pmkb.escape.Json;
import io.github.pmkb.search.SearchHit;
import io.github.pmkb.search.SearchResult;

/** Prints a {@link SearchResult} for people (text) or programs (one JSON object, fixed key order). */
final class SearchOutput {
  /** Facet values shown per dimension in text mode; JSON has them all. */
  static final int FACET_VALUES_SHOWN = 8;

  private SearchOutput() {}

  static void text(PrintWriter out, String query, SearchResult r) {
    out.println(String.format(Locale.ROOT, "%d %s for \"%s\"%s", r.total(), r.total() == 1 ? "incident" : "incidents",
        query, r.total() > r.hits().size() ? " (showing " + r.hits().size() + ")" : ""));
    int n = 1;
    for (SearchHit h : r.hits()) {
      out.println();
      out.println(String.format(Locale.ROOT, "%2d. %s", n++, h.title()));
      out.println(String.format(Locale.ROOT, "    %s · root cause: %s · incidents/%s.html · score %.2f",
          h.date().isEmpty() ? "undated" : h.date(), h.rootCause(), h.slug(), h.score()));
      if (!h.snippet().isEmpty()) out.println("    " + h.snippet());
    }
    if (!r.facets().isEmpty()) {
      out.println();
      out.println("Facets (all " + r.total() + " matches):");
      for (Map.Entry<String, Map<String, Integer>> e : r.facets().entrySet()) {
        StringBuilder line = new StringBuilder();
        int i = 0;
        for (Map.Entry<String, Integer> v : e.getValue().entrySet()) {
          if (i == FACET_VALUES_SHOWN) break;
          if (i++ > 0) line.append(", ");
          line.append(v.getKey()).append(' ').append(v.getValue());
        }
        if (e.getValue().size() > FACET_VALUES_SHOWN) line.append(", … (").append(e.getValue().size()).append(" values)");
        out.println(String.format(Locale.ROOT, "  %-11s %s", e.getKey(), line));
      }
    }
  }

  static String json(SearchResult r) {
    List<Object> hits = new ArrayList<>();
    for (SearchHit h : r.hits()) {
      Map<String, Object> hit = new LinkedHashMap<>();
      hit.put("slug", h.slug());
      hit.put("title", h.title());
      hit.put("date", h.date());
      hit.put("root_cause", h.rootCause());
      hit.put("score", new BigDecimal(String.format(Locale.ROOT, "%.4f", h.score())));
      hit.put("snippet", h.snippet());
      hits.add(hit);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("total", r.total());
    doc.put("hits", hits);
    doc.put("facets", r.facets());
    return Json.write(doc);
  }

}
