package org.x.pmkb.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.x.pmkb.config.ConfigLoader;
import org.x.pmkb.config.ConfigResult;
import org.x.pmkb.config.SiteConfig;
import org.x.pmkb.content.SourceScanner;
import org.x.pmkb.diag.Diagnostic;
import org.x.pmkb.diag.Diagnostics;
import org.x.pmkb.diag.Level;
import org.x.pmkb.diag.SourcePos;
import org.x.pmkb.index.IndexBuilder;
import org.x.pmkb.index.IndexSnapshot;
import org.x.pmkb.model.Corpus;
import org.x.pmkb.model.Postmortem;
import org.x.pmkb.render.TemplateException;
import org.x.pmkb.render.TemplateRenderer;

/**
 * The pipeline with memory between builds. {@link #build()} is a clean build (what {@code pmkb
 * build} runs); {@link #update} brings the same output folder up to date after a change, redoing
 * only what the change affects:
 *
 * <ul>
 *   <li>content files are parsed again only when their sha256 changed ({@link SourceCache});
 *   <li>the Lucene index is rebuilt only when what pages read from it could change ({@link
 *       IndexInputs});
 *   <li>the whole site is planned again (cheap), and only pages whose {@link PageSpec} differs
 *       from the previous plan are rendered; pages that left the plan are deleted; a template
 *       change renders every page; a configuration change rebuilds everything.
 * </ul>
 *
 * Because a page is a pure function of its {@link PageSpec} and the templates, the folder after
 * any sequence of updates is byte-identical to a clean build of the same sources (tested by
 * {@code IncrementalBuildIT}). Not thread-safe: one caller at a time.
 */
public final class BuildSession {
  private final BuildOptions options;
  private final SiteBuilder.Progress progress;
  private final Path indexDir;
  private final Path root;

  private SiteConfig config;
  private Path output;
  private SourceCache sources;
  private TemplateRenderer renderer;
  private SitePlanner planner;
  private IndexSnapshot index;
  private IndexInputs indexInputs;
  private Map<String, PageSpec> plan = Map.of();
  private Map<String, Path> assets = Map.of();
  /** The theme's and the site's static files, listed again only when they changed. */
  private Map<String, Path> staticFiles = Map.of();
  /** The browser-search files of the last export, so an update can remove the ones it replaced. */
  private Set<String> searchFiles = Set.of();
  private List<Diagnostic> configDiagnostics = List.of();
  /** Files the last clean build's scan refused (symbolic links out of content/). */
  private List<Diagnostic> scanDiagnostics = List.of();
  private List<Diagnostic> assembleDiagnostics = List.of();
  /** Set when the folder on disk may not match the last plan: the next update builds cleanly. */
  private boolean stale = true;
  /** Set after a template error: pages and assets on disk predate it, so the next update redoes them all. */
  private boolean redoAll;

  private BuildSession(BuildOptions options, SiteBuilder.Progress progress, Path indexDir) {
    this.options = options;
    this.progress = progress;
    this.root = options.source().toAbsolutePath().normalize();
    this.indexDir = indexDir;
  }

  /** A session for one-shot builds; the index goes to {@code target/pmkb-cache/index}. */
  public static BuildSession open(BuildOptions options, SiteBuilder.Progress progress) {
    return open(options, progress, "index");
  }

  /**
   * A session whose index lives in its own cache folder, so a long-running session and a {@code
   * pmkb build} in the same knowledge base do not overwrite each other's index.
   */
  public static BuildSession open(BuildOptions options, SiteBuilder.Progress progress, String indexName) {
    Path root = options.source().toAbsolutePath().normalize();
    return new BuildSession(options, progress, root.resolve("target").resolve("pmkb-cache").resolve(indexName));
  }

  /** What to watch: from the configuration once loaded, else the default layout. */
  public SourceLayout layout() {
    return config == null ? SourceLayout.defaults(root) : SourceLayout.of(config);
  }

  /** The site folder, known after the configuration loaded. */
  public Optional<Path> output() {
    return Optional.ofNullable(output);
  }

