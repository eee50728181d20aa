package io.github.pmkb.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.content.SourceScanner;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.model.Postmortem;

/**
 * The parse and extract stage with memory: one result per content file ({@link
 * PostmortemReader}, the door every command reads files through), keyed by path and by the sha256
 * of its bytes, so a rebuild parses only files whose bytes changed. Iteration is in path order,
 * the order {@link SourceScanner} gives, so assembling from the cache equals assembling from a
 * fresh scan. Bodies go to the {@link BodyStore} the session owns.
 */
final class SourceCache {
  /**
   * One file's outcome: a postmortem (unless unusable), the local files it refers to (copied
   * beside its page), its diagnostics; and where the build cache keeps it (null until it does).
   */
  record Entry(Path file, PostmortemReader.Read read, ReadCache.Ref ref) {
    String sha256() {
      return read.sha256();
    }

    Optional<Postmortem> postmortem() {
      return read.postmortem();
    }

    List<Diagnostic> diagnostics() {
      return read.diagnostics();
    }
  }

  private final SiteConfig config;
  private final PostmortemReader reader;
  private final SiteBuilder.Progress progress;
  private final TreeMap<Path, Entry> entries = new TreeMap<>();
  /** The build cache on disk, or null. */
  private final ReadCache cache;
  /** Whether entries were parsed since the cache was last written. */
  private boolean unsaved;

  SourceCache(SiteConfig config, BodyStore store, SiteBuilder.Progress progress) {
    this(config, store, null, progress);
  }

  /** @param cache the build cache to read from and write to; bodies then go to its pack, not {@code store} */
  SourceCache(SiteConfig config, BodyStore store, ReadCache cache, SiteBuilder.Progress progress) {
    this.config = config;
    this.progress = progress;
    this.cache = cache;
    BodyStore bodies = cache == null ? store : cache.store();
    this.reader = PostmortemReader.of(config, bodies::put);
  }

  /** Writes what was parsed since the last call into the build cache, if there is one. */
  void persist() {
    if (cache == null || !unsaved) return;
    Map<Path, ReadCache.Ref> placed = new HashMap<>();
    cache.commit(entries.values(), (e, ref) -> placed.put(e.file(), ref));
    placed.forEach((file, ref) -> entries.computeIfPresent(file, (f, e) -> new Entry(f, e.read(), ref)));
    unsaved = false;
  }

  Collection<Entry> entries() {
    return entries.values();
  }

  /** Every file's outcome, in path order. */
  List<PostmortemReader.Read> reads() {
    return entries.values().stream().map(Entry::read).toList();
  }

  /** Replaces the cache with {@code files}, as listed by {@link SourceScanner}; returns how many were parsed. */
  int loadAll(List<Path> files) {
    entries.clear();
    return refresh(files, Set.of(), cache != null);
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
      unsaved |= entries.keySet().removeIf(k -> k.startsWith(p) && !isContentFile(k));
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
    return refresh(candidates.stream().distinct().sorted().toList(), forced, false);
  }

  static boolean isMarkdownName(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
  }

  /** Lists the content folder again and reconciles, for when the watcher lost events. */
  int rescan() {
    List<Path> files = SourceScanner.scan(config.contentDir());
    unsaved |= entries.keySet().retainAll(files);
    // Lost events may have been images: parse everything again, as a clean build would.
    return refresh(files, new HashSet<>(files), false);
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

  /**
   * Reads {@code files}, parsing those whose bytes changed and every one in {@code force}; with
   * {@code fromCache}, files not read yet may come from the build cache. Only a load does that:
   * the cache checked the content folder's other files when it opened, not since.
   */
  private int refresh(List<Path> files, Set<Path> force, boolean fromCache) {
    AtomicInteger done = new AtomicInteger();
    AtomicInteger parsed = new AtomicInteger();
    Entry[] out = new Entry[files.size()];
    // Each file has its own Diagnostics: no shared lock on the per-document path.
    IntStream.range(0, files.size()).parallel().forEach(i -> {
      out[i] = read(files.get(i), force.contains(files.get(i)), fromCache, parsed);
      progress.update("parse", done.incrementAndGet(), files.size());
    });
    for (int i = 0; i < out.length; i++) {
      Entry before = entries.put(files.get(i), out[i]);
      unsaved |= out[i].ref() == null || before == null || !out[i].ref().equals(before.ref());
    }
    return parsed.get();
  }

  private Entry read(Path file, boolean force, boolean fromCache, AtomicInteger parsed) {
    Entry previous = entries.get(file);
    ReadCache.Lookup found = ReadCache.Lookup.NONE;
    if (previous == null && !force && fromCache) {
      found = cache.lookup(file);
      if (found.hit().isPresent()) return new Entry(file, found.hit().get().read(), found.hit().get().ref());
    }
    Optional<PostmortemReader.Read> read = reader.read(file, force || previous == null ? null : previous.sha256(),
        found.bytes());
    if (read.isEmpty()) return previous;
    parsed.incrementAndGet();
    return new Entry(file, read.get(), null);
  }
}
