package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.config.ConfigLoader;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.content.SourceScanner;
import io.github.pmkb.testing.RebuildFixture;
import io.github.pmkb.testing.SiteFixture;

/**
 * The build cache gives back what parsing gives (equal reads, a byte-identical site), parses
 * only files whose bytes or surroundings changed, and counts anything it cannot trust as no cache.
 */
class ReadCacheTest {
  /** Front matter of many kinds, a timeline, actions, an image and a warning: what the codec must carry. */
  private static final String RICH = """
      -- content/2024/echo.md --
      ---
      title: "Echo: queue backlog"
      date: 2024-05-02T09:30:00Z
      severity: SEV-2
      tags: [queue, "on-call"]
      services: [billing]
      detected_by: alert
      duration_minutes: 95
      ratio: 0.25
      reviewed: true
      owners:
        primary: ops
        extra: [a, b]
      ---
      # Echo: queue backlog

      ![queue graph](graph.png)

      ## Timeline

      - 09:30 UTC: the backlog alert fired
      - 10:05 UTC: consumers were restarted
      - 11:05 UTC: the backlog drained

      ## Root cause

      A consumer stopped acknowledging messages after a configuration push.

      ## Action items

      - [ ] Alert on consumer lag (owner: ops, due 2024-06-01)
      - [x] Roll back the configuration push
      -- content/2024/foxtrot.md --
      ---
      title: Foxtrot
      date: not a date
      ---
      Body with a [link](missing.md).
      """;

  @TempDir Path tmp;
  private Path root;
  private SiteConfig config;

  @BeforeEach
  void writeSite() {
    root = SiteFixture.write(tmp.resolve("src"), RebuildFixture.SITE + RICH);
    config = ConfigLoader.load(root).config().orElseThrow();
  }

  private Path cacheDir() {
    return root.resolve("target/pmkb-cache/reads");
  }

  /** Loads every file through a cache opened now; returns how many were parsed, and the reads. */
  private Loaded load() {
    try (BodyStore scratch = BodyStore.create(tmp.resolve("scratch"));
        ReadCache cache = ReadCache.open(cacheDir(), config).orElseThrow()) {
      SourceCache sources = new SourceCache(config, scratch, cache, SiteBuilder.Progress.NONE);
      int parsed = sources.loadAll(SourceScanner.scan(config.contentDir()));
      sources.persist();
      // Texts are compared by digest, so reads stay comparable after their stores closed.
      return new Loaded(parsed, sources.reads());
    }
  }

  private record Loaded(int parsed, List<PostmortemReader.Read> reads) {}

  private List<PostmortemReader.Read> parsedWithoutCache() {
    try (BodyStore scratch = BodyStore.create(tmp.resolve("plain"))) {
      SourceCache sources = new SourceCache(config, scratch, SiteBuilder.Progress.NONE);
      sources.loadAll(SourceScanner.scan(config.contentDir()));
      return sources.reads();
    }
  }

  private void edit(String rel, String text) throws IOException {
    Files.writeString(root.resolve(rel), text, StandardCharsets.UTF_8);
  }

  @Test
  void aSecondLoadParsesNothingAndGivesEqualReads() {
    Loaded first = load();
    Loaded second = load();

    assertThat(first.parsed()).isEqualTo(6);
    assertThat(second.parsed()).isZero();
    assertThat(second.reads()).isEqualTo(first.reads()).isEqualTo(parsedWithoutCache());
    assertThat(second.reads()).anySatisfy(r -> assertThat(r.diagnostics()).isNotEmpty());
  }

  @Test
  void onlyAChangedFileIsParsedAgain() throws IOException {
    load();
    edit("content/2024/bravo.md", Files.readString(root.resolve("content/2024/bravo.md")) + "\nMore.\n");

    Loaded after = load();

    assertThat(after.parsed()).isEqualTo(1);
    assertThat(after.reads()).isEqualTo(parsedWithoutCache());
    assertThat(load().parsed()).isZero();
  }

