package io.github.pmkb.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.github.pmkb.config.ConfigLoader;
import io.github.pmkb.config.ConfigResult;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.content.SourceScanner;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.index.IndexBuilder;
import io.github.pmkb.index.IndexSnapshot;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.output.BrowserIndexExporter;
import io.github.pmkb.output.HostLimits;
import io.github.pmkb.output.LiveOutput;
import io.github.pmkb.output.OutputWriter;
import io.github.pmkb.output.SiteSink;
import io.github.pmkb.plan.PageSpec;
import io.github.pmkb.plan.Permalinks;
import io.github.pmkb.plan.SitePlanner;
import io.github.pmkb.render.TemplateException;
import io.github.pmkb.search.Synonyms;

/**
 * The pipeline, with memory between runs. A run takes a change set ({@link SourceChanges}) through
 * one list of stages: configure, scan and parse, assemble, index, search export, plan, render and
 * write, static files. Each stage does what the change set asks: a clean build ({@link #build()},
 * what {@code pmkb build} runs) is the change set "everything" ({@link SourceChanges#everything()}),
 * which loads the configuration, reads every file and writes every page into a staging folder
 * swapped in at the end; an update ({@link #update}) parses the files that changed, rebuilds the
 * index only when what pages read from it changed ({@link IndexInputs}), plans the whole site
 * again (cheap) and writes, in place, only the pages whose {@link PageSpec} differs from the one
 * on disk ({@link Published}).
 *
 * <p>Rebuilding the index is the slow step of an edit (seconds on a large corpus), so {@code pmkb
 * serve} splits an edit of postmortems in two: {@link #preview} parses them and renders their own
 * pages against the previous index, for the author to see at once; {@link #reindex()} (on any
 * thread) and {@link #finish(Reindex.Result)} then run the rest of the stages for everything
 * previewed since. Several previews may come before one finish.
 *
 * <p>Because a page is a pure function of its {@link PageSpec} and the templates, the folder after
 * any sequence of runs is byte-identical to a clean build of the same sources ({@code
 * IncrementalBuildIT}, {@code IncrementalBuildPropertyTest}). Not thread-safe: one caller at a
 * time (only {@link Reindex#run()} may run on another thread).
 */
public final class BuildSession implements AutoCloseable {
  /** Where the folder on disk stands against the sources. */
  private enum State {
    /** It equals a clean build of the sources as last read; nothing is owed. */
    CURRENT,
    /** Edited postmortems' pages were previewed; the rest of the owed changes waits for {@link #finish}. */
    PREVIEWED,
    /** The last run failed (configuration or template error, or none yet): the owed changes are redone with the next. */
    FAILED
  }

  private final BuildOptions options;
  private final SiteBuilder.Progress progress;
  private final Path indexDir;
  private final Path root;