  /** A clean build: every stage from scratch, written to a staging folder and swapped in. */
  public BuildResult build() {
    Stopwatch clock = new Stopwatch();
    stale = true;
    redoAll = false;
    plan = Map.of();
    ConfigResult configResult = ConfigLoader.load(root);
    configDiagnostics = configResult.diagnostics();
    clock.lap("config");
    if (configResult.config().isEmpty()) {
      config = null;
      return failed(clock, List.of());
    }
    config = configResult.config().get();
    if (options.baseUrl().isPresent()) {
      config = config.withBaseUrl(options.baseUrl().get());
    }
    output = options.output().map(p -> p.toAbsolutePath().normalize()).orElse(config.outputDir());
    sources = new SourceCache(config, progress);
    planner = new SitePlanner(config, SiteBuilder.version());
    Diagnostics scanDiags = new Diagnostics();
    List<Path> files = SourceScanner.scan(root, config.contentDir(), scanDiags);
    scanDiagnostics = scanDiags.list();
    clock.lap("scan");
    sources.loadAll(files);
    clock.lap("parse+extract");
    Corpus corpus = assemble();
    clock.lap("assemble");
    index = IndexBuilder.build(corpus, LocalIndex.sourceTexts(sources.entries()), indexDir);
    indexInputs = IndexInputs.of(corpus);
    clock.lap("index");
    List<PageSpec> pages = planPages(corpus);
    clock.lap("plan");
    renderer = newRenderer();
    OutputWriter writer = OutputWriter.open(output);
    try {
      renderAll(pages, writer);
      clock.lap("render+write");
      searchFiles = BrowserIndexExporter.export(index, writer);
      clock.lap("search-export");
      staticFiles = listStaticFiles();
      Map<String, Path> newAssets = assetsOf(corpus);
      newAssets.forEach((rel, src) -> writer.copy(src, rel));
      writer.write(".nojekyll", new byte[0]);
      writer.commit();
      clock.lap("assets+swap");
      assets = newAssets;
    } catch (TemplateException e) {
      writer.abort();
      return failed(clock, List.of(templateDiagnostic(e)));
    } catch (RuntimeException e) {
      writer.abort();
      throw e;
    }
    plan = byPath(pages);
    stale = false;
    return new BuildResult(output, true, pages.size(), corpus.size(), diagnostics(List.of()), clock.stages(),
        clock.elapsed());
  }

  /**
   * Updates the site folder after {@code changes}; falls back to {@link #build()} for a
   * configuration change or when the previous build did not complete.
   */
  public Rebuild update(SourceChanges changes) {
    if (changes.config() || stale) {
      BuildResult r = build();
      List<String> all = r.written() ? List.copyOf(plan.keySet()) : List.of();
      return new Rebuild(true, r.written() ? r.incidents() : 0, all, List.of(), r.diagnostics(), r.elapsed(),
          r.written(), r.stages());
    }
    Stopwatch clock = new Stopwatch();
    int reparsed = changes.rescan() ? sources.rescan() : sources.update(changes.content());
    if (changes.templates()) renderer = newRenderer();
    boolean all = changes.templates() || redoAll;
    clock.lap("parse+extract");
    Corpus corpus = assemble();
    clock.lap("assemble");
    IndexInputs inputs = IndexInputs.of(corpus);
    boolean reindexed = !inputs.equals(indexInputs);
    if (reindexed) {
      index = IndexBuilder.build(corpus, LocalIndex.sourceTexts(sources.entries()), indexDir);
      indexInputs = inputs;
    }
    clock.lap("index");
    Map<String, PageSpec> next = byPath(planPages(corpus));
    clock.lap("plan");
    List<PageSpec> toRender = new ArrayList<>();
    for (PageSpec p : next.values()) {
      if (all || !p.equals(plan.get(p.outputPath()))) toRender.add(p);
    }
    List<String> deleted = plan.keySet().stream().filter(k -> !next.containsKey(k)).toList();
    clock.lap("diff");
    LiveOutput live = new LiveOutput(output);
    try {
      renderAll(toRender, live);
      clock.lap("render+write");
    } catch (TemplateException e) {
      // Pages on disk may be a mix of before and after; keep the old plan (it still says which
      // pages exist) and render everything once the template is fixed.
      redoAll = true;
      return new Rebuild(false, reparsed, List.of(), List.of(), diagnostics(List.of(templateDiagnostic(e))),
          clock.elapsed(), false, clock.stages());
    }
    deleted.forEach(live::delete);
    if (reindexed) {
      // Export names are content hashes: write the new set, then drop files the old set had.
      Set<String> next2 = BrowserIndexExporter.export(index, live);
      searchFiles.stream().filter(f -> !next2.contains(f)).forEach(live::delete);
      searchFiles = next2;
      clock.lap("search-export");
    }
    updateAssets(corpus, changes, all, live);
    plan = next;
    redoAll = false;
    clock.lap("assets");
    return new Rebuild(false, reparsed, toRender.stream().map(PageSpec::outputPath).toList(), deleted,
        diagnostics(List.of()), clock.elapsed(), true, clock.stages());
  }

  private Corpus assemble() {
    List<Diagnostic> diags = new ArrayList<>();
    Corpus corpus = assemble(sources.entries(), options.drafts(), diags);
    assembleDiagnostics = diags;
    return corpus;
  }

  /** The published postmortems of {@code entries}: drafts only if asked, first of duplicate slugs. */
  static Corpus assemble(java.util.Collection<SourceCache.Entry> entries, boolean drafts, List<Diagnostic> diags) {
    Map<String, String> seen = new HashMap<>();
    List<Postmortem> kept = new ArrayList<>();
    for (SourceCache.Entry e : entries) {
      if (e.postmortem().isEmpty()) continue;
      Postmortem p = e.postmortem().get();
      if (p.draft() && !drafts) continue;
      String first = seen.putIfAbsent(p.slug(), p.sourcePath());
      if (first != null) {
        diags.add(new Diagnostic(Level.ERROR, "DUP001",
            "slug '" + p.slug() + "' is already used by " + first + "; this file is skipped",
            SourcePos.of(p.sourcePath()), Optional.of("rename the file or set a different 'slug' in its front matter")));
        continue;
      }
      kept.add(p);
    }
    return new Corpus(kept);
  }

