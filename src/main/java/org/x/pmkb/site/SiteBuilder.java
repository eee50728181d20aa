package org.x.pmkb.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.x.pmkb.config.ConfigLoader;
import org.x.pmkb.config.ConfigResult;
import org.x.pmkb.config.RawHtml;
import org.x.pmkb.config.SiteConfig;
import org.x.pmkb.content.ContentParser;
import org.x.pmkb.content.ParsedDoc;
import org.x.pmkb.content.SourceFile;
import org.x.pmkb.content.SourceGuard;
import org.x.pmkb.content.SourceReader;
import org.x.pmkb.content.SourceScanner;
import org.x.pmkb.diag.Diagnostic;
import org.x.pmkb.diag.Diagnostics;
import org.x.pmkb.diag.SourcePos;
import org.x.pmkb.extract.Extractor;
import org.x.pmkb.index.IndexBuilder;
import org.x.pmkb.index.IndexSnapshot;
import org.x.pmkb.jbake.JBakeHeaderReader;
import org.x.pmkb.model.Corpus;
import org.x.pmkb.model.Postmortem;
import org.x.pmkb.render.TemplateException;
import org.x.pmkb.render.TemplateRenderer;

/**
 * The pipeline: config, scan, parse and extract, assemble, index, plan, render and write. Each
 * stage is one call into its package's front door; this class only sequences and times them.
 */