  private State state = State.FAILED;
  /** Changes not yet applied to the whole folder; everything before the first build. */
  private SourceChanges owed = SourceChanges.everything();
  private SiteConfig config;
  private Path output;
  /** Where the current sources keep their bodies; the one before stays open for a background index job. */
  private BodyStore store;
  private BodyStore previousStore;
  /** The build cache this session reads and writes, or null; the one before stays open like the previous store. */
  private ReadCache reads;
  private ReadCache previousReads;
  private SourceCache sources;
  private SitePlanner planner;
  private PageRenderer renderer;
  /** The corpus of the last run: what the incident pages on disk show. */
  private Corpus corpus = new Corpus(List.of());
  private IndexSnapshot index;
  private IndexInputs indexInputs;
  /** The manifest of the last search export, which the search page carries inline. */
  private String searchManifest = "";
  private Published published = Published.NOTHING;
  private List<Diagnostic> configDiagnostics = List.of();
  /** Files the last clean build's scan refused (symbolic links out of content/). */
  private List<Diagnostic> scanDiagnostics = List.of();
  private List<Diagnostic> assembleDiagnostics = List.of();
  /** What the last clean build's site would meet on GitHub Pages (files or a site too large). */
  private List<Diagnostic> outputDiagnostics = List.of();

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
    return new BuildSession(options, progress, cacheDir(root).resolve(indexName));
  }

  /** What to watch: from the configuration once loaded, else the default layout. */
  public SourceLayout layout() {
    return config == null ? SourceLayout.defaults(root) : SourceLayout.of(config);
  }

  /** The site folder, known after the configuration loaded. */
  public Optional<Path> output() {
    return Optional.ofNullable(output);
  }

  /** A clean build: the change set "everything", written to a staging folder and swapped in. */
  public BuildResult build() {
    Rebuild r = run(SourceChanges.everything(), Rebuild.Phase.CLEAN, null);
    return new BuildResult(config == null ? root : output, r.written(), r.written() ? published.pages().size() : 0,
        r.written() ? corpus.size() : 0, r.diagnostics(), r.stages(), r.elapsed(), r.written() ? drafts() : 0);
  }

  /**
   * Brings the site folder up to date after {@code changes} (with anything still owed): the same
   * as {@link #preview} followed by {@link #finish()}. When this returns, the folder equals a
   * clean build, unless the result says it was not written.
   */
  public Rebuild update(SourceChanges changes) {
    Rebuild first = preview(changes);
    if (!pending()) return first;
    return Rebuild.combine(first, finish());
  }

  /**
   * The fast first phase of an update, for {@code pmkb serve}: when only postmortems changed
   * (Markdown files edited, added or deleted), parses them, renders their own incident pages
   * against the previous index, deletes the pages of those gone, and returns ({@link
   * Rebuild.Phase#PREVIEW}); the rest of the stages are then owed, see {@link #pending()} and
   * {@link #finish()}. Any other change set (templates, static files, images, lost events,
   * configuration, or anything after a failed run) runs through every stage at once, together
   * with what was owed ({@link Rebuild.Phase#ALL}, or {@link Rebuild.Phase#CLEAN}).
   *
   * <p>A previewed page is exactly what a clean build would write if the index were unchanged;
   * {@link #finish()} renders it again only if the new index changes it.
   */
  public Rebuild preview(SourceChanges changes) {
    SourceChanges all = owed.plus(changes);
    if (!previewable(all)) return run(all, all.config() ? Rebuild.Phase.CLEAN : Rebuild.Phase.ALL, null);
    Stopwatch clock = new Stopwatch();
    int reparsed = parse(changes);
    clock.lap("parse+extract");
    Corpus before = corpus;
    corpus = assemble();
    clock.lap("assemble");
    Set<String> changed = changedSlugs(before, corpus);
    Set<String> slugs = new HashSet<>();
    corpus.postmortems().forEach(p -> slugs.add(p.slug()));
    List<String> gone = before.postmortems().stream().map(Postmortem::slug).filter(s -> !slugs.contains(s))
        .map(Permalinks::incident).filter(published.pages()::containsKey).toList();
    if (changed.isEmpty() && gone.isEmpty() && state == State.CURRENT) {
      // Same bytes saved, a draft edited, a new error: no page can differ.
      return rebuild(Rebuild.Phase.ALL, reparsed, List.of(), List.of(), clock, null);
    }
    owed = all;
    state = State.PREVIEWED;
    List<PageSpec> pages = changed.isEmpty() ? List.of() : planner.incidentPages(corpus, index, changed);
    clock.lap("plan");
    LiveOutput live = new LiveOutput(output);
    try {
      renderer.render(pages, live, progress);
    } catch (TemplateException e) {
      return failedTemplates(all, Rebuild.Phase.PREVIEW, reparsed, clock, e);
    }
    gone.forEach(live::delete);
    clock.lap("render+write");
    // What is on disk now: the rest renders a page again only where its spec differs.
    Map<String, PageSpec> onDisk = new LinkedHashMap<>(published.pages());
    gone.forEach(onDisk::remove);
    pages.forEach(p -> onDisk.put(p.outputPath(), p));
    published = published.withPages(onDisk);
    return wrote(Rebuild.Phase.PREVIEW, reparsed, pages.stream().map(PageSpec::outputPath).toList(), gone, clock, live);
  }

  /** Whether {@link #preview} can take its fast path: Markdown files of postmortems changed, nothing else. */
  private boolean previewable(SourceChanges all) {
    return state != State.FAILED && !all.config() && !all.templates() && !all.assets() && !all.rescan()
        && !all.content().isEmpty() && all.content().stream().allMatch(SourceCache::isMarkdownName);
  }

  /** Slugs of postmortems that are new or differ (by value) from {@code before}'s. */
  private static Set<String> changedSlugs(Corpus before, Corpus after) {
    Map<String, Postmortem> old = new java.util.HashMap<>();
    before.postmortems().forEach(p -> old.put(p.slug(), p));
    Set<String> changed = new HashSet<>();
    for (Postmortem p : after.postmortems()) {
      Postmortem o = old.get(p.slug());
      if (o != p && !p.equals(o)) changed.add(p.slug());
    }
    return changed;
  }

  /** Whether a {@link #preview} left the rest of the stages to {@link #finish()}. */
  public boolean pending() {
    return state == State.PREVIEWED;
  }

  /**
   * The slow part of the owed rest, to run on any thread: a snapshot of the corpus to index into
   * a folder of its own. Call on the session's thread; only while {@link #pending()}.
   */
  public Reindex reindex() {
    IndexInputs inputs = IndexInputs.of(corpus);
    if (inputs.equals(indexInputs)) return new Reindex(corpus, inputs, null, null, null, null);
    // Two folders in turn, neither the one clean builds use: the current index stays readable, and
    // a clean build meanwhile (a configuration change) does not collide with a running job.
    Path a = indexDir.resolveSibling(indexDir.getFileName() + "-a");
    Path b = indexDir.resolveSibling(indexDir.getFileName() + "-b");
    return new Reindex(corpus, inputs, index.dir().equals(a) ? b : a, segments(), segmentSalt(),
        Synonyms.ofKnowledgeBase(root));
  }

  /**
   * The rest of the stages after previews, with the index from {@code job}: plans the whole site
   * again, renders every page whose spec changed (the previewed pages only if the new index
   * changed them), deletes pages that left, writes the new browser-search files. Empty when
   * nothing is owed or {@code job} indexed an older corpus than the last preview's (run a new
   * one). Afterwards the folder is byte-identical to a clean build.
   */
  public Optional<Rebuild> finish(Reindex.Result job) {
    if (state != State.PREVIEWED || job.corpus() != corpus) return Optional.empty();
    return Optional.of(rest(owed, Rebuild.Phase.REST, job, new Stopwatch(), 0));
  }

  /** {@link #finish(Reindex.Result)} with the index built on this thread. */
  public Rebuild finish() {
    if (state != State.PREVIEWED) return rebuild(Rebuild.Phase.REST, 0, List.of(), List.of(), new Stopwatch(), null);
    return finish(reindex().run()).orElseThrow();
  }

  /** Every stage, for {@code changes}: configure (if asked), parse, assemble, then {@link #rest}. */
  private Rebuild run(SourceChanges changes, Rebuild.Phase phase, Reindex.Result job) {
    Stopwatch clock = new Stopwatch();
    owed = changes;
    state = State.FAILED;
    int reparsed;
    if (changes.config()) {
      if (!configure()) {
        clock.lap("config");
        return rebuild(phase, 0, List.of(), List.of(), clock, null, false, List.of());
      }
      clock.lap("config");
      Diagnostics scanDiags = new Diagnostics();
      Surroundings.Collector around = new Surroundings.Collector(config.contentDir());
      List<Path> files = SourceScanner.scan(root, config.contentDir(), scanDiags, around);
      scanDiagnostics = scanDiags.list();
      clock.lap("scan");
      ReadCache cache = newReads(around.list());
      sources = new SourceCache(config, newStore(cache == null), cache, progress);
      reparsed = sources.loadAll(files);
    } else {
      reparsed = parse(changes);
    }
    clock.lap("parse+extract");
    corpus = assemble();
    clock.lap("assemble");
    return rest(changes, phase, job, clock, reparsed);
  }

  /** Loads the configuration and starts afresh from it: a new planner; {@link #run} then makes new sources. */
  private boolean configure() {
    ConfigResult result = ConfigLoader.load(root);
    configDiagnostics = result.diagnostics();
    if (result.config().isEmpty()) {
      config = null;
      return false;
    }
    config = result.config().get();
    ConfigLoader.requireContent(config);
    if (options.baseUrl().isPresent()) config = config.withBaseUrl(options.baseUrl().get());
    output = options.output().map(p -> p.toAbsolutePath().normalize()).orElse(config.outputDir());
    planner = new SitePlanner(config, SiteBuilder.version());
    index = null;
    indexInputs = null;
    return true;
  }

  /** Parses the content files {@code changes} names (all of them after lost events). */
  private int parse(SourceChanges changes) {
    return changes.rescan() ? sources.rescan() : sources.update(changes.content());
  }

  /**
   * The stages after assembling: index (from {@code job}, or built here when the inputs changed),
   * search export, plan, render and write what differs from the folder, delete what left, static
   * files. A clean build ({@code changes.config()}) writes into a fresh staging folder swapped in
   * at the end; an update writes into the folder in place.
   */
  private Rebuild rest(SourceChanges changes, Rebuild.Phase phase, Reindex.Result job, Stopwatch clock, int reparsed) {
    boolean clean = changes.config();
    boolean everyPage = clean || changes.templates();
    // Here, not before a preview: writing the cache's index must not delay the edited page.
    sources.persist();
    clock.lap("cache");
    indexStage(job, clean, clock);
    OutputWriter fresh = clean ? OutputWriter.open(output) : null;
    SiteSink sink = clean ? fresh : new LiveOutput(output);
    if (clean) published = Published.NOTHING;
    List<PageSpec> toRender = new ArrayList<>();
    List<String> deleted;
    Map<String, PageSpec> plan;
    ViewRecord views = clean && options.cache() ? ViewRecord.open(cacheDir(root), config, output,
        options.baseUrl().orElse("")) : null;
    // A clean build without the record replaces the site it describes.
    if (clean && views == null) ViewRecord.forget(cacheDir(root), output);
    Map<String, byte[]> digests = null;
    try {
      if (everyPage || renderer == null) renderer = PageRenderer.load(config);
      // Before planning: the export holds its files and working data in memory while it runs
      // (run after rendering at 10,000 postmortems, it raised the live heap from 553 to 612 MB),
      // and the plan's page models are held until rendering ends.
      exportSearch(job, sink, clock);
      plan = byPath(planner.plan(corpus, index, searchManifest));
      clock.lap("plan");
      if (views != null) {
        digests = ViewRecord.digests(plan.values());
        clock.lap("views");
      }
      for (PageSpec p : plan.values()) {
        if (!everyPage && p.equals(published.pages().get(p.outputPath()))) continue;
        // A clean build keeps the previous site's page when the record says it was made from the same view.
        if (views != null && views.unchanged(p.outputPath(), digests.get(p.outputPath()), output)
            && fresh.keep(p.outputPath(), linked -> views.stillRecorded(p.outputPath(), linked))) {
          continue;
        }
        toRender.add(p);
      }
      deleted = published.pages().keySet().stream().filter(k -> !plan.containsKey(k)).toList();
      renderer.render(toRender, sink, progress);
      deleted.forEach(sink::delete);
      clock.lap("render+write");
      copyAssets(changes, everyPage, plan.keySet(), sink);
      if (clean) sink.write(".nojekyll", new byte[0]);
      sink.commit();
      clock.lap("assets");
      if (clean) outputDiagnostics = hostLimits(fresh.sizes());
      if (views != null) views.save(digests);
    } catch (TemplateException e) {
      sink.abort();
      return failedTemplates(changes, phase, reparsed, clock, e);
    } catch (RuntimeException e) {
      sink.abort();
      throw e;
    }
    published = published.withPages(plan);
    owed = SourceChanges.none();
    state = State.CURRENT;
    return wrote(phase, reparsed, toRender.stream().map(PageSpec::outputPath).toList(), deleted, clock, sink);
  }

  private void indexStage(Reindex.Result job, boolean clean, Stopwatch clock) {
    if (job != null) {
      if (job.index() != null) {
        // Built on another thread, but part of what the author waits for after the preview.
        job.steps().forEach((step, took) -> clock.add(step + " (background)", took));
        index = job.index();
        indexInputs = job.inputs();
      }
    } else {
      IndexInputs inputs = IndexInputs.of(corpus);
      if (clean || !inputs.equals(indexInputs)) {
        index = IndexBuilder.build(corpus, indexDir, segments(), segmentSalt(), clock::lap);
        indexInputs = inputs;
        return;
      }
    }
    clock.lap("index");
  }

  /** The build cache's folder of the knowledge base at {@code root}. */
  private static Path cacheDir(Path root) {
    return root.resolve("target").resolve("pmkb-cache");
  }

  /** Where this session's index keeps its runs' segments between builds, or null without the build cache. */
  private Path segments() {
    return options.cache() ? indexDir.resolveSibling(indexDir.getFileName() + "-segments") : null;
  }

  /** What the cached segments depend on besides the postmortems: pmkb's code and the Java version. */
  private static String segmentSalt() {
    return CacheKey.code() + " " + System.getProperty("java.version");
  }

  /** Writes the browser-search files of the current index unless they are on disk already. */
  private void exportSearch(Reindex.Result job, SiteSink sink, Stopwatch clock) {
    if (published.searchOf() == index) return;
    Set<String> written;
    Map<String, String> digests = null;
    if (job != null && job.search() != null && job.index() == index) {
      // Tens of thousands of files on a large corpus, most of them unchanged by one edit.
      Map<String, String> before = published.searchDigests();
      job.search().forEach((path, bytes) -> {
        if (before == null || !job.searchDigests().get(path).equals(before.get(path))) sink.write(path, bytes);
      });
      written = job.search().keySet();
      digests = job.searchDigests();
      searchManifest = BrowserIndexExporter.manifestOf(job.search());
    } else {
      BrowserIndexExporter.Written export = BrowserIndexExporter.exportWithManifest(index, Synonyms.ofKnowledgeBase(root),
          sink);
      written = export.files();
      searchManifest = export.manifest();
    }
    // Export names are content hashes: the new set is written, then files only the old set had go.
    Set<String> now = Set.copyOf(written);
    published.searchFiles().stream().filter(f -> !now.contains(f)).forEach(sink::delete);
    published = published.withSearch(now, digests, index);
    clock.lap("search-export");
  }

  private void copyAssets(SourceChanges changes, boolean everyPage, Set<String> pages, SiteSink sink) {
    boolean all = everyPage || changes.assets() || changes.rescan();
    Map<String, Path> listed = all ? SiteAssets.listStatic(config) : published.staticFiles();
    Map<String, Path> next = SiteAssets.of(listed, corpus, sources, config);
    SiteAssets.copy(published.assets(), next, pages, changes, all, sink);
    published = published.withAssets(next, listed);
  }

  /**
   * After a template error: the pages on disk may mix before and after, so everything owed and
   * every page is redone once the next change comes (a clean build, if this was one).
   */
  private Rebuild failedTemplates(SourceChanges changes, Rebuild.Phase phase, int reparsed, Stopwatch clock,
      TemplateException e) {
    owed = changes.config() ? changes : changes.plus(SourceChanges.templatesChanged());
    state = State.FAILED;
    return rebuild(phase, reparsed, List.of(), List.of(), clock, renderer.diagnostic(e), false, List.of());
  }

  /** Postmortems left out as drafts: none when the build publishes them. */
  private int drafts() {
    if (options.drafts()) return 0;
    return (int) sources.reads().stream().filter(r -> r.postmortem().map(Postmortem::draft).orElse(false)).count();
  }

  private Corpus assemble() {
    List<Diagnostic> diags = new ArrayList<>();
    Corpus c = CorpusAssembler.assemble(sources.reads(), options.drafts(), diags);
    assembleDiagnostics = diags;
    return c;
  }

  /**
   * A new body store for a clean build's sources when {@code needed} (without a build cache,
   * whose packs keep the bodies otherwise), else null; the one before the previous is closed.
   */
  private BodyStore newStore(boolean needed) {
    if (previousStore != null) previousStore.close();
    previousStore = store;
    store = needed ? BodyStore.create(cacheDir(root)) : null;
    return store;
  }

  /**
   * The build cache for a clean build's sources, when asked for, given the content folder's other
   * files ({@link Surroundings}); the one before the previous is closed.
   */
  private ReadCache newReads(List<String> surroundings) {
    if (previousReads != null) previousReads.close();
    previousReads = reads;
    reads = options.cache() ? ReadCache.open(cacheDir(root).resolve("reads"), config,
        surroundings).orElse(null) : null;
    return reads;
  }

  /** Frees the body stores (their scratch files) and the build cache's files. The site on disk stays. */
  @Override
  public void close() {
    if (previousStore != null) previousStore.close();
    if (store != null) store.close();
    if (previousReads != null) previousReads.close();
    if (reads != null) reads.close();
    previousStore = null;
    store = null;
    previousReads = null;
    reads = null;
  }

  private Rebuild rebuild(Rebuild.Phase phase, int reparsed, List<String> rendered, List<String> deleted,
      Stopwatch clock, Diagnostic failure) {
    return rebuild(phase, reparsed, rendered, deleted, clock, failure, true, rendered);
  }

  /** A run that wrote {@code rendered} through {@code sink}: an update leaves pages of the same bytes alone. */
  private Rebuild wrote(Rebuild.Phase phase, int reparsed, List<String> rendered, List<String> deleted,
      Stopwatch clock, SiteSink sink) {
    List<String> changed = sink instanceof LiveOutput live
        ? rendered.stream().filter(live.replaced()::contains).toList() : rendered;
    return rebuild(phase, reparsed, rendered, deleted, clock, null, true, changed);
  }

  /** The one place a run's outcome is made: every current problem, plus {@code failure} if any. */
  private Rebuild rebuild(Rebuild.Phase phase, int reparsed, List<String> rendered, List<String> deleted,
      Stopwatch clock, Diagnostic failure, boolean written, List<String> changed) {
    List<Diagnostic> all = new ArrayList<>(configDiagnostics);
    if (config != null) {
      all.addAll(scanDiagnostics);
      sources.entries().forEach(e -> all.addAll(e.diagnostics()));
      all.addAll(assembleDiagnostics);
      all.addAll(outputDiagnostics);
    }
    if (failure != null) all.add(failure);
    return new Rebuild(phase, reparsed, rendered, deleted, all.stream().sorted(Diagnostic.ORDER).toList(),
        clock.elapsed(), written, clock.stages(), changed);
  }

  private List<Diagnostic> hostLimits(Map<String, Long> sizes) {
    Diagnostics diags = new Diagnostics();
    String shown = (output.startsWith(root) ? root.relativize(output) : output).toString().replace('\\', '/');
    HostLimits.githubPages().check(sizes, shown, diags);
    return diags.list();
  }

  private static Map<String, PageSpec> byPath(List<PageSpec> pages) {
    Map<String, PageSpec> out = new LinkedHashMap<>();
    for (PageSpec p : pages) out.put(p.outputPath(), p);
    return out;
  }
}
