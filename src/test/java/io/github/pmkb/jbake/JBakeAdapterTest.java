package io.github.pmkb.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.testing.SiteFixture;

/**
 * jbake-core runs here with OrientDB excluded from the classpath: these calls must never need it.
 */
class JBakeAdapterTest {
  @TempDir Path tmp;

  @Test
  void orientDbIsNotOnTheClasspath() {
    assertThat(getClass().getClassLoader().getResource("com/orientechnologies/orient/core/Orient.class")).isNull();
  }

  @Test
  void readsAHeaderWithTagsDatesAndJson() throws Exception {
    Path root = SiteFixture.write(tmp, """
        -- site.properties --
        site.title=x
        -- content/a.md --
        title=Queue backlog
        date=2023-07-01
        tags=queue, capacity
        meta={"owner": "ops"}
        ~~~~~~
        body
        """);
    Map<String, Object> header = JBakeHeaderReader.forSite(root, root.resolve("site.properties"))
        .read(java.nio.file.Files.readString(root.resolve("content/a.md"))).orElseThrow();
    assertThat(header).containsEntry("title", "Queue backlog")
        .containsEntry("date", LocalDate.of(2023, 7, 1))
        .containsEntry("tags", List.of("queue", "capacity"))
        .containsEntry("status", "published");
    assertThat(header.get("meta")).isInstanceOf(Map.class);
    assertThat(header).doesNotContainKey("body");
  }

  @Test
  void aHeaderWithoutDateGetsNoneRatherThanTheFilesTime() {
    Path root = SiteFixture.write(tmp, "-- site.properties --\nsite.title=x\n");
    Map<String, Object> header = JBakeHeaderReader.forSite(root, root.resolve("site.properties"))
        .read("title=Undated\n~~~~~~\nbody\n").orElseThrow();
    assertThat(header).containsEntry("title", "Undated").doesNotContainKey("date");
  }

  @Test
  void settingsExposeJBakeDefaultsButNotSystemProperties() {
    Path root = SiteFixture.write(tmp, "-- site.properties --\nsite.title=Mine\n");
    JBakeSettings s = JBakeSettings.load(root, root.resolve("site.properties"), Set.of("site.title"));
    assertThat(s.values()).containsEntry("site.title", "Mine").containsEntry("content.folder", "content")
        .doesNotContainKey("java.home");
    assertThat(s.jbakeKeys()).contains("template.folder", "asset.folder", "site.host").doesNotContain("version");
  }
}
