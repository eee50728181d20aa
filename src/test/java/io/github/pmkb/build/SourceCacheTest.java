package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.config.ConfigLoader;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.content.SourceScanner;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.testing.RebuildFixture;
import io.github.pmkb.testing.SiteFixture;

/** The cache keeps each file's body and text in its scratch file, not in the heap, and reads them back unchanged. */
class SourceCacheTest {
  @TempDir Path tmp;

  @Test
  void bodiesAndSourceTextsLiveInTheScratchFileAndReadBackUnchanged() throws Exception {
    Path root = SiteFixture.write(tmp.resolve("src"), RebuildFixture.SITE + """
        -- content/2024/echo.md --
        # Echo — a dash makes Java keep strings at two bytes a character

        Replica lag reached 40 s.
        """);
    SiteConfig config = ConfigLoader.load(root).config().orElseThrow();
    SourceCache sources = new SourceCache(config, SiteBuilder.Progress.NONE);
    sources.loadAll(SourceScanner.scan(config.contentDir()));
    Corpus corpus = BuildSession.assemble(sources.entries(), false, new ArrayList<>());

    long bodies = 0;
    long texts = 0;
    for (Postmortem p : corpus.postmortems()) bodies += p.body().length();
    for (SourceCache.Entry e : sources.entries()) texts += e.doc().orElseThrow().source().length();
    assertThat(corpus.size()).isEqualTo(5);
    assertThat(sources.spilledBytes()).isEqualTo(bodies + texts).isPositive();

    Map<String, String> byPath = LocalIndex.sourceTexts(sources.entries());
    Postmortem echo = corpus.postmortems().stream().filter(p -> p.slug().equals("echo")).findFirst().orElseThrow();
    assertThat(byPath.get("echo")).isEqualTo(Files.readString(root.resolve("content/2024/echo.md"),
        StandardCharsets.UTF_8));
    assertThat(echo.bodyHtml()).contains("Replica lag reached 40 s.");
    assertThat(List.of(echo.body().utf8().length)).containsExactly(echo.body().length());
  }

  @Test
  void aFileParsedAgainFromTheSameBytesGivesAnEqualPostmortem() throws Exception {
    Path root = SiteFixture.write(tmp.resolve("src"), RebuildFixture.SITE);
    SiteConfig config = ConfigLoader.load(root).config().orElseThrow();
    SourceCache first = new SourceCache(config, SiteBuilder.Progress.NONE);
    first.loadAll(SourceScanner.scan(config.contentDir()));
    SourceCache second = new SourceCache(config, SiteBuilder.Progress.NONE);
    second.loadAll(SourceScanner.scan(config.contentDir()));

    Corpus a = BuildSession.assemble(first.entries(), false, new ArrayList<>());
    Corpus b = BuildSession.assemble(second.entries(), false, new ArrayList<>());
    assertThat(b.postmortems()).isEqualTo(a.postmortems());
    assertThat(b.postmortems().get(0)).isNotSameAs(a.postmortems().get(0));
  }
}
