package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.pmkb.testing.RebuildFixture;
import io.github.pmkb.testing.SiteFixture;

/**
 * The central invariant of incremental builds, on random edit sequences: after every update (or
 * preview and finish, as {@code pmkb serve} runs them) the session's folder is byte-identical to
 * a clean build of the same sources. Each sequence comes from a seed: the default run tries a fixed
 * set, {@code -Dpmkb.edit.seeds=N} tries N more from the clock, and a failure names its seed and
 * sequence; rerun it with {@code -Dpmkb.edit.seed=S}.
 */
class IncrementalBuildPropertyTest {
  /** One edit of the knowledge base: what it does to the files, and the change set it reports. */
  enum Edit {
    BODY, SUMMARY, TAGS, TITLE_AND_DATE, NEW_FILE, DELETE, RENAME_FOLDER, TEMPLATE, IMAGE, STATIC_FILE, BROKEN_YAML,
    DRAFT
  }

  /** One step: the edit, which postmortem it touches, and whether it runs as {@code serve} runs it. */
  record Step(Edit edit, int n, boolean asServe) {}

  static LongStream seeds() {
    String one = System.getProperty("pmkb.edit.seed");
    if (one != null) return LongStream.of(Long.parseLong(one));
    int more = Integer.getInteger("pmkb.edit.seeds", 0);
    long clock = System.nanoTime();
    return LongStream.concat(LongStream.rangeClosed(1, 6), LongStream.range(0, more).map(i -> clock + i));
  }

  static List<Step> sequence(long seed) {
    Random r = new Random(seed);
    Edit[] kinds = Edit.values();
    List<Step> steps = new ArrayList<>();
    for (int i = 1 + r.nextInt(4); i > 0; i--) steps.add(new Step(kinds[r.nextInt(kinds.length)], r.nextInt(10), r.nextBoolean()));
    return steps;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyUpdateEqualsACleanBuild(long seed) throws IOException {
    List<Step> edits = sequence(seed);
    Path tmp = Files.createTempDirectory("pmkb-prop");
    try {
      Path src = SiteFixture.write(tmp.resolve("src"), RebuildFixture.SITE);
      Path out = tmp.resolve("out");
      try (BuildSession session = BuildSession.open(new BuildOptions(src, Optional.of(out), Optional.empty(), false),
          SiteBuilder.Progress.NONE, "prop-index")) {
        assertThat(session.build().written()).isTrue();
        int step = 0;
        for (var e : edits) {
          SourceChanges changes = apply(src, e.edit(), e.n());
          // Half the steps as pmkb serve runs them: a preview, then the rest with a background index.
          if (e.asServe()) {
            session.preview(changes);
            if (session.pending()) session.finish(session.reindex().run()).orElseThrow();
          } else {
            session.update(changes);
          }
          Path clean = tmp.resolve("clean-" + step++);
          BuildResult r = SiteBuilder.build(new BuildOptions(src, Optional.of(clean), Optional.empty(), false),
              SiteBuilder.Progress.NONE);
          assertThat(r.written()).isTrue();
          assertThat(SiteFixture.snapshot(out)).as("seed %d, after %s", seed, edits.subList(0, step)).isEqualTo(SiteFixture.snapshot(clean));
        }
      }
    } finally {
      SiteFixture.deleteTree(tmp);
    }
  }

  /** Applies {@code edit} to the {@code n}-th postmortem (or a new one) and returns its change set. */
  private static SourceChanges apply(Path src, Edit edit, int n) throws IOException {
    List<Path> files = markdown(src);
    Path file = files.isEmpty() ? src.resolve("content/2024/new-0.md") : files.get(n % files.size());
    switch (edit) {
      case BODY -> append(file, "\nA further paragraph about retries " + n + ".\n");
      case SUMMARY -> replace(file, "body.", "body, revised " + n + ".");
      case TAGS -> replace(file, "tags: [", "tags: [t" + n + ", ");
      case TITLE_AND_DATE -> {
        if (Files.exists(file)) write(file, Files.readString(file, StandardCharsets.UTF_8)
            .replaceFirst("date: 20\\d\\d", "date: 2019").replace("title: ", "title: Retitled "));
      }
      case NEW_FILE -> {
        file = src.resolve("content/2025/new-" + n + ".md");
        write(file, "---\ntitle: New outage " + n + "\ndate: 2025-01-0" + (1 + n % 9) + "\ntags: [db]\n---\nNew body.\n");
      }
      case DELETE -> Files.deleteIfExists(file);
      case RENAME_FOLDER -> {
        Path dir = file.getParent();
        Path to = dir.resolveSibling(dir.getFileName() + "-moved");
        if (Files.exists(to)) return SourceChanges.ofContent(dir);
        Files.move(dir, to);
        return new SourceChanges(false, false, false, false, java.util.Set.of(dir, to));
      }
      case TEMPLATE -> {
        Path t = src.resolve("templates/404.peb");
        write(t, Files.readString(src.resolve("themes/default/templates/404.peb")) + "<!-- " + n + " -->\n");
        return new SourceChanges(false, true, false, false, java.util.Set.of());
      }
      case IMAGE -> {
        Path img = file.resolveSibling("graph.png");
        append(file, "\n![graph](graph.png)\n");
        Files.write(img, new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) n});
        return SourceChanges.ofContent(file, img);
      }
      case STATIC_FILE -> {
        write(src.resolve("assets/extra-" + n + ".txt"), "static " + n + "\n");
        return new SourceChanges(false, false, true, false, java.util.Set.of());
      }
      case BROKEN_YAML -> replace(file, "---\ntitle:", "---\ntitle: [unclosed\nx:");
      case DRAFT -> replace(file, "---\ntitle:", "---\nstatus: draft\ntitle:");
    }
    return SourceChanges.ofContent(file);
  }

  private static List<Path> markdown(Path src) throws IOException {
    try (var walk = Files.walk(src.resolve("content"))) {
      return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }

  private static void append(Path f, String text) throws IOException {
    if (Files.exists(f)) write(f, Files.readString(f, StandardCharsets.UTF_8) + text);
  }

  private static void replace(Path f, String from, String to) throws IOException {
    if (Files.exists(f)) write(f, Files.readString(f, StandardCharsets.UTF_8).replace(from, to));
  }

  private static void write(Path f, String text) {
    try {
      Files.createDirectories(f.getParent());
      Files.writeString(f, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
