package io.github.pmkb.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.build.LoadedSite;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.index.IndexBuilder;
import io.github.pmkb.index.IndexSnapshot;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.testing.RebuildFixture;
import io.github.pmkb.testing.SiteFixture;

/** The preview's incident pages are the pages a whole plan gives, so a preview never shows a page a build would not. */
class SitePlannerTest {
  @TempDir Path tmp;

  @Test
  void incidentPagesAloneEqualThoseOfTheWholePlanWithAndWithoutRememberedViews() {
    Path root = SiteFixture.write(tmp.resolve("src"), RebuildFixture.SITE + """
        -- content/2024/echo.md --
        ---
        title: Echo outage
        date: 2024-02-15
        tags: [db, dns]
        ---
        Echo body about the db and dns.
        """);
    LoadedSite site = LoadedSite.of(root);
    SiteConfig config = site.config();
    Corpus corpus = site.corpus();
    IndexSnapshot index = IndexBuilder.build(corpus, tmp.resolve("index"));
    SitePlanner remembering = new SitePlanner(config, "test");
    Map<String, PageSpec> whole = new HashMap<>();
    remembering.plan(corpus, index).forEach(page -> whole.put(page.outputPath(), page));

    for (var p : corpus.postmortems()) {
      List<PageSpec> fresh = new SitePlanner(config, "test").incidentPages(corpus, index, Set.of(p.slug()));
      List<PageSpec> memo = remembering.incidentPages(corpus, index, Set.of(p.slug()));

      assertThat(fresh).singleElement().isEqualTo(whole.get(Permalinks.incident(p.slug())));
      assertThat(memo).singleElement().isEqualTo(whole.get(Permalinks.incident(p.slug())));
    }
    List<String> slugs = corpus.postmortems().stream().map(p -> p.slug()).toList();
    assertThat(remembering.incidentPages(corpus, index, Set.copyOf(slugs))).extracting(PageSpec::outputPath)
        .containsExactlyElementsOf(slugs.stream().map(Permalinks::incident).toList());
  }

  @Test
  void incidentPagesHoldTheStoredBodyAndSanitiseItOnlyWhenRead() {
    Path root = SiteFixture.write(tmp.resolve("src"), RebuildFixture.SITE + """
        -- content/2024/echo.md --
        # Echo

        See the runbook and <b onclick="x()">this</b>.
        """);
    LoadedSite site = LoadedSite.of(root);
    SiteConfig config = site.config();
    Corpus corpus = site.corpus();
    IndexSnapshot index = IndexBuilder.build(corpus, tmp.resolve("index"));
    var echo = corpus.postmortems().stream().filter(p -> p.slug().equals("echo")).findFirst().orElseThrow();

    PageSpec page = new SitePlanner(config, "test").incidentPages(corpus, index, Set.of("echo")).get(0);
    Views.IncidentView view = ((Pages.IncidentPage) page.resolved()).incident();

    assertThat(view.body().stored()).isSameAs(echo.body());
    assertThat(echo.bodyHtml()).contains("onclick");
    assertThat(view.bodyHtml()).contains("the runbook", "this").doesNotContain("javascript:", "onclick");
  }
}
