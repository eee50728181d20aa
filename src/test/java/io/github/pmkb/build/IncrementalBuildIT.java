package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.testing.RebuildFixture;
import io.github.pmkb.testing.SiteFixture;

/**
 * A {@link BuildSession} kept open across edits re-renders only the pages an edit affects, and its
 * folder is byte-identical to a clean build of the same sources after every step.
 */
class IncrementalBuildIT {
  @TempDir Path tmp;
  private Path src;
  private Path out;
  private BuildSession session;
  private int cleanBuilds;


  @BeforeEach
  void buildOnce() {
    src = SiteFixture.write(tmp.resolve("src"), RebuildFixture.SITE);
    out = tmp.resolve("out");
    session = BuildSession.open(new BuildOptions(src, Optional.of(out), Optional.empty(), false),
        SiteBuilder.Progress.NONE, "test-index");
    assertThat(session.build().written()).isTrue();
  }

  private void write(String rel, String text) throws IOException {
    Files.createDirectories(src.resolve(rel).getParent());
    Files.writeString(src.resolve(rel), text, StandardCharsets.UTF_8);
  }

  private void assertSameAsCleanBuild() throws IOException {
    Path clean = tmp.resolve("clean-" + (++cleanBuilds));
    BuildResult r = SiteBuilder.build(new BuildOptions(src, Optional.of(clean), Optional.empty(), false),
        SiteBuilder.Progress.NONE);
    assertThat(r.written()).isTrue();
    assertThat(SiteFixture.snapshot(out)).isEqualTo(SiteFixture.snapshot(clean));
  }

  @Test
  void aBodyEditRerendersTheIncidentItsNeighboursAndTheListsThatShowIt() throws IOException {
    String text = Files.readString(src.resolve("content/2024/bravo.md"));
    write("content/2024/bravo.md", text.replace("Bravo body.", "Bravo body, revised."));

    Rebuild r = session.update(SourceChanges.ofContent(src.resolve("content/2024/bravo.md")));

    assertThat(r.full()).isFalse();
    assertThat(r.reparsed()).isEqualTo(1);
    // Neighbours show the incident in their newer/older links; the feed shows its summary. The
    // list pages (home, tag, archive, root cause, year) are rendered again because their models
    // carry the summary, even where their rows (date, title, facts) come out the same.
    // Other incident pages may change too: their related incidents compare every text. The search
    // page carries the search index's manifest, which names the new packs.
    assertThat(r.rendered()).contains("index.html", "incidents/bravo.html", "incidents/alpha.html",
        "incidents/charlie.html", "tags/dns.html", "archive.html", "feed.xml", "facets/root-cause/unknown.html",
        "facets/year/2024.html");
    assertThat(r.rendered()).filteredOn(p -> !p.startsWith("incidents/")).containsExactlyInAnyOrder("index.html",
        "incidents.html", "tags/dns.html", "archive.html", "feed.xml", "facets/root-cause/unknown.html",
        "facets/year/2024.html", "search.html");
    assertThat(r.deleted()).isEmpty();
    assertThat(Files.readString(out.resolve("incidents/bravo.html"))).contains("Bravo body, revised.");
    assertSameAsCleanBuild();
  }

  @Test
  void anEditBelowTheSummaryRerendersOnlyThatIncidentsPage() throws IOException {
    String text = Files.readString(src.resolve("content/2024/bravo.md"));
    write("content/2024/bravo.md", text + "\n\nA second paragraph, not part of the summary.\n");

    Rebuild r = session.update(SourceChanges.ofContent(src.resolve("content/2024/bravo.md")));

    // Lists and newer/older links carry no body, so no list page's model changed; other incident
    // pages may, as their related incidents compare every text; the search page carries the new
    // search index's manifest.
    assertThat(r.rendered()).contains("incidents/bravo.html")
        .allMatch(p -> p.startsWith("incidents/") || p.equals("search.html"));
    assertSameAsCleanBuild();
  }

  @Test
  void savingTheSameBytesParsesAndRendersNothing() throws IOException {
    write("content/2024/alpha.md", Files.readString(src.resolve("content/2024/alpha.md")));

    Rebuild r = session.update(SourceChanges.ofContent(src.resolve("content/2024/alpha.md")));

    assertThat(r.reparsed()).isZero();
    assertThat(r.rendered()).isEmpty();
  }