public final class SiteBuilder {
  /** Receives progress for long stages; the CLI shows it on a terminal. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (stage, done, total) -> {};

    void update(String stage, int done, int total);
  }

  private final Progress progress;
  private final Map<String, Duration> stages = new LinkedHashMap<>();
  private long mark = System.nanoTime();

  private SiteBuilder(Progress progress) {
    this.progress = progress;
  }

  public static BuildResult build(BuildOptions options, Progress progress) {
    return new SiteBuilder(progress).run(options);
  }

  /** pmkb's version, from the jar manifest; "dev" when run from classes. */
  public static String version() {
    String v = SiteBuilder.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  private BuildResult run(BuildOptions options) {
    long start = System.nanoTime();
    Path root = options.source().toAbsolutePath().normalize();
    List<Diagnostic> diagnostics = new ArrayList<>();
    ConfigResult configResult = ConfigLoader.load(root);
    diagnostics.addAll(configResult.diagnostics());
    lap("config");
    if (configResult.config().isEmpty()) return failed(root, diagnostics, start);
    SiteConfig config = configResult.config().get();
    if (options.baseUrl().isPresent()) config = config.withBaseUrl(ConfigLoader.normaliseBaseUrl(options.baseUrl().get()));
    Path output = options.output().map(p -> p.toAbsolutePath().normalize()).orElse(config.outputDir());

    Diagnostics scanDiags = new Diagnostics();
    List<Path> files = SourceScanner.scan(root, config.contentDir(), scanDiags);
    diagnostics.addAll(scanDiags.list());
    lap("scan");

    List<Extracted> extracted = parseAll(config, files);
    extracted.forEach(e -> diagnostics.addAll(e.diagnostics()));
    lap("parse+extract");

    Corpus corpus = assemble(extracted, options.drafts(), diagnostics);
    lap("assemble");

    IndexSnapshot index = IndexBuilder.build(corpus, root.resolve("target").resolve("pmkb-cache").resolve("index"));
    lap("index");

    List<PageSpec> pages = new SitePlanner(config, version()).plan(corpus, index);
    lap("plan");

    OutputWriter writer = OutputWriter.open(output);
    try {
      renderAll(config, pages, writer);
      lap("render+write");
      copyAssets(config, corpus, extracted, writer);
      writer.commit();
      lap("assets+swap");
    } catch (TemplateException e) {
      writer.abort();
      diagnostics.add(new Diagnostic(org.x.pmkb.diag.Level.ERROR, "TPL001", e.getMessage(),
          SourcePos.of(templatePath(config, e.template()), e.line()), Optional.empty()));
      return failed(output, diagnostics, start);
    } catch (RuntimeException e) {
      writer.abort();
      throw e;
    }
    return new BuildResult(output, true, pages.size(), corpus.size(), sorted(diagnostics), stages,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** One file's outcome: a postmortem (unless unusable) and its diagnostics. */
  private record Extracted(Optional<Postmortem> postmortem, Optional<ParsedDoc> doc, List<Diagnostic> diagnostics) {}

  private List<Extracted> parseAll(SiteConfig config, List<Path> files) {
    JBakeHeaderReader jbake = JBakeHeaderReader.forSite(config.root(), config.propertiesFile());
    ContentParser parser = new ContentParser(config.root(), config.contentDir(), jbake, "~~~~~~",
        config.rawHtml() == RawHtml.ESCAPE);
    AtomicInteger done = new AtomicInteger();
    Extracted[] out = new Extracted[files.size()];
    // Each file has its own Diagnostics: no shared lock on the per-document path.
    IntStream.range(0, files.size()).parallel().forEach(i -> {
      Diagnostics d = new Diagnostics();
      Path file = files.get(i);
      Optional<ParsedDoc> doc = SourceGuard.withinLimit(file, SourceReader.relative(config.root(), file),
          config.maxFileSize(), d)
          ? SourceReader.read(config.root(), file, d).flatMap(f -> parse(parser, f, d))
          : Optional.empty();
      Optional<Postmortem> pm = doc.map(p -> Extractor.extract(p, d));
      out[i] = new Extracted(pm, doc, d.list());
      progress.update("parse", done.incrementAndGet(), files.size());
    });
    return List.of(out);
  }

  private static Optional<ParsedDoc> parse(ContentParser parser, SourceFile f, Diagnostics d) {
    return parser.parse(f, d);
  }

  private static Corpus assemble(List<Extracted> extracted, boolean drafts, List<Diagnostic> diagnostics) {
    Map<String, String> seen = new HashMap<>();
    List<Postmortem> kept = new ArrayList<>();
    for (Extracted e : extracted) {
      if (e.postmortem().isEmpty()) continue;
      Postmortem p = e.postmortem().get();
      if (p.draft() && !drafts) continue;
      String first = seen.putIfAbsent(p.slug(), p.sourcePath());
      if (first != null) {
        diagnostics.add(new Diagnostic(org.x.pmkb.diag.Level.ERROR, "DUP001",
            "slug '" + p.slug() + "' is already used by " + first + "; this file is skipped",
            SourcePos.of(p.sourcePath()), Optional.of("rename the file or set a different 'slug' in its front matter")));
        continue;
      }
      kept.add(p);
    }
    return new Corpus(kept);
  }

  private void renderAll(SiteConfig config, List<PageSpec> pages, OutputWriter writer) {
    TemplateRenderer renderer = new TemplateRenderer(config.templateOverrideDir(), config.themeTemplatesDir());
    AtomicInteger done = new AtomicInteger();
    pages.parallelStream().forEach(p -> {
      writer.write(p.outputPath(), renderer.render(p.template(), p.model()).getBytes(StandardCharsets.UTF_8));
      progress.update("render", done.incrementAndGet(), pages.size());
    });
  }

  private static void copyAssets(SiteConfig config, Corpus corpus, List<Extracted> extracted, OutputWriter writer) {
    writer.copyTree(config.themeStaticDir());
    writer.copyTree(config.assetDir());
    // Images a postmortem refers to are published beside its page, at the same relative path.
    Map<String, Boolean> published = new HashMap<>();
    corpus.postmortems().forEach(p -> published.put(p.sourcePath(), true));
    for (Extracted e : extracted) {
      if (e.doc().isEmpty() || !published.containsKey(e.doc().get().source().relPath())) continue;
      ParsedDoc doc = e.doc().get();
      Path dir = doc.source().absPath().getParent();
      for (String res : doc.resources()) {
        Path file = config.root().resolve(res);
        writer.copy(file, "incidents/" + dir.relativize(file).toString().replace('\\', '/'));
      }
    }
    writer.write(".nojekyll", new byte[0]);
  }

  private static String templatePath(SiteConfig config, String template) {
    Path override = config.templateOverrideDir().resolve(template);
    Path p = java.nio.file.Files.exists(override) ? override : config.themeTemplatesDir().resolve(template);
    return config.root().relativize(p.toAbsolutePath()).toString().replace('\\', '/');
  }

  private BuildResult failed(Path output, List<Diagnostic> diagnostics, long start) {
    return new BuildResult(output, false, 0, 0, sorted(diagnostics), stages, Duration.ofNanos(System.nanoTime() - start));
  }

  private static List<Diagnostic> sorted(List<Diagnostic> ds) {
    return ds.stream().sorted(Diagnostic.ORDER).toList();
  }

  private void lap(String stage) {
    long now = System.nanoTime();
    stages.put(stage, Duration.ofNanos(now - mark));
    mark = now;
  }
}
