package io.github.pmkb.build;

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
import io.github.pmkb.config.ConfigLoader;
import io.github.pmkb.config.ConfigResult;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.content.SourceScanner;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.diag.Level;
import io.github.pmkb.diag.SourcePos;
import io.github.pmkb.index.IndexBuilder;
import io.github.pmkb.index.IndexSnapshot;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.output.BrowserIndexExporter;
import io.github.pmkb.output.LiveOutput;
import io.github.pmkb.output.OutputWriter;
import io.github.pmkb.output.SiteSink;
import io.github.pmkb.output.StaticFiles;
import io.github.pmkb.plan.ApiExport;
import io.github.pmkb.plan.Pages;
import io.github.pmkb.plan.PageSpec;
import io.github.pmkb.plan.Permalinks;
import io.github.pmkb.plan.SitePlanner;
import io.github.pmkb.render.TemplateException;
import io.github.pmkb.render.TemplateRenderer;
import io.github.pmkb.search.Synonyms;

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
 * <p>Rebuilding the index is the slow step of an edit (seconds on a large corpus), so {@code pmkb
 * serve} splits an update in two: {@link #preview} renders the edited postmortems' own pages
 * against the previous index, for the author to see at once; {@link #reindex()} (on any thread)
 * and {@link #finish(Reindex.Result)} then bring the rest of the site up to date. Several
 * previews may come before one finish.
 *
 * Because a page is a pure function of its {@link PageSpec} and the templates, the folder after
 * any sequence of updates is byte-identical to a clean build of the same sources (tested by
 * {@code IncrementalBuildIT}). Not thread-safe: one caller at a time (only {@link Reindex#run()}
 * may run on another thread).
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
  /** Whether {@code api/incidents.json} may be streamed: its template is the plain default one. */
  private boolean streamApi;
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
  /** The corpus of the last update or preview: what the incident pages on disk show. */
  private Corpus corpus;
  /** Changes previewed whose rest of the site is not done yet; null when nothing is owed. */
  private SourceChanges owed;
  /** Counts updates and previews, so a {@link Reindex} of an older corpus is recognised. */
  private long version;
  /** The index changed but its browser-search files were not written yet (a template error came first). */
  private boolean searchOwed;
  /** The sha256 of each browser-search file on disk when known (after a rest of an update), else null. */
  private Map<String, String> searchDigests;

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
    owed = null;
    searchOwed = false;
    searchDigests = null;
    version++;
    ConfigResult configResult = ConfigLoader.load(root);
    configDiagnostics = configResult.diagnostics();
    clock.lap("config");
    if (configResult.config().isEmpty()) {
      config = null;
      return failed(clock, List.of());
    }
    config = configResult.config().get();
    ConfigLoader.requireContent(config);
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
    this.corpus = corpus;
    clock.lap("assemble");
    index = IndexBuilder.build(corpus, LocalIndex.sourceTexts(sources.entries()), indexDir);
    indexInputs = IndexInputs.of(corpus);
    clock.lap("index");
    OutputWriter writer = OutputWriter.open(output);
    List<PageSpec> pages;
    try {
      // The export holds its files and working data in memory while it runs (run after rendering
      // at 10,000 postmortems, it raised the live heap from 553 to 612 MB); run before planning,
      // it does not add to the plan's page models, which are held until rendering ends.
      searchFiles = BrowserIndexExporter.export(index, Synonyms.ofKnowledgeBase(root), writer);
      clock.lap("search-export");
      pages = planPages(corpus);
      clock.lap("plan");
      loadTemplates();
      renderAll(pages, writer);
      clock.lap("render+write");
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
        clock.elapsed(), drafts());
  }

  /**
   * Updates the site folder after {@code changes}; falls back to {@link #build()} for a
   * configuration change or when the previous build did not complete. The same as {@link
   * #preview} followed by {@link #finish()}: when this returns, the folder equals a clean build.
   */
  public Rebuild update(SourceChanges changes) {
    Rebuild first = preview(changes);
    if (!pending()) return first;
    return Rebuild.combine(first, finish());
  }

  /**
   * The fast first phase of an update, for {@code pmkb serve}: when only postmortems changed
   * (Markdown files edited, added or deleted), parses them, renders their own incident pages
   * against the previous index and deletes the pages of those gone, and returns ({@link
   * Rebuild.Phase#PREVIEW}); the rest of the site (the index, the lists that show them, related
   * incidents elsewhere, browser search) is then owed, see {@link #pending()} and {@link
   * #finish()}. Other changes (templates, static files, images, lost events, configuration) are
   * done whole, together with anything owed ({@link Rebuild.Phase#ALL}).
   *
   * <p>A previewed page is exactly what a clean build would write if the index were unchanged;
   * {@link #finish()} renders it again only if the new index changes it.
   */
  public Rebuild preview(SourceChanges changes) {
    if (changes.config() || stale) {
      owed = null;
      version++;
      BuildResult r = build();
      List<String> all = r.written() ? List.copyOf(plan.keySet()) : List.of();
      return new Rebuild(true, r.written() ? r.incidents() : 0, all, List.of(), r.diagnostics(), r.elapsed(),
          r.written(), r.stages());
    }
    Stopwatch clock = new Stopwatch();
    int reparsed = changes.rescan() ? sources.rescan() : sources.update(changes.content());
    if (changes.templates()) loadTemplates();
    clock.lap("parse+extract");
    Corpus next = assemble();
    clock.lap("assemble");
    SourceChanges all = owed == null ? changes : owed.plus(changes);
    Corpus before = corpus;
    corpus = next;
    version++;
    if (!previewable(changes)) {
      owed = null;
      return rest(all, next, reparsed, clock, null, Rebuild.Phase.ALL);
    }
    // Postmortems parsed again are new instances; unchanged ones are the same objects.
    Set<Postmortem> old = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    old.addAll(before.postmortems());
    Set<String> changed = new java.util.HashSet<>();
    Set<String> slugs = new java.util.HashSet<>();
    for (Postmortem p : next.postmortems()) {
      slugs.add(p.slug());
      if (!old.contains(p)) changed.add(p.slug());
    }
    List<String> gone = before.postmortems().stream().map(Postmortem::slug).filter(s -> !slugs.contains(s))
        .map(Permalinks::incident).filter(plan::containsKey).toList();
    if (changed.isEmpty() && gone.isEmpty() && owed == null) {
      // Same bytes saved, a draft edited, a new error: no page can differ.
      return new Rebuild(false, reparsed, List.of(), List.of(), diagnostics(List.of()), clock.elapsed(), true,
          clock.stages());
    }
    owed = all;
    List<PageSpec> pages = changed.isEmpty() ? List.of() : planner.incidentPages(next, index, changed);
    clock.lap("plan");
    LiveOutput live = new LiveOutput(output);
    try {
      renderAll(pages, live);
    } catch (TemplateException e) {
      redoAll = true;
      return new Rebuild(false, reparsed, List.of(), List.of(), diagnostics(List.of(templateDiagnostic(e))),
          clock.elapsed(), false, clock.stages(), Rebuild.Phase.PREVIEW);
    }
    gone.forEach(live::delete);
    clock.lap("render+write");
    // The plan says what is on disk: the rest renders a page again only where its spec differs.
    Map<String, PageSpec> onDisk = new LinkedHashMap<>(plan);
    gone.forEach(onDisk::remove);
    pages.forEach(p -> onDisk.put(p.outputPath(), p));
    plan = onDisk;
    return new Rebuild(false, reparsed, pages.stream().map(PageSpec::outputPath).toList(), gone,
        diagnostics(List.of()), clock.elapsed(), true, clock.stages(), Rebuild.Phase.PREVIEW);
  }

  /** Whether {@link #preview} can take its fast path: postmortems' Markdown files changed, nothing else. */
  private boolean previewable(SourceChanges changes) {
    return !changes.templates() && !changes.assets() && !changes.rescan() && !redoAll && !changes.content().isEmpty()
        && changes.content().stream().allMatch(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
            .endsWith(".md"));
  }

  /** Whether a {@link #preview} left the rest of the site to {@link #finish()}. */
  public boolean pending() {
    return owed != null;
  }

  /**
   * The slow part of the owed rest, to run on any thread: a snapshot of the corpus to index into
   * a folder of its own. Call on the session's thread; only while {@link #pending()}.
   */
  public Reindex reindex() {
    IndexInputs inputs = IndexInputs.of(corpus);
    if (inputs.equals(indexInputs)) return new Reindex(version, corpus, Map.of(), inputs, null, null);
    // Two folders in turn, neither the one clean builds use: the current index stays readable, and
    // a clean build meanwhile (a configuration change) does not collide with a running job.
    Path a = indexDir.resolveSibling(indexDir.getFileName() + "-a");
    Path b = indexDir.resolveSibling(indexDir.getFileName() + "-b");
    return new Reindex(version, corpus, LocalIndex.sourceTexts(sources.entries()), inputs,
        index.dir().equals(a) ? b : a, Synonyms.ofKnowledgeBase(root));
  }

  /**
   * The rest of the site after previews: applies the new index from {@code job}, plans the whole
   * site again, renders every page whose spec changed (the previewed pages only if the new index
   * changed them), deletes pages that left, writes the new browser-search files. Returns empty
   * when nothing is owed or {@code job} predates the last preview (run a new one). Afterwards the
   * folder is byte-identical to a clean build.
   */
  public Optional<Rebuild> finish(Reindex.Result job) {
    if (owed == null || job.version() != version) return Optional.empty();
    SourceChanges changes = owed;
    owed = null;
    return Optional.of(rest(changes, corpus, 0, new Stopwatch(), job, Rebuild.Phase.REST));
  }

  /** {@link #finish(Reindex.Result)} with the index built on this thread. */
  public Rebuild finish() {
    if (owed == null) {
      return new Rebuild(false, 0, List.of(), List.of(), diagnostics(List.of()), Duration.ZERO, true, Map.of(),
          Rebuild.Phase.REST);
    }
    return finish(reindex().run()).orElseThrow();
  }

  /**
   * Everything after parsing: the index (from {@code job}, or built here when it is null and the
   * inputs changed), the plan, the changed pages, deletions, search files and static files.
   */
  private Rebuild rest(SourceChanges changes, Corpus next, int reparsed, Stopwatch clock, Reindex.Result job,
      Rebuild.Phase phase) {
    boolean all = changes.templates() || redoAll;
    if (job != null) {
      if (job.index() != null) {
        // Built on another thread, but part of what the author waits for after the preview.
        clock.add("index (background)", job.took());
        index = job.index();
        indexInputs = job.inputs();
        searchOwed = true;
      }
    } else {
      IndexInputs inputs = IndexInputs.of(next);
      if (!inputs.equals(indexInputs)) {
        index = IndexBuilder.build(next, LocalIndex.sourceTexts(sources.entries()), indexDir);
        indexInputs = inputs;
        searchOwed = true;
      }
    }
    clock.lap("index");
    Map<String, PageSpec> nextPlan = byPath(planPages(next));
    clock.lap("plan");
    List<PageSpec> toRender = new ArrayList<>();
    for (PageSpec p : nextPlan.values()) {
      if (all || !p.equals(plan.get(p.outputPath()))) toRender.add(p);
    }
    List<String> deleted = plan.keySet().stream().filter(k -> !nextPlan.containsKey(k)).toList();
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
          clock.elapsed(), false, clock.stages(), phase);
    }
    deleted.forEach(live::delete);
    if (searchOwed) {
      // Export names are content hashes: write the new set, then drop files the old set had.
      Set<String> written;
      if (job != null && job.search() != null) {
        // Tens of thousands of files on a large corpus, most of them unchanged by one edit.
        Map<String, String> before = searchDigests;
        job.search().forEach((path, bytes) -> {
          if (before == null || !job.searchDigests().get(path).equals(before.get(path))) live.write(path, bytes);
        });
        written = job.search().keySet();
        searchDigests = job.searchDigests();
      } else {
        written = BrowserIndexExporter.export(index, Synonyms.ofKnowledgeBase(root), live);
        searchDigests = null;
      }
      Set<String> now = Set.copyOf(written);
      searchFiles.stream().filter(f -> !now.contains(f)).forEach(live::delete);
      searchFiles = now;
      searchOwed = false;
      clock.lap("search-export");
    }
    updateAssets(next, changes, all, live);
    plan = nextPlan;
    redoAll = false;
    clock.lap("assets");
    return new Rebuild(false, reparsed, toRender.stream().map(PageSpec::outputPath).toList(), deleted,
        diagnostics(List.of()), clock.elapsed(), true, clock.stages(), phase);
  }

  /** Postmortems left out as drafts: none when the build publishes them. */
  private int drafts() {
    if (options.drafts()) return 0;
    return (int) sources.entries().stream().filter(e -> e.postmortem().map(Postmortem::draft).orElse(false)).count();
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

  private void loadTemplates() {
    renderer = new TemplateRenderer(config.templateOverrideDir(), config.themeLayers().templateDirs());
    streamApi = ApiExport.isPlainTemplate(config);
  }

  private void renderAll(List<PageSpec> pages, SiteSink sink) {
    AtomicInteger done = new AtomicInteger();
    pages.parallelStream().forEach(p -> {
      render(p, sink);
      progress.update("render", done.incrementAndGet(), pages.size());
    });
  }

  private void render(PageSpec p, SiteSink sink) {
    // The export is tens of megabytes on a large corpus: written straight to its file, not held.
    if (streamApi && p.template().equals(ApiExport.TEMPLATE)
        && p.model() instanceof Pages.ApiPage api) {
      sink.stream(p.outputPath(), api.json()::writeTo);
      return;
    }
    sink.write(p.outputPath(), renderer.render(p.template(), (Record) p.model()).getBytes(StandardCharsets.UTF_8));
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
      if (e.doc().isEmpty() || !published.containsKey(e.doc().get().relPath())) continue;
      Path dir = e.doc().get().absPath().getParent();
      for (String res : e.doc().get().resources()) {
        Path file = config.root().resolve(res);
        out.put("incidents/" + dir.relativize(file).toString().replace('\\', '/'), file);
      }
    }
    return out;
  }

  private Map<String, Path> listStaticFiles() {
    Map<String, Path> out = new LinkedHashMap<>();
    config.themeLayers().staticFiles().forEach(out::put);
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
    return config.displayPath(config.templateFile(name).orElse(config.templateOverrideDir().resolve(name)));
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
    private Duration extra = Duration.ZERO;

    void lap(String stage) {
      long now = System.nanoTime();
      stages.put(stage, Duration.ofNanos(now - mark));
      mark = now;
    }

    /** A stage that ran elsewhere: counted in the elapsed time too. */
    void add(String stage, Duration d) {
      stages.put(stage, d);
      extra = extra.plus(d);
    }

    Map<String, Duration> stages() {
      return stages;
    }

    Duration elapsed() {
      return Duration.ofNanos(System.nanoTime() - start).plus(extra);
    }
  }
}
