package io.github.pmkb.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.content.ContentParser;
import io.github.pmkb.content.ParsedDoc;
import io.github.pmkb.content.SourceFile;
import io.github.pmkb.content.SourceReader;
import io.github.pmkb.content.SourceScanner;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.extract.Extractor;
import io.github.pmkb.jbake.JBakeHeaderReader;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.model.StoredText;

/**
 * The parse and extract stage with memory: one result per content file, keyed by path and by the
 * sha256 of its bytes, so a rebuild parses only files whose bytes changed. Iteration is in path
 * order, the order {@link SourceScanner} gives, so assembling from the cache equals assembling
 * from a fresh scan.
 */
final class SourceCache {
  /** One file's outcome: a postmortem (unless unusable), what is kept of its parsed form, its diagnostics. */
  record Entry(String sha256, Optional<Postmortem> postmortem, Optional<Parsed> doc, List<Diagnostic> diagnostics) {}

  /**
   * What later stages read of a parsed file: its paths, its text (the index cuts sections from
   * it by line) and the local files it refers to (copied beside its page). The rest of the
   * {@link ParsedDoc} (the Markdown body, front matter, outline) has been read by the extractor
   * and is dropped: at 10,000 postmortems the body alone was ~70 MB of heap, held to the end.
   * The text is kept in the cache's {@link SpillFile}, like the postmortem's body: as UTF-8 in
   * the heap, the 10,000 synthetic postmortems' texts were 41.8 MB (about 76 MB as strings).
   */
  record Parsed(String relPath, Path absPath, StoredText source, List<String> resources) {
    /** The decoded text, read back from where it is kept. */
    String text() {
      return source.text();
    }
  }

  private final SiteConfig config;
  private final ContentParser parser;
  private final SiteBuilder.Progress progress;
  private final TreeMap<Path, Entry> entries = new TreeMap<>();
  /** Where the texts of parsed files go (bodies and sources), created on first use. */
  private SpillFile spill;

  SourceCache(SiteConfig config, SiteBuilder.Progress progress) {
    this.config = config;
    this.progress = progress;
    JBakeHeaderReader jbake = JBakeHeaderReader.forSite(config.root(), config.propertiesFile());
    this.parser = new ContentParser(config.root(), config.contentDir(), jbake, "~~~~~~",
        config.rawHtml() == io.github.pmkb.config.RawHtml.ESCAPE);
  }

  /** Bytes of text kept in the scratch file (bodies and sources, including replaced ones). */
  synchronized long spilledBytes() {
    return spill == null ? 0 : spill.size();
  }

  Collection<Entry> entries() {
    return entries.values();
  }

  /** Replaces the cache with {@code files}, as listed by {@link SourceScanner}; returns how many were parsed. */
  int loadAll(List<Path> files) {
    entries.clear();
    return refresh(files, Set.of());
  }

  /**
   * Brings the cache up to date with {@code hints}, paths that may have changed: files that are
   * gone (or hidden now) are dropped, folders are scanned, and files are parsed again only when
   * their bytes differ. Returns how many files were parsed.
   */
  int update(Collection<Path> hints) {
    List<Path> candidates = new ArrayList<>();
    Set<Path> forced = new HashSet<>();
    for (Path hint : hints) {
      Path p = hint.toAbsolutePath().normalize();
      // A deleted or renamed folder produces one event for the folder, none for its files.
      entries.keySet().removeIf(k -> k.startsWith(p) && !isContentFile(k));
      if (isContentFile(p)) {
        candidates.add(p);
      } else if (Files.isDirectory(p) && p.startsWith(config.contentDir())) {
        SourceScanner.scan(p).stream().filter(this::isContentFile).forEach(candidates::add);
      } else if (p.startsWith(config.contentDir()) && !isMarkdownName(p)) {
        // An image appeared, changed or went: a postmortem that refers to it renders differently
        // (picture or alt text) although its own bytes did not change. Images are referenced
        // relative to the postmortem, beside it or below: parse those postmortems again.
        Path dir = p.getParent();
        for (Path k : entries.keySet()) {
          if (dir.startsWith(k.getParent())) forced.add(k);
        }
      }
    }
    candidates.addAll(forced);
    return refresh(candidates.stream().distinct().sorted().toList(), forced);
  }

  private static boolean isMarkdownName(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
  }

  /** Lists the content folder again and reconciles, for when the watcher lost events. */
  int rescan() {
    List<Path> files = SourceScanner.scan(config.contentDir());
    entries.keySet().retainAll(files);
    // Lost events may have been images: parse everything again, as a clean build would.
    return refresh(files, new HashSet<>(files));
  }

  /** Same rules as {@link SourceScanner}: {@code *.md}, no hidden or underscored part. */
  private boolean isContentFile(Path p) {
    Path dir = config.contentDir();
    if (!p.startsWith(dir) || p.equals(dir)) return false;
    for (Path part : dir.relativize(p)) {
      String s = part.toString();
      if (s.startsWith(".") || s.startsWith("_")) return false;
    }
    return isMarkdownName(p) && Files.isRegularFile(p);
  }

  /** Reads {@code files}, parsing those whose bytes changed and every one in {@code force}. */
  private int refresh(List<Path> files, Set<Path> force) {
    AtomicInteger done = new AtomicInteger();
    AtomicInteger parsed = new AtomicInteger();
    Entry[] out = new Entry[files.size()];
    // Each file has its own Diagnostics: no shared lock on the per-document path.
    IntStream.range(0, files.size()).parallel().forEach(i -> {
      out[i] = read(files.get(i), force.contains(files.get(i)), parsed);
      progress.update("parse", done.incrementAndGet(), files.size());
    });
    for (int i = 0; i < out.length; i++) entries.put(files.get(i), out[i]);
    return parsed.get();
  }

  private Entry read(Path file, boolean force, AtomicInteger parsed) {
    Diagnostics d = new Diagnostics();
    // The size limit is checked before reading, so a huge file costs nothing.
    Optional<SourceFile> source = io.github.pmkb.content.SourceGuard.withinLimit(file,
        SourceReader.relative(config.root(), file), config.maxFileSize(), d)
        ? SourceReader.read(config.root(), file, d)
        : Optional.empty();
    Entry previous = entries.get(file);
    if (!force && source.isPresent() && previous != null && previous.sha256().equals(source.get().sha256())) {
      return previous;
    }
    parsed.incrementAndGet();
    Optional<ParsedDoc> doc = source.flatMap(f -> parser.parse(f, d));
    Optional<Postmortem> pm = doc.map(p -> Extractor.extract(p, d));
    SpillFile to = spill();
    return new Entry(source.map(SourceFile::sha256).orElse(""), pm.map(p -> p.withBody(to.put(p.body().utf8()))),
        doc.map(p -> new Parsed(p.source().relPath(), p.source().absPath(),
            to.put(p.source().text().getBytes(StandardCharsets.UTF_8)), p.resources())),
        d.list());
  }

  private synchronized SpillFile spill() {
    if (spill == null) spill = SpillFile.create(config.root().resolve("target").resolve("pmkb-cache"));
    return spill;
  }
}
