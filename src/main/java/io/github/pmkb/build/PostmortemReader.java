package io.github.pmkb.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import io.github.pmkb.config.ConfigLoader;
import io.github.pmkb.config.RawHtml;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.content.ContentParser;
import io.github.pmkb.content.ParsedDoc;
import io.github.pmkb.content.SourceBytes;
import io.github.pmkb.content.SourceFile;
import io.github.pmkb.content.SourceReader;
import io.github.pmkb.content.SourceScanner;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.diag.SourcePos;
import io.github.pmkb.extract.Extractor;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.model.SearchText;
import io.github.pmkb.model.Section;
import io.github.pmkb.model.SectionKind;
import io.github.pmkb.model.StoredText;

/**
 * The one door through which a content file becomes a postmortem, for every command: {@code pmkb
 * build} and {@code pmkb serve} (through {@link SourceCache}), {@code pmkb check}, {@code pmkb
 * inspect} and the fuzz tests. It runs the content stage ({@link ContentParser#read}: symbolic
 * link, size, binary and encoding checks, decoding, front matter, Markdown) and the extract stage,
 * then keeps what later stages read (the bodies, behind a store, and the search text), so every
 * command sees the same problems in the same file.
 *
 * <p>Whatever one file does to a parser ends as a diagnostic on that file: a library's {@link
 * StackOverflowError} or {@link OutOfMemoryError}, or any exception, becomes {@code SRC006} and
 * the file is skipped; the other files are read as usual.
 */
