package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.testing.SiteFixture;

class LocalIndexTest {
  @TempDir Path tmp;

  @Test
  void reusesAFreshIndexAndRebuildsWhenContentChanges() throws Exception {
    Path kb = SiteFixture.write(tmp.resolve("kb"), "-- content/a.md --\n# Disk full\nThe volume filled up.\n");
    LocalIndex.Opened first = LocalIndex.open(kb);
    assertThat(first.rebuilt()).isTrue();
    assertThat(first.documents()).isEqualTo(1);
    assertThat(LocalIndex.open(kb).rebuilt()).isFalse();

    Files.writeString(kb.resolve("content/b.md"), "# DNS outage\nThe resolver failed.\n");
    assertThat(LocalIndex.open(kb).rebuilt()).isTrue();
    Files.writeString(kb.resolve("content/a.md"), "# Disk full\nThe volume filled up with logs.\n");
    LocalIndex.Opened changed = LocalIndex.open(kb);
    assertThat(changed.rebuilt()).isTrue();
    assertThat(changed.documents()).isEqualTo(2);
  }

  @Test
  void aBuildRewritesTheIndexSoSearchNeverReusesAStaleFingerprint() {
    Path kb = SiteFixture.write(tmp.resolve("kb"), "-- content/a.md --\n# A\ntext\n");
    LocalIndex.open(kb);
    SiteBuilder.build(new BuildOptions(kb, java.util.Optional.of(tmp.resolve("out")), java.util.Optional.empty(), true),
        SiteBuilder.Progress.NONE);
    // The build indexed drafts too: its fingerprint differs, so search rebuilds without them.
    assertThat(LocalIndex.open(kb).rebuilt()).isTrue();
  }
}