  @Test
  void anImageThatAppearsIsSeenByTheFileThatNamesItOnly() throws IOException {
    load();
    Files.write(root.resolve("content/2024/graph.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    Loaded after = load();

    assertThat(after.parsed()).isEqualTo(1);
    assertThat(after.reads()).isEqualTo(parsedWithoutCache());
  }

  @Test
  void anotherConfigurationOrFormatGivesAnotherKey() throws IOException {
    String before = CacheKey.of(config, ReadCache.FORMAT);
    assertThat(CacheKey.of(config, ReadCache.FORMAT)).isEqualTo(before);
    assertThat(CacheKey.of(config, ReadCache.FORMAT + 1)).isNotEqualTo(before);

    load();
    edit("site.properties", "site.title=Renamed\n");
    config = ConfigLoader.load(root).config().orElseThrow();

    assertThat(CacheKey.of(config, ReadCache.FORMAT)).isNotEqualTo(before);
    assertThat(load().parsed()).isEqualTo(6);
  }

  @Test
  void aDamagedIndexOrPackCountsAsNoCache() throws IOException {
    load();
    Files.writeString(cacheDir().resolve("index.bin"), "not an index");
    assertThat(load().parsed()).isEqualTo(6);

    for (Path pack : packs()) Files.write(pack, new byte[16]);
    Loaded damaged = load();

    assertThat(damaged.parsed()).isEqualTo(6);
    assertThat(damaged.reads()).isEqualTo(parsedWithoutCache());
  }

  @Test
  void manySmallPacksAreFoldedAndUnnamedOnesDeleted() throws IOException {
    load();
    for (int i = 0; i < ReadCache.MAX_PACKS + 2; i++) {
      edit("content/2024/alpha.md", "---\ntitle: Alpha " + i + "\ndate: 2024-03-01\n---\nAlpha body " + i + ".\n");
      assertThat(load().parsed()).isEqualTo(1);
    }

    assertThat(packs().size()).isLessThanOrEqualTo(ReadCache.MAX_PACKS + 1);
    assertThat(load().reads()).isEqualTo(parsedWithoutCache());
  }

  @Test
  void aSiteBuiltFromTheCacheIsByteIdenticalToOneBuiltWithout() throws IOException {
    BuildOptions cached = new BuildOptions(root, Optional.of(tmp.resolve("cached")), Optional.empty(), false);
    BuildOptions plain = new BuildOptions(root, Optional.of(tmp.resolve("plain-site")), Optional.empty(), false)
        .withoutCache();
    assertThat(SiteBuilder.build(cached, SiteBuilder.Progress.NONE).written()).isTrue();
    edit("content/2024/echo.md", Files.readString(root.resolve("content/2024/echo.md")) + "\nA late note.\n");

    assertThat(SiteBuilder.build(cached, SiteBuilder.Progress.NONE).written()).isTrue();
    assertThat(SiteBuilder.build(plain, SiteBuilder.Progress.NONE).written()).isTrue();

    assertThat(SiteFixture.snapshot(tmp.resolve("cached"))).isEqualTo(SiteFixture.snapshot(tmp.resolve("plain-site")));
  }

  @Test
  void noCacheNeitherWritesNorNeedsOne() throws IOException {
    BuildOptions plain = new BuildOptions(root, Optional.of(tmp.resolve("plain")), Optional.empty(), false).withoutCache();
    assertThat(SiteBuilder.build(plain, SiteBuilder.Progress.NONE).written()).isTrue();
    assertThat(cacheDir()).doesNotExist();

    BuildOptions cached = new BuildOptions(root, Optional.of(tmp.resolve("cached")), Optional.empty(), false);
    assertThat(SiteBuilder.build(cached, SiteBuilder.Progress.NONE).written()).isTrue();
    assertThat(cacheDir()).isDirectory();
  }

  private List<Path> packs() throws IOException {
    try (DirectoryStream<Path> list = Files.newDirectoryStream(cacheDir(), "*.pack")) {
      return java.util.stream.StreamSupport.stream(list.spliterator(), false).toList();
    }
  }
}