  @Test
  void aTagChangeUpdatesTagPagesAndCountsLikeACleanBuild() throws IOException {
    String text = Files.readString(src.resolve("content/2022/delta.md"));
    write("content/2022/delta.md", text.replace("tags: [network]", "tags: [db]"));

    Rebuild r = session.update(SourceChanges.ofContent(src.resolve("content/2022/delta.md")));

    assertThat(r.deleted()).containsExactly("tags/network.html");
    assertThat(r.rendered()).contains("tags/db.html", "tags/index.html", "incidents/delta.html");
    assertSameAsCleanBuild();
  }

  @Test
  void aDeletedFileRemovesItsPageAndAnEmptiedTag() throws IOException {
    Files.delete(src.resolve("content/2022/delta.md"));

    Rebuild r = session.update(SourceChanges.ofContent(src.resolve("content/2022/delta.md")));

    // delta was the only incident of 2022, so its year's facet page and API shard go too.
    assertThat(r.deleted()).containsExactlyInAnyOrder("incidents/delta.html", "tags/network.html",
        "facets/year/2022.html", "api/incidents-2022.json");
    assertThat(out.resolve("incidents/delta.html")).doesNotExist();
    assertSameAsCleanBuild();
  }

  @Test
  void aRenamedFolderIsSeenFromTheFolderEventAlone() throws IOException {
    Files.move(src.resolve("content/2023"), src.resolve("content/older"));

    Rebuild r = session.update(new SourceChanges(false, false, false, false,
        java.util.Set.of(src.resolve("content/2023"), src.resolve("content/older"))));

    assertThat(r.reparsed()).isEqualTo(1);
    assertSameAsCleanBuild();
  }

  @Test
  void aNewFileAddsItsPage() throws IOException {
    write("content/2025/echo.md", "---\ntitle: Echo outage\ndate: 2025-01-01\ntags: [db]\n---\nEcho body.\n");

    Rebuild r = session.update(SourceChanges.ofContent(src.resolve("content/2025")));

    assertThat(r.rendered()).contains("incidents/echo.html", "incidents/alpha.html", "index.html");
    assertSameAsCleanBuild();
  }