public final class PostmortemReader {
  /**
   * One file's outcome; the postmortem is empty when the file could not be used at all.
   *
   * @param file the path shown in diagnostics (relative to the knowledge base root)
   * @param sha256 the digest of the file's bytes, or empty when they were not read
   * @param resources local files the body refers to, relative to the root (copied beside its page)
   */
  public record Read(String file, String sha256, Optional<Postmortem> postmortem, List<String> resources,
      List<Diagnostic> diagnostics) {
    public Read {
      resources = List.copyOf(resources);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private final Path root;
  private final ContentParser parser;
  private final Function<byte[], StoredText> store;

  private PostmortemReader(Path root, ContentParser parser, Function<byte[], StoredText> store) {
    this.root = root;
    this.parser = parser;
    this.store = store;
  }

  /** A reader for the site's content, keeping bodies in memory (for check, inspect and tests). */
  public static PostmortemReader of(SiteConfig config) {
    return of(config, b -> StoredText.of(new String(b, StandardCharsets.UTF_8)));
  }

  /** A reader for the site's content that keeps bodies where {@code store} puts them. */
  static PostmortemReader of(SiteConfig config, Function<byte[], StoredText> store) {
    return new PostmortemReader(config.root(), ContentParser.forSite(config.root(), config.contentDir(),
        config.propertiesFile(), config.rawHtml() == RawHtml.ESCAPE, config.maxFileSize()), store);
  }

  /**
   * What {@code pmkb check} reads of a site: the scan's findings, every file's outcome and the
   * corpus assembled from them, drafts included, with duplicate slugs reported as a build reports
   * them.
   */
  public record SiteRead(List<Read> files, Corpus corpus, List<Diagnostic> diagnostics) {}

  /**
   * Reads a site's content as {@code pmkb build} does: the same scan ({@code content.folder},
   * {@code *.md}, no hidden or underscored paths, symbolic links kept inside), every file through
   * this door, then assembly (with drafts).
   */
  public static SiteRead readSite(SiteConfig config) {
    Diagnostics scan = new Diagnostics();
    List<Path> paths = SourceScanner.scan(config.root(), config.contentDir(), scan);
    PostmortemReader reader = of(config);
    List<Read> files = paths.parallelStream().map(reader::read).toList();
    List<Diagnostic> all = new ArrayList<>(scan.list());
    files.forEach(r -> all.addAll(r.diagnostics()));
    Corpus corpus = CorpusAssembler.assemble(files, true, all);
    return new SiteRead(files, corpus, all.stream().sorted(Diagnostic.ORDER).toList());
  }

  /** Reads one file as every command reads it. */
  public Read read(Path file) {
    return read(file, null).orElseThrow();
  }

  /**
   * Reads one file unless its bytes' digest is {@code unlessSha256} (then empty: nothing changed);
   * null reads it in any case.
   */
  Optional<Read> read(Path file, String unlessSha256) {
    return read(file, unlessSha256, Optional.empty());
  }

  /** {@link #read(Path, String)} of bytes already read and hashed, when there are. */
  Optional<Read> read(Path file, String unlessSha256, Optional<SourceBytes> bytes) {
    Diagnostics d = new Diagnostics();
    String rel = SourceReader.relative(root, file);
    Optional<SourceFile> source = Optional.empty();
    try {
      source = parser.load(file, bytes, d);
      if (source.isPresent() && source.get().sha256().equals(unlessSha256)) return Optional.empty();
      Optional<ParsedDoc> doc = source.flatMap(f -> parser.parse(f, d));
      if (doc.isEmpty()) return Optional.of(new Read(rel, sha(source), Optional.empty(), List.of(), d.list()));
      Postmortem p = Extractor.extract(doc.get(), d);
      p = p.withBody(store.apply(p.body().utf8()))
          .withSearchText(new SearchText(store.apply(doc.get().plainText().getBytes(StandardCharsets.UTF_8)),
              store.apply(sectionText(p, SectionKind.ROOT_CAUSE, doc.get()).getBytes(StandardCharsets.UTF_8))));
      return Optional.of(new Read(rel, sha(source), Optional.of(p), doc.get().resources(), d.list()));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError | AssertionError e) {
      // A parser's failure on one hostile file must not end the build for all the others.
      Diagnostics only = new Diagnostics();
      only.addAll(d.list());
      only.error("SRC006", "cannot read this file (" + e.getClass().getSimpleName() + "); skipped",
          SourcePos.of(rel), "simplify the file (deep nesting, huge values) and report it to pmkb");
      return Optional.of(new Read(rel, sha(source), Optional.empty(), List.of(), only.list()));
    }
  }

  private static String sha(Optional<SourceFile> source) {
    return source.map(SourceFile::sha256).orElse("");
  }

  /**
   * The source lines of every section of {@code kind}, heading line included (a label such as
   * "**Root cause:** ..." carries text on its own line), cut while the file's text is at hand.
   */
  static String sectionText(Postmortem p, SectionKind kind, ParsedDoc doc) {
    StringBuilder out = new StringBuilder();
    for (Section s : p.incident().sections()) {
      if (s.kind() == kind) out.append(doc.lines(s.line(), s.endLine()));
    }
    return out.toString().strip();
  }

  /**
   * A reader for loose files in {@code dir} (no knowledge base around them): {@code dir} is root
   * and content folder, raw HTML is shown as text, and JBake headers use JBake's defaults.
   */
  static PostmortemReader forFolder(Path dir) {
    return new PostmortemReader(dir, ContentParser.forSite(dir, dir, dir.resolve(ConfigLoader.FILE_NAME), true,
        Long.MAX_VALUE), b -> StoredText.of(new String(b, StandardCharsets.UTF_8)));
  }

  /**
   * {@code pmkb inspect}: every {@code *.md} or {@code *.markdown} file under {@code paths}, sorted.
   * Files under {@code root} are read with the site's settings when its {@code site.properties}
   * loads; other files are read as loose files of their folder and named by their absolute path.
   */
  public static List<Read> readPaths(Path root, List<Path> paths) {
    Path base = root.toAbsolutePath().normalize();
    Optional<SiteConfig> site = Files.isRegularFile(base.resolve(ConfigLoader.FILE_NAME))
        ? ConfigLoader.load(base).config() : Optional.empty();
    Map<Path, PostmortemReader> loose = new HashMap<>();
    PostmortemReader[] siteReader = new PostmortemReader[1];
    List<Read> out = new ArrayList<>();
    for (Path f : files(paths)) {
      Path abs = f.toAbsolutePath().normalize();
      if (site.isPresent() && abs.startsWith(site.get().contentDir())) {
        if (siteReader[0] == null) siteReader[0] = of(site.get());
        out.add(siteReader[0].read(abs));
      } else if (abs.startsWith(base)) {
        out.add(loose.computeIfAbsent(base, PostmortemReader::forFolder).read(abs));
      } else {
        Read r = loose.computeIfAbsent(abs.getParent(), PostmortemReader::forFolder).read(abs);
        out.add(new Read(abs.toString(), r.sha256(), r.postmortem(), r.resources(), r.diagnostics()));
      }
    }
    return out;
  }

  static List<Path> files(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(PostmortemReader::isMarkdown).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + p, e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean isMarkdown(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".md") || n.endsWith(".markdown");
  }
}
