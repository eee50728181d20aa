package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.config.ConfigLoader;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.content.SourceScanner;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.testing.RebuildFixture;
import io.github.pmkb.testing.SiteFixture;

/** The cache keeps each file's bodies (HTML and plain text) in the session's body store, not in the heap. */
class SourceCacheTest {
  @TempDir Path tmp;

  @Test
  void bodiesAndTheirPlainTextsLiveInTheStoreAndSourceTextsNowhere() throws Exception {
    Path root = SiteFixture.write(tmp.resolve("src"), RebuildFixture.SITE + """
        -- content/2024/echo.md --
        # Echo — a dash makes Java keep strings at two bytes a character

        Replica lag reached **40 s**.

        ## Root cause

        A slow disk.
        """);
    SiteConfig config = ConfigLoader.load(root).config().orElseThrow();
    try (BodyStore store = BodyStore.create(tmp.resolve("cache"))) {
      SourceCache sources = new SourceCache(config, store, SiteBuilder.Progress.NONE);
      sources.loadAll(SourceScanner.scan(config.contentDir()));
      Corpus corpus = CorpusAssembler.assemble(sources.reads(), false, new ArrayList<>());

      long stored = 0;
      for (Postmortem p : corpus.postmortems()) {
        stored += p.body().length() + p.searchText().body().length() + p.searchText().rootCauseText().length();
      }
      assertThat(corpus.size()).isEqualTo(5);
      assertThat(store.size()).isEqualTo(stored).isPositive();

      Postmortem echo = corpus.postmortems().stream().filter(p -> p.slug().equals("echo")).findFirst().orElseThrow();
      assertThat(echo.bodyHtml()).contains("Replica lag reached <strong>40 s</strong>.");
      assertThat(echo.searchText().body().text()).contains("Replica lag reached 40 s .").doesNotContain("<");
      assertThat(echo.searchText().rootCause()).isEqualTo("## Root cause\n\nA slow disk.");
      assertThat(List.of(echo.body().utf8().length)).containsExactly(echo.body().length());
    }
  }

  @Test
  void aFileParsedAgainFromTheSameBytesGivesAnEqualPostmortem() throws Exception {
    Path root = SiteFixture.write(tmp.resolve("src"), RebuildFixture.SITE);
    SiteConfig config = ConfigLoader.load(root).config().orElseThrow();
    try (BodyStore one = BodyStore.create(tmp.resolve("one")); BodyStore two = BodyStore.create(tmp.resolve("two"))) {
      SourceCache first = new SourceCache(config, one, SiteBuilder.Progress.NONE);
      first.loadAll(SourceScanner.scan(config.contentDir()));
      SourceCache second = new SourceCache(config, two, SiteBuilder.Progress.NONE);
      second.loadAll(SourceScanner.scan(config.contentDir()));

      Corpus a = CorpusAssembler.assemble(first.reads(), false, new ArrayList<>());
      Corpus b = CorpusAssembler.assemble(second.reads(), false, new ArrayList<>());
      one.close();
      assertThat(b.postmortems()).isEqualTo(a.postmortems());
      assertThat(b.postmortems().get(0)).isNotSameAs(a.postmortems().get(0));
    }
  }
}
