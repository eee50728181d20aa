package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.search.Synonyms;
import io.github.pmkb.testing.SiteFixture;

/** The browser search expands queries with the knowledge base's own synonyms, as {@code pmkb search} does. */
class SearchSynonymsIT {
  @TempDir Path tmp;

  private String manifest(boolean ownList) throws IOException {
    Path kb = tmp.resolve(ownList ? "own" : "default");
    Files.createDirectories(kb.resolve("content"));
    Files.writeString(kb.resolve("site.properties"), "site.title=Synonyms\n");
    SiteFixture.copyTree(SiteFixture.repoRoot().resolve("themes"), kb.resolve("themes"));
    Files.writeString(kb.resolve("content/a.md"), "---\ntitle: Zebra outage\ndate: 2024-01-02\n---\nThe zebra fell over.\n");
    if (ownList) Files.writeString(kb.resolve(Synonyms.FILE), "# ours\nzebra, giraffe\n");
    Path out = kb.resolve("site");
    BuildResult r = SiteBuilder.build(new BuildOptions(kb, Optional.of(out), Optional.empty(), false), SiteBuilder.Progress.NONE);
    assertThat(r.errors()).as(r.diagnostics().toString()).isZero();
    return Files.readString(out.resolve("search/manifest.json"));
  }

  @Test
  void theKnowledgeBasesListReplacesTheDefaults() throws IOException {
    assertThat(manifest(true)).contains("\"giraffe\"").doesNotContain("load balancer");
    assertThat(manifest(false)).doesNotContain("giraffe").contains("load balancer");
  }
}
