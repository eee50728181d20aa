package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.config.ConfigLoader;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.plan.ViewDigest;
import io.github.pmkb.testing.RebuildFixture;
import io.github.pmkb.testing.SiteFixture;

/**
 * Clean builds in turn with the build cache, as {@code pmkb build} runs them after each change:
 * pages whose view is the recorded one are taken from the previous site without rendering, and
 * the site is byte-identical to a build without the cache after every kind of change.
 */
class ViewRecordIT {
  @TempDir Path tmp;
  private Path src;
  private Path out;
  private int cleanBuilds;

  @BeforeEach
  void buildOnce() {
    src = SiteFixture.write(tmp.resolve("src"), RebuildFixture.SITE);
    out = tmp.resolve("out");
    build();
  }

  private void build() {
    build(out);
  }

  private void build(Path site) {
    BuildResult r = SiteBuilder.build(new BuildOptions(src, Optional.of(site), Optional.empty(), false),
        SiteBuilder.Progress.NONE);
    assertThat(r.written()).isTrue();
  }

  /** A clean build of {@code site}, as {@link #build()}, returning the pages it rendered (not kept). */
  private java.util.List<String> rendered(Path site) {
    try (BuildSession session = BuildSession.open(new BuildOptions(src, Optional.of(site), Optional.empty(), false),
        SiteBuilder.Progress.NONE)) {
      Rebuild r = session.update(SourceChanges.everything());
      assertThat(r.written()).isTrue();
      return r.rendered();
    }
  }

  private void write(String rel, String text) throws IOException {
    Files.createDirectories(src.resolve(rel).getParent());
    Files.writeString(src.resolve(rel), text, StandardCharsets.UTF_8);
  }

  private String read(String rel) throws IOException {
    return Files.readString(src.resolve(rel), StandardCharsets.UTF_8);
  }

  private void assertSameAsBuildWithoutCache() throws IOException {
    Path clean = tmp.resolve("clean-" + (++cleanBuilds));
    BuildResult r = SiteBuilder.build(new BuildOptions(src, Optional.of(clean), Optional.empty(), false).withoutCache(),
        SiteBuilder.Progress.NONE);
    assertThat(r.written()).isTrue();
    assertThat(SiteFixture.snapshot(out)).isEqualTo(SiteFixture.snapshot(clean));
  }

  @Test
  void editAddRetitleAndDeleteEachGiveTheSiteOfABuildWithoutCache() throws IOException {
    write("content/2024/bravo.md", read("content/2024/bravo.md").replace("Bravo body.", "Bravo body, revised."));
    build();
    assertSameAsBuildWithoutCache();

    write("content/2024/echo.md", "---\ntitle: Echo outage\ndate: 2024-04-01\ntags: [dns, cache]\n---\nEcho body.\n");
    build();
    assertSameAsBuildWithoutCache();

    write("content/2023/charlie.md", read("content/2023/charlie.md").replace("Charlie outage", "Charlie, renamed"));
    build();
    assertSameAsBuildWithoutCache();

    Files.delete(src.resolve("content/2022/delta.md"));
    build();
    assertSameAsBuildWithoutCache();
  }

  @Test
  void aPageWhoseViewIsUnchangedIsTakenFromThePreviousSiteUnrendered() throws IOException {
    write("content/2024/alpha.md", read("content/2024/alpha.md").replace("Alpha body.", "Alpha body, revised."));
    assertThat(rendered(out)).contains("incidents/alpha.html").doesNotContain("tags/network.html");
    assertThat(Files.readString(out.resolve("incidents/alpha.html"), StandardCharsets.UTF_8)).contains("Alpha body, revised.");
    assertSameAsBuildWithoutCache();
  }

  @Test
  void aBuildIntoAnotherFolderKeepsThisFoldersRecord() {
    // As pmkb serve (target/pmkb-serve) and pmkb build (target/site) do in one knowledge base.
    build(tmp.resolve("elsewhere"));
    assertThat(rendered(out)).doesNotContain("tags/network.html");
  }

  @Test
  void aPageChangedOnDiskIsRenderedAgain() throws IOException {
    Path tag = out.resolve("tags/network.html");
    String before = Files.readString(tag, StandardCharsets.UTF_8);
    Files.writeString(tag, before.replace("Delta", "Dexta"), StandardCharsets.UTF_8);
    Files.setLastModifiedTime(tag, FileTime.fromMillis(Files.getLastModifiedTime(tag).toMillis() + 5_000));
    build();
    assertThat(Files.readString(tag, StandardCharsets.UTF_8)).isEqualTo(before);
  }

  @Test
  void changedTemplatesRenderEveryPage() throws IOException {
    String marked = tamper(out.resolve("tags/network.html"));
    write("templates/tag.peb", "{% extends \"base.peb\" %}{% block content %}Tag {{ tag.name }}{% endblock %}");
    build();
    assertThat(Files.readString(out.resolve("tags/network.html"), StandardCharsets.UTF_8)).isNotEqualTo(marked)
        .contains("Tag network");
    assertSameAsBuildWithoutCache();
  }

  @Test
  void aLinkedTemplatesFolderIsHashedThroughTheLink() throws IOException {
    Path shared = tmp.resolve("shared-templates");
    Files.createDirectories(shared);
    Files.writeString(shared.resolve("tag.peb"), "{% extends \"base.peb\" %}{% block content %}Tag one {{ tag.name }}{% endblock %}");
    Files.createSymbolicLink(src.resolve("templates"), shared);
    build();
    assertThat(Files.readString(out.resolve("tags/network.html"))).contains("Tag one network");
    Files.writeString(shared.resolve("tag.peb"), "{% extends \"base.peb\" %}{% block content %}Tag two {{ tag.name }}{% endblock %}");
    build();
    assertThat(Files.readString(out.resolve("tags/network.html"))).contains("Tag two network");
    assertSameAsBuildWithoutCache();
  }