  private List<PageSpec> planPages(Corpus corpus) {
    return planner.plan(corpus, index);
  }

  private TemplateRenderer newRenderer() {
    return new TemplateRenderer(config.templateOverrideDir(), config.themeTemplatesDir());
  }

  private void renderAll(List<PageSpec> pages, SiteSink sink) {
    AtomicInteger done = new AtomicInteger();
    pages.parallelStream().forEach(p -> {
      sink.write(p.outputPath(), renderer.render(p.template(), p.model()).getBytes(StandardCharsets.UTF_8));
      progress.update("render", done.incrementAndGet(), pages.size());
    });
  }

  /**
   * Static files of the site, output path to source, in the order a clean build copies them: the
   * theme's, then the site's, then images postmortems refer to (beside their page). A later entry
   * for the same path wins, as a later copy would.
   */
  private Map<String, Path> assetsOf(Corpus corpus) {
    Map<String, Path> out = new LinkedHashMap<>(staticFiles);
    Map<String, Boolean> published = new HashMap<>();
    corpus.postmortems().forEach(p -> published.put(p.sourcePath(), true));
    for (SourceCache.Entry e : sources.entries()) {
      if (e.doc().isEmpty() || !published.containsKey(e.doc().get().source().relPath())) continue;
      Path dir = e.doc().get().source().absPath().getParent();
      for (String res : e.doc().get().resources()) {
        Path file = config.root().resolve(res);
        out.put("incidents/" + dir.relativize(file).toString().replace('\\', '/'), file);
      }
    }
    return out;
  }

  private Map<String, Path> listStaticFiles() {
    Map<String, Path> out = new LinkedHashMap<>();
    StaticFiles.list(config.themeStaticDir()).forEach(out::put);
    StaticFiles.list(config.assetDir()).forEach(out::put);
    return out;
  }

  private void updateAssets(Corpus corpus, SourceChanges changes, boolean all, LiveOutput live) {
    if (all || changes.assets() || changes.rescan()) staticFiles = listStaticFiles();
    Map<String, Path> next = assetsOf(corpus);
    for (Map.Entry<String, Path> a : next.entrySet()) {
      Path src = a.getValue();
      boolean touched = all || changes.assets() || changes.rescan() || !src.equals(assets.get(a.getKey()))
          || changes.content().stream().anyMatch(src::startsWith);
      if (touched && Files.isRegularFile(src)) live.copy(src, a.getKey());
    }
    for (String old : assets.keySet()) {
      if (!next.containsKey(old) && !plan.containsKey(old)) live.delete(old);
    }
    assets = next;
  }

  private Diagnostic templateDiagnostic(TemplateException e) {
    return new Diagnostic(Level.ERROR, "TPL001", e.getMessage(), SourcePos.of(templatePath(e.template()), e.line()),
        Optional.empty());
  }

  /** The template's file relative to the root; Pebble names it with or without its suffix. */
  private String templatePath(String template) {
    String name = template.endsWith(".peb") ? template : template + ".peb";
    Path override = config.templateOverrideDir().resolve(name);
    Path p = Files.exists(override) ? override : config.themeTemplatesDir().resolve(name);
    return config.root().relativize(p.toAbsolutePath()).toString().replace('\\', '/');
  }

  /** Every current problem: configuration, each file's, duplicate slugs, plus {@code extra}. */
  private List<Diagnostic> diagnostics(List<Diagnostic> extra) {
    List<Diagnostic> all = new ArrayList<>(configDiagnostics);
    all.addAll(scanDiagnostics);
    if (sources != null) sources.entries().forEach(e -> all.addAll(e.diagnostics()));
    all.addAll(assembleDiagnostics);
    all.addAll(extra);
    return all.stream().sorted(Diagnostic.ORDER).toList();
  }

  private BuildResult failed(Stopwatch clock, List<Diagnostic> extra) {
    Path out = config == null ? root : output;
    return new BuildResult(out, false, 0, 0, diagnostics(extra), clock.stages(), clock.elapsed());
  }

  private static Map<String, PageSpec> byPath(List<PageSpec> pages) {
    Map<String, PageSpec> out = new LinkedHashMap<>();
    for (PageSpec p : pages) out.put(p.outputPath(), p);
    return out;
  }

  /** Times the stages of a clean build. */
  private static final class Stopwatch {
    private final long start = System.nanoTime();
    private final Map<String, Duration> stages = new LinkedHashMap<>();
    private long mark = start;

    void lap(String stage) {
      long now = System.nanoTime();
      stages.put(stage, Duration.ofNanos(now - mark));
      mark = now;
    }

    Map<String, Duration> stages() {
      return stages;
    }

    Duration elapsed() {
      return Duration.ofNanos(System.nanoTime() - start);
    }
  }
}