  @Test
  void anImageAddedBesideAPostmortemIsPublishedAndShown() throws IOException {
    String text = Files.readString(src.resolve("content/2024/alpha.md"));
    write("content/2024/alpha.md", text + "\n\n![graph](images/graph.png)\n");
    session.update(SourceChanges.ofContent(src.resolve("content/2024/alpha.md")));
    assertSameAsCleanBuild();

    Files.createDirectories(src.resolve("content/2024/images"));
    Files.write(src.resolve("content/2024/images/graph.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Rebuild added = session.update(SourceChanges.ofContent(src.resolve("content/2024/images/graph.png")));

    assertThat(added.rendered()).contains("incidents/alpha.html");
    assertThat(out.resolve("incidents/images/graph.png")).exists();
    assertSameAsCleanBuild();

    Files.delete(src.resolve("content/2024/images/graph.png"));
    session.update(SourceChanges.ofContent(src.resolve("content/2024/images/graph.png")));
    assertThat(out.resolve("incidents/images/graph.png")).doesNotExist();
    assertSameAsCleanBuild();
  }

  @Test
  void aTemplateChangeRerendersEveryPage() throws IOException {
    Path base = src.resolve("themes/default/templates/base.peb");
    Files.writeString(base, Files.readString(base).replace("</footer>", "<p>edited theme</p></footer>"));

    Rebuild r = session.update(new SourceChanges(false, true, false, false, java.util.Set.of()));

    assertThat(r.rendered()).hasSize(SiteFixture.snapshot(out).keySet().stream()
        .filter(k -> k.matches(".*\\.(html|xml|txt|json)") && !k.startsWith("search/")).toList().size());
    assertThat(Files.readString(out.resolve("index.html"))).contains("edited theme");
    assertSameAsCleanBuild();
  }

  @Test
  void aContentErrorIsReportedWithItsPositionAndClearedByTheFix() throws IOException {
    String good = Files.readString(src.resolve("content/2024/alpha.md"));
    write("content/2024/alpha.md", good.replace("date: 2024-03-01", "date: [unclosed"));

    Rebuild broken = session.update(SourceChanges.ofContent(src.resolve("content/2024/alpha.md")));

    assertThat(broken.errors()).isPositive();
    assertThat(broken.diagnostics()).anySatisfy(d -> assertThat(d.at().file()).isEqualTo("content/2024/alpha.md"));
    assertSameAsCleanBuild();

    write("content/2024/alpha.md", good);
    Rebuild fixed = session.update(SourceChanges.ofContent(src.resolve("content/2024/alpha.md")));

    assertThat(fixed.errors()).isZero();
    assertSameAsCleanBuild();
  }

  @Test
  void aBrokenTemplateKeepsThePagesAndTheFixRendersThemAll() throws IOException {
    Path incident = src.resolve("themes/default/templates/incident.peb");
    String good = Files.readString(incident);
    Files.writeString(incident, good + "\n{% if %}\n");

    Rebuild broken = session.update(new SourceChanges(false, true, false, false, java.util.Set.of()));

    assertThat(broken.written()).isFalse();
    assertThat(broken.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo("TPL001");
      assertThat(d.at().file()).isEqualTo("themes/default/templates/incident.peb");
    });

    Files.writeString(incident, good);
    Rebuild fixed = session.update(new SourceChanges(false, true, false, false, java.util.Set.of()));
    assertThat(fixed.errors()).isZero();
    assertSameAsCleanBuild();
  }

  @Test
  void aPreviewWritesOnlyTheEditedPageAndTheRestThenMatchesACleanBuild() throws IOException {
    String text = Files.readString(src.resolve("content/2024/bravo.md"));
    write("content/2024/bravo.md", text.replace("Bravo body.", "Bravo body, previewed."));

    Rebuild preview = session.preview(SourceChanges.ofContent(src.resolve("content/2024/bravo.md")));

    assertThat(preview.phase()).isEqualTo(Rebuild.Phase.PREVIEW);
    assertThat(preview.rendered()).containsExactly("incidents/bravo.html");
    assertThat(session.pending()).isTrue();
    assertThat(Files.readString(out.resolve("incidents/bravo.html"))).contains("Bravo body, previewed.");
    // The feed still shows the old summary until the rest is done.
    assertThat(Files.readString(out.resolve("feed.xml"))).contains("Bravo body.").doesNotContain("Bravo body, previewed.");

    Rebuild rest = session.finish();

    assertThat(rest.phase()).isEqualTo(Rebuild.Phase.REST);
    assertThat(rest.rendered()).contains("index.html", "archive.html", "tags/dns.html");
    assertThat(session.pending()).isFalse();
    assertSameAsCleanBuild();
  }

  @Test
  void severalPreviewsEditsDeletionsAndNewFilesThenOneRestMatchACleanBuild() throws IOException {
    String bravo = Files.readString(src.resolve("content/2024/bravo.md"));
    write("content/2024/bravo.md", bravo.replace("tags: [dns]", "tags: [dns, queue]"));
    session.preview(SourceChanges.ofContent(src.resolve("content/2024/bravo.md")));
    Files.delete(src.resolve("content/2022/delta.md"));
    Rebuild deleted = session.preview(SourceChanges.ofContent(src.resolve("content/2022/delta.md")));
    write("content/2025/echo.md", "---\ntitle: Echo outage\ndate: 2025-01-01\ntags: [db]\n---\nEcho body.\n");
    Rebuild added = session.preview(SourceChanges.ofContent(src.resolve("content/2025/echo.md")));

    assertThat(deleted.deleted()).containsExactly("incidents/delta.html");
    assertThat(out.resolve("incidents/delta.html")).doesNotExist();
    assertThat(added.rendered()).containsExactly("incidents/echo.html");

    Rebuild rest = session.finish();

    assertThat(rest.deleted()).contains("tags/network.html").doesNotContain("incidents/delta.html");
    assertSameAsCleanBuild();
  }

  @Test
  void anIndexBuiltBeforeTheLastPreviewIsDroppedAndTheNextOneApplies() throws IOException {
    String bravo = Files.readString(src.resolve("content/2024/bravo.md"));
    write("content/2024/bravo.md", bravo.replace("Bravo body.", "Bravo body, first."));
    session.preview(SourceChanges.ofContent(src.resolve("content/2024/bravo.md")));
    Reindex first = session.reindex();
    write("content/2024/bravo.md", bravo.replace("Bravo body.", "Bravo body, second."));
    session.preview(SourceChanges.ofContent(src.resolve("content/2024/bravo.md")));

    assertThat(session.finish(first.run())).isEmpty();
    assertThat(session.pending()).isTrue();

    assertThat(session.finish(session.reindex().run())).isPresent();
    assertThat(Files.readString(out.resolve("feed.xml"))).contains("Bravo body, second.");
    assertSameAsCleanBuild();
  }

  @Test
  void aTemplateChangeWhileTheRestIsOwedDoesEverythingAtOnce() throws IOException {
    String bravo = Files.readString(src.resolve("content/2024/bravo.md"));
    write("content/2024/bravo.md", bravo.replace("Bravo body.", "Bravo body, revised."));
    session.preview(SourceChanges.ofContent(src.resolve("content/2024/bravo.md")));
    Path base = src.resolve("themes/default/templates/base.peb");
    Files.writeString(base, Files.readString(base).replace("</footer>", "<p>edited theme</p></footer>"));

    Rebuild r = session.preview(new SourceChanges(false, true, false, false, java.util.Set.of()));

    assertThat(r.phase()).isEqualTo(Rebuild.Phase.ALL);
    assertThat(session.pending()).isFalse();
    assertSameAsCleanBuild();
  }

  @Test
  void anImageChangeIsNotPreviewedButDoneWhole() throws IOException {
    Files.createDirectories(src.resolve("content/2024/images"));
    Files.write(src.resolve("content/2024/images/graph.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    Rebuild r = session.preview(SourceChanges.ofContent(src.resolve("content/2024/images/graph.png")));

    assertThat(r.phase()).isEqualTo(Rebuild.Phase.ALL);
    assertThat(session.pending()).isFalse();
    assertSameAsCleanBuild();
  }

  @Test
  void aSecondRestWritesOnlyTheSearchFilesThatChangedAndStillMatchesACleanBuild() throws IOException {
    String bravo = Files.readString(src.resolve("content/2024/bravo.md"));
    write("content/2024/bravo.md", bravo.replace("Bravo body.", "Bravo body, once."));
    session.update(SourceChanges.ofContent(src.resolve("content/2024/bravo.md")));
    assertSameAsCleanBuild();
    Path manifest = out.resolve("search/manifest.json");
    String before = Files.readString(manifest);

    write("content/2024/bravo.md", bravo.replace("Bravo body.", "Bravo body, twice over."));
    session.update(SourceChanges.ofContent(src.resolve("content/2024/bravo.md")));

    assertThat(Files.readString(manifest)).isNotEqualTo(before);
    assertSameAsCleanBuild();
  }

  /** Dates every file of the site far back and returns its bytes: a file written again shows a later time. */
  private Map<Path, byte[]> backdateSite() throws IOException {
    Map<Path, byte[]> before = new HashMap<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f, LONG_AGO);
        before.put(f, Files.readAllBytes(f));
      }
    }
    return before;
  }