  @Test
  void aTemplateChangedDuringTheBuildLeavesNoRecord() throws IOException {
    write("templates/tag.peb", "{% extends \"base.peb\" %}{% block content %}Tag one {{ tag.name }}{% endblock %}");
    SiteConfig config = ConfigLoader.load(src).config().orElseThrow();
    Path cache = src.resolve("target/pmkb-cache");
    ViewRecord views = ViewRecord.open(cache, config, out, "");
    write("templates/tag.peb", "{% extends \"base.peb\" %}{% block content %}Tag two {{ tag.name }}{% endblock %}");
    views.save(Map.of("tags/network.html", new byte[ViewDigest.BYTES]));
    write("templates/tag.peb", "{% extends \"base.peb\" %}{% block content %}Tag one {{ tag.name }}{% endblock %}");
    assertThat(ViewRecord.open(cache, config, out, "").size()).isZero();
  }

  @Test
  void templatesTheCacheCannotWalkDoNotFailTheBuild() throws IOException {
    write("templates/tag.peb", "{% extends \"base.peb\" %}{% block content %}Tag {{ tag.name }}{% endblock %}");
    Files.createSymbolicLink(src.resolve("templates/loop"), src.resolve("templates"));
    build();
    assertThat(Files.readString(out.resolve("tags/network.html"))).contains("Tag network");
    build();
    assertSameAsBuildWithoutCache();
  }

  @Test
  void aPageRewrittenInPlaceOrReplacedWithItsOldSizeAndTimeIsRenderedAgain() throws IOException {
    Path tag = out.resolve("tags/network.html");
    String before = Files.readString(tag, StandardCharsets.UTF_8);
    tamper(tag);
    build();
    assertThat(Files.readString(tag, StandardCharsets.UTF_8)).isEqualTo(before);

    FileTime time = Files.getLastModifiedTime(tag);
    Path other = tmp.resolve("other.html");
    Files.writeString(other, before.replace("<body", "<BODY"), StandardCharsets.UTF_8);
    Files.setLastModifiedTime(other, time);
    Files.move(other, tag, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    build();
    assertThat(Files.readString(tag, StandardCharsets.UTF_8)).isEqualTo(before);
  }

  @Test
  void aCleanBuildWithoutTheCacheDeletesTheRecordOfTheSiteItReplaces() throws IOException {
    assertThat(records()).isNotEmpty();
    BuildResult r = SiteBuilder.build(new BuildOptions(src, Optional.of(out), Optional.empty(), false).withoutCache(),
        SiteBuilder.Progress.NONE);
    assertThat(r.written()).isTrue();
    assertThat(records()).isEmpty();
  }

  private java.util.List<Path> records() throws IOException {
    try (var s = Files.list(src.resolve("target/pmkb-cache"))) {
      return s.filter(p -> p.getFileName().toString().startsWith("views-")).toList();
    }
  }

  @Test
  void everyPageOfTheSiteHasADigestIncidentPagesAndDataFilesToo() {
    BuildResult r = SiteBuilder.build(new BuildOptions(src, Optional.of(out), Optional.empty(), false),
        SiteBuilder.Progress.NONE);
    SiteConfig config = ConfigLoader.load(src).config().orElseThrow();
    // A page without a digest is left out of the record (and rendered by every build).
    assertThat(ViewRecord.open(src.resolve("target/pmkb-cache"), config, out, "").size()).isEqualTo(r.pages());
  }

  @Test
  void aChangedThemeTemplateRendersEveryPage() throws IOException {
    write("themes/default/templates/tag.peb", "{% extends \"base.peb\" %}{% block content %}Theme one {{ tag.name }}{% endblock %}");
    build();
    write("themes/default/templates/tag.peb", "{% extends \"base.peb\" %}{% block content %}Theme two {{ tag.name }}{% endblock %}");
    build();
    assertThat(Files.readString(out.resolve("tags/network.html"))).contains("Theme two network");
    assertSameAsBuildWithoutCache();
  }

  @Test
  void aChangedTitleOrBaseUrlRendersEveryPage() throws IOException {
    write("site.properties", "site.title=Renamed fixture\n");
    build();
    assertThat(Files.readString(out.resolve("tags/network.html"))).contains("Renamed fixture");
    assertSameAsBuildWithoutCache();

    var withoutBase = SiteFixture.snapshot(out);
    BuildResult r = SiteBuilder.build(new BuildOptions(src, Optional.of(out), Optional.of("/kb/"), false),
        SiteBuilder.Progress.NONE);
    assertThat(r.written()).isTrue();
    assertThat(SiteFixture.snapshot(out)).isNotEqualTo(withoutBase);
    Path clean = tmp.resolve("clean-base");
    SiteBuilder.build(new BuildOptions(src, Optional.of(clean), Optional.of("/kb/"), false).withoutCache(),
        SiteBuilder.Progress.NONE);
    assertThat(SiteFixture.snapshot(out)).isEqualTo(SiteFixture.snapshot(clean));
  }

  /** Overwrites {@code page} in place with other bytes of the same length and time; returns them. */
  private static String tamper(Path page) throws IOException {
    FileTime time = Files.getLastModifiedTime(page);
    String text = Files.readString(page, StandardCharsets.UTF_8);
    int at = text.indexOf("<body");
    String marked = text.substring(0, at) + "<BODY" + text.substring(at + 5);
    Files.writeString(page, marked, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    Files.setLastModifiedTime(page, time);
    return marked;
  }
}
