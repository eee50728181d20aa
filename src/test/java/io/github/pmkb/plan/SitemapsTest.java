package io.github.pmkb.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import io.github.pmkb.plan.Sitemaps.SitemapFile;
import io.github.pmkb.plan.Views.SiteView;
import io.github.pmkb.render.TemplateRenderer;
import io.github.pmkb.testing.SiteFixture;

/** Sitemaps keep to the protocol's 50,000 URLs per file and stay one file below that. */
class SitemapsTest {
  static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final String BASE = "https://org.github.io/kb/";

  private static List<String> paths(int n) {
    return IntStream.range(0, n).mapToObj(i -> String.format(java.util.Locale.ROOT, "incidents/p%06d.html", i)).toList();
  }

  @Test
  void upToTheLimitOneSitemapListsEveryPage() {
    List<String> paths = paths(Sitemaps.MAX_URLS);
    assertThat(Sitemaps.of(paths)).singleElement()
        .isEqualTo(new SitemapFile("sitemap.xml", "sitemap", paths, List.of()));
  }

  @Test
  void aboveTheLimitSitemapXmlIndexesNumberedFilesOfAtMostTheLimitEach() {
    List<String> paths = paths(Sitemaps.MAX_URLS + 1);
    List<SitemapFile> files = Sitemaps.of(paths);
    assertThat(files).extracting(SitemapFile::path).containsExactly("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml");
    assertThat(files.get(0).template()).isEqualTo("sitemap-index");
    assertThat(files.get(0).sitemaps()).isEqualTo(List.of("sitemap-1.xml", "sitemap-2.xml"));
    assertThat(files.get(1).paths()).hasSize(Sitemaps.MAX_URLS);
    assertThat(files.get(2).paths()).isEqualTo(List.of(paths.get(Sitemaps.MAX_URLS)));
  }

  @Test
  void theThemesTemplatesWriteAValidIndexAndPartsThatTogetherListEveryPageOnce() throws Exception {
    List<String> paths = new ArrayList<>(List.of("index.html", "archive.html"));
    paths.addAll(paths(5));
    TemplateRenderer renderer = new TemplateRenderer(SiteFixture.repoRoot().resolve("no-such-folder"),
        List.of(SiteFixture.repoRoot().resolve("themes/default/templates")));
    SiteView site = new SiteView("KB", "", "/kb/", BASE, true, "en", "", "pmkb test", true);
    Map<String, Document> rendered = new LinkedHashMap<>();
    for (SitemapFile f : Sitemaps.of(paths, 3)) {
      var model = new Pages.SitemapPage(site, new Views.PageView("Sitemap", "", f.path(), BASE + f.path()), f.paths(),
          f.sitemaps());
      rendered.put(f.path(), xml(renderer.render(f.template(), model)));
    }
    assertThat(rendered).containsOnlyKeys("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml");
    Document index = rendered.get("sitemap.xml");
    assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
    assertThat(locs(index)).containsExactly(BASE + "sitemap-1.xml", BASE + "sitemap-2.xml", BASE + "sitemap-3.xml");
    List<String> listed = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      Document part = rendered.get("sitemap-" + n + ".xml");
      assertThat(part.getDocumentElement().getLocalName()).isEqualTo("urlset");
      assertThat(locs(part)).hasSizeLessThanOrEqualTo(3);
      listed.addAll(locs(part));
    }
    List<String> expected = new ArrayList<>(List.of(BASE, BASE + "archive.html"));
    paths(5).forEach(p -> expected.add(BASE + p));
    assertThat(listed).containsExactlyElementsOf(expected);
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> locs(Document d) {
    var nodes = d.getElementsByTagNameNS(NS, "loc");
    return IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent().strip()).toList();
  }
}