  private static final FileTime LONG_AGO = FileTime.fromMillis(86_400_000L);

  private static byte[] readBytes(Path f) {
    try {
      return Files.exists(f) ? Files.readAllBytes(f) : null;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aRetitledIncidentUpdatesTheSiteLikeACleanBuild() throws IOException {
    String charlie = Files.readString(src.resolve("content/2023/charlie.md"));
    write("content/2023/charlie.md", charlie.replace("title: Charlie outage", "title: Charlie cache stampede"));

    Rebuild preview = session.preview(SourceChanges.ofContent(src.resolve("content/2023/charlie.md")));
    Rebuild rest = session.finish();

    assertThat(preview.rendered()).containsExactly("incidents/charlie.html");
    assertThat(rest.rendered()).contains("index.html", "archive.html");
    assertThat(Files.readString(out.resolve("index.html"))).contains("Charlie cache stampede");
    assertSameAsCleanBuild();
  }

  @Test
  void anUpdateRewritesNoFileWhoseBytesStayTheSame() throws IOException {
    Map<Path, byte[]> before = backdateSite();
    String bravo = Files.readString(src.resolve("content/2024/bravo.md"));
    write("content/2024/bravo.md", bravo.replace("Bravo body.", "Bravo body, revised."));

    Rebuild r = session.update(SourceChanges.ofContent(src.resolve("content/2024/bravo.md")));

    // The check below would hold trivially if every page rendered again came out different.
    assertThat(r.rendered()).as("a page rendered again to the same bytes")
        .anyMatch(p -> Arrays.equals(before.get(out.resolve(p)), readBytes(out.resolve(p))));
    assertThat(r.changed()).as("the pages whose bytes changed")
        .containsExactlyElementsOf(r.rendered().stream().filter(p -> !Arrays.equals(before.get(out.resolve(p)),
            readBytes(out.resolve(p)))).toList());
    before.forEach((f, bytes) -> {
      if (Arrays.equals(bytes, readBytes(f))) {
        try {
          assertThat(Files.getLastModifiedTime(f)).as("unchanged %s left alone", out.relativize(f)).isEqualTo(LONG_AGO);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    });
    assertSameAsCleanBuild();
  }
}
