package io.github.pmkb.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.github.pmkb.config.ConfigLoader;
import io.github.pmkb.config.ConfigResult;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.content.SourceScanner;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.diag.PmkbException;
import io.github.pmkb.fs.Sha256;
import io.github.pmkb.index.IndexBuilder;
import io.github.pmkb.index.IndexSnapshot;
import io.github.pmkb.model.Corpus;

/**
 * A knowledge base's Lucene index under {@code target/pmkb-cache/index}: written by every build,
 * and reused by {@code pmkb search} while it is fresh.
 *
 * <p>Freshness is checked cheaply, without reading any postmortem: a fingerprint of every content
 * file's path, size and modification time, of {@code site.properties}, of the drafts option, of
 * the index format ({@link #FORMAT}) and of pmkb's own code ({@link #codeStamp()}), stored in the index folder. {@link IndexBuilder} deletes
 * the folder on each rebuild, so a stale fingerprint can never outlive its index; a build writes
 * none, so the first search after a build rebuilds once.
 */
public final class LocalIndex {
  /** Bump when the index fields or analysis change, so old indexes are rebuilt. */
  static final String FORMAT = "pmkb-index-2";
  static final String FINGERPRINT = "pmkb-fingerprint.txt";

  /**
   * An index ready to search.
   *
   * @param rebuilt false when a fresh index was reused
   * @param diagnostics problems found while reading the content (only when rebuilt)
   */
  public record Opened(Path dir, boolean rebuilt, int documents, List<Diagnostic> diagnostics) {
    public Opened {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private LocalIndex() {}

  static Path dir(Path root) {
    return root.resolve("target").resolve("pmkb-cache").resolve("index");
  }

  /**
   * The index of the knowledge base at {@code source}, rebuilt first (without drafts) unless the
   * one on disk is fresh.
   *
   * @throws PmkbException (exit 1) when {@code site.properties} has errors
   */
  public static Opened open(Path source) {
    Path root = source.toAbsolutePath().normalize();
    ConfigResult cr = ConfigLoader.load(root);
    if (cr.config().isEmpty()) {
      throw new PmkbException(1, "cannot read the configuration: "
          + cr.diagnostics().stream().map(Diagnostic::format).findFirst().orElse("unknown error"));
    }
    SiteConfig config = cr.config().get();
    ConfigLoader.requireContent(config);
    List<Path> files = SourceScanner.scan(config.contentDir());
    String fp = fingerprint(root, files, false);
    Path dir = dir(root);
    Path stamp = dir.resolve(FINGERPRINT);
    if (fp.equals(read(stamp))) return new Opened(dir, false, -1, List.of());

    List<Diagnostic> diagnostics = new ArrayList<>(cr.diagnostics());
    IndexSnapshot snapshot;
    try (BodyStore store = BodyStore.create(root.resolve("target").resolve("pmkb-cache"))) {
      SourceCache sources = new SourceCache(config, store, SiteBuilder.Progress.NONE);
      sources.loadAll(files);
      sources.entries().forEach(e -> diagnostics.addAll(e.diagnostics()));
      Corpus corpus = CorpusAssembler.assemble(sources.reads(), false, diagnostics);
      snapshot = IndexBuilder.build(corpus, dir);
    }
    write(stamp, fp);
    return new Opened(dir, true, snapshot.documents(),
        diagnostics.stream().sorted(Diagnostic.ORDER).toList());
  }

  static String fingerprint(Path root, List<Path> files, boolean drafts) {
    try {
      StringBuilder s = new StringBuilder(FORMAT).append('\n').append(SiteBuilder.version()).append('\n')
          .append(codeStamp()).append('\n')
          .append("drafts=").append(drafts).append('\n');
      List<Path> all = new ArrayList<>(files);
      all.add(root.resolve(ConfigLoader.FILE_NAME));
      all.sort(null);
      for (Path f : all) {
        s.append(f).append('\t');
        if (Files.exists(f)) s.append(Files.size(f)).append('\t').append(Files.getLastModifiedTime(f).toMillis());
        s.append('\n');
      }
      return Sha256.hex(s.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + root, e);
    }
  }

  /**
   * When pmkb's own code last changed (the jar, or the newest class file when run from classes), so
   * a new pmkb (new extraction, new analysis) never searches an index the old one wrote.
   */
  static long codeStamp() {
    try {
      Path code = Path.of(LocalIndex.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isDirectory(code)) return Files.getLastModifiedTime(code).toMillis();
      try (java.util.stream.Stream<Path> walk = Files.walk(code)) {
        return walk.filter(Files::isRegularFile).mapToLong(p -> {
          try {
            return Files.getLastModifiedTime(p).toMillis();
          } catch (IOException e) {
            return 0;
          }
        }).max().orElse(0);
      }
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      return 0; // unknown location: rely on the content fingerprint
    }
  }

  private static String read(Path p) {
    try {
      return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return ""; // unreadable: rebuild
    }
  }

  private static void write(Path p, String s) {
    try {
      Files.writeString(p, s, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + p, e);
    }
  }
}
