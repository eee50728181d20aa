package io.github.pmkb.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.content.SourceBytes;
import io.github.pmkb.model.StoredText;

/**
 * The build cache: every content file's outcome ({@link PostmortemReader.Read}: the postmortem,
 * its bodies, its diagnostics) kept on disk under {@code target/pmkb-cache/reads}, so a build in
 * a new JVM parses only the files whose bytes changed. {@code pmkb build} and {@code pmkb serve}
 * both read it and bring it up to date after parsing.
 *
 * <p>Layout: packs ({@code *.pack}, {@link BodyStore}s that stay), each written by one session
 * with the bodies and the encoded reads ({@link RecordCodec}) of the files it parsed, and one
 * index ({@code index.bin}, replaced whole and atomically) naming, per file, the sha256 of its
 * bytes and where its read is. A pack is never changed once another session may read it, so a
 * session reads its texts while others write theirs; packs no index names any more are deleted.
 * Packs written for one edit each are copied into the current one when there are more than
 * {@link #MAX_PACKS}.
 *
 * <p>A read is reused when the file's path and bytes are those cached, under the same {@link
 * CacheKey} (pmkb, Java, configuration), and nothing it could refer to changed: the other files of
 * the content folder (images, symbolic links) are listed in the index; when that list differs,
 * files whose text names a file that came or went are parsed again, and all of them when a
 * symbolic link changed. Anything unreadable (a damaged index or pack, another format) counts as
 * no cache: the build parses the file, never fails for the cache.
 */
final class ReadCache implements AutoCloseable {
  static final int FORMAT = 1;
  static final int MAX_PACKS = 4;
  private static final String MAGIC = "pmkb read cache";
  private static final String INDEX = "index.bin";
  /** Unnamed packs younger than this may belong to a build running now. */
  private static final Duration ORPHAN_AGE = Duration.ofMinutes(10);

  /** Where one file's read is. */
  record Ref(String pack, long offset, int length, String sha256) {}

  /** A read found in the cache, and where. */
  record Hit(PostmortemReader.Read read, Ref ref) {}

  /**
   * What a look-up found: a hit, or else the file's bytes and their sha256 when it read them (not
   * when it did not get that far), so that parsing the file does not read and hash it again.
   */
  record Lookup(Optional<Hit> hit, Optional<SourceBytes> bytes) {
    static final Lookup NONE = new Lookup(Optional.empty(), Optional.empty());
  }

  private final Path dir;
  private final String key;
  private final Path root;
  private final long maxFileSize;
  private final Map<String, Ref> cached;
  private final List<String> surroundings;
  /** Names of files under content/ that came or went since the cache was written. */
  private final Set<String> nearby;
  private final Map<String, BodyStore> packs = new ConcurrentHashMap<>();
  private final BodyStore own;
  private final String ownName;

  private ReadCache(Path dir, String key, SiteConfig config, Map<String, Ref> cached, List<String> surroundings,
      Set<String> nearby, BodyStore own) {
    this.dir = dir;
    this.key = key;
    this.root = config.root().toAbsolutePath().normalize();
    this.maxFileSize = config.maxFileSize();
    this.cached = cached;
    this.surroundings = surroundings;
    this.nearby = nearby;
    this.own = own;
    this.ownName = own.file().getFileName().toString();
    packs.put(ownName, own);
  }

  /**
   * Opens the cache in {@code dir} for {@code config}'s knowledge base, with a new pack for this
   * session's texts; empty when no pack can be written there (the build then keeps bodies in a
   * scratch file and caches nothing).
   */
  static Optional<ReadCache> open(Path dir, SiteConfig config) {
    return open(dir, config, Surroundings.list(config));
  }

  /** {@link #open(Path, SiteConfig)} with the content folder's other files already listed ({@link Surroundings}). */
  static Optional<ReadCache> open(Path dir, SiteConfig config, List<String> now) {
    String key = CacheKey.of(config, FORMAT);
    Map<String, Ref> cached = new HashMap<>();
    Set<String> nearby = Set.of();
    Index index = Index.read(dir.resolve(INDEX));
    if (index != null && index.key().equals(key)) {
      Optional<Set<String>> changed = Surroundings.changedNames(index.surroundings(), now);
      if (changed.isPresent()) {
        cached = index.entries();
        nearby = changed.get();
      }
    }
    try {
      String name = Long.toHexString(System.currentTimeMillis()) + "-"
          + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".pack";
      return Optional.of(new ReadCache(dir, key, config, cached, now, nearby, BodyStore.createPack(dir.resolve(name))));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Where this session's texts go. */
  BodyStore store() {
    return own;
  }

  /** The cached read of {@code file} if its bytes are those cached and nothing near it changed. */
  Lookup lookup(Path file) {
    String rel = relative(file);
    Ref ref = cached.get(rel);
    if (ref == null) return Lookup.NONE;
    Optional<SourceBytes> read = Optional.empty();
    try {
      if (Files.isSymbolicLink(file) || Files.size(file) > maxFileSize) return Lookup.NONE;
      SourceBytes bytes = SourceBytes.of(Files.readAllBytes(file));
      read = Optional.of(bytes);
      if (!bytes.sha256().equals(ref.sha256())) return new Lookup(Optional.empty(), read);
      if (!nearby.isEmpty() && Surroundings.mentionsAny(bytes.bytes(), nearby)) return new Lookup(Optional.empty(), read);
      return new Lookup(Optional.of(new Hit(decode(ref), ref)), Optional.empty());
    } catch (IOException | RuntimeException e) {
      return new Lookup(Optional.empty(), read);
    }
  }

  private PostmortemReader.Read decode(Ref ref) throws IOException {
    BodyStore pack = pack(ref.pack());
    return (PostmortemReader.Read) RecordCodec.decode(pack.read(ref.offset(), ref.length()), texts(pack));
  }

  /**
   * Writes the reads of {@code entries} not yet in this cache into this session's pack and
   * replaces the index with the entries; reads from too many small packs move into this one.
   * A read that cannot be encoded is left out (its file is parsed next time).
   */
  void commit(Collection<SourceCache.Entry> entries, BiConsumer<SourceCache.Entry, Ref> placed) {
    Map<String, Ref> next = new LinkedHashMap<>();
    Map<String, Integer> perPack = new HashMap<>();
    for (SourceCache.Entry e : entries) {
      if (e.ref() != null) perPack.merge(e.ref().pack(), 1, Integer::sum);
    }
    // Keep the largest older pack; fold the others into this session's pack once they are many.
    String largest = perPack.entrySet().stream().filter(x -> !x.getKey().equals(ownName))
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(null);
    boolean fold = perPack.keySet().stream().filter(p -> !p.equals(ownName)).count() > MAX_PACKS;
    for (SourceCache.Entry e : entries) {
      Ref ref = e.ref();
      if (ref == null || fold && !ref.pack().equals(ownName) && !ref.pack().equals(largest)) {
        if (!cacheable(e.read())) continue;
        try {
          byte[] meta = RecordCodec.encode(e.read(), texts(own));
          ref = new Ref(ownName, own.append(meta), meta.length, e.sha256());
          placed.accept(e, ref);
        } catch (RecordCodec.Unsupported | java.io.UncheckedIOException x) {
          continue;
        }
      }
      next.put(relative(e.file()), ref);
    }
    try {
      new Index(key, surroundings, next).write(dir.resolve(INDEX));
      deleteUnnamed(next);
    } catch (IOException | RuntimeException x) {
      // The cache is an optimisation: a build that cannot write it still succeeds.
    }
  }

  /** A read whose outcome may depend on more than the file: a parser that ran out of stack or memory. */
  private static boolean cacheable(PostmortemReader.Read read) {
    return !read.sha256().isEmpty() && read.diagnostics().stream().noneMatch(d -> d.code().equals("SRC006"));
  }

  private void deleteUnnamed(Map<String, Ref> next) throws IOException {
    Set<String> named = new java.util.HashSet<>();
    next.values().forEach(r -> named.add(r.pack()));
    Instant old = Instant.now().minus(ORPHAN_AGE);
    try (DirectoryStream<Path> list = Files.newDirectoryStream(dir, "*.pack")) {
      for (Path p : list) {
        String name = p.getFileName().toString();
        if (named.contains(name) || name.equals(ownName)) continue;
        // A pack the last index named was replaced by this one; an unnamed young one may be a running build's.
        FileTime t = Files.getLastModifiedTime(p);
        if (cached.values().stream().anyMatch(r -> r.pack().equals(name)) || t.toInstant().isBefore(old)) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private BodyStore pack(String name) throws IOException {
    BodyStore p = packs.get(name);
    if (p != null) return p;
    if (name.contains("/") || name.contains("\\") || !name.endsWith(".pack")) throw new IOException("bad pack " + name);
    synchronized (packs) {
      p = packs.get(name);
      if (p == null) {
        p = BodyStore.openPack(dir.resolve(name));
        packs.put(name, p);
      }
      return p;
    }
  }

  /** Texts of one pack: written into it (copied when they live elsewhere), read from it. */
  private static RecordCodec.Texts texts(BodyStore pack) {
    return new RecordCodec.Texts() {
      @Override
      public long place(StoredText text) {
        long at = pack.offsetOf(text);
        return at >= 0 ? at : pack.append(text.utf8());
      }

      @Override
      public StoredText at(long offset, int length, byte[] digest) {
        return pack.at(offset, length, digest);
      }
    };
  }

  private String relative(Path file) {
    return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /** Closes the packs; this session's pack stays on disk for later builds (unless empty). */
  @Override
  public void close() {
    for (BodyStore p : packs.values()) p.close();
    try {
      if (own.size() == 0) Files.deleteIfExists(own.file());
    } catch (IOException e) {
      // left for the next build's clean-up
    }
  }

  /** The index file: key, the content folder's other files, and where each file's read is. */
  private record Index(String key, List<String> surroundings, Map<String, Ref> entries) {
    static Index read(Path file) {
      if (!Files.isRegularFile(file)) return null;
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
        if (!in.readUTF().equals(MAGIC) || in.readInt() != FORMAT) return null;
        String key = in.readUTF();
        List<String> around = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) around.add(in.readUTF());
        List<String> packs = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) packs.add(in.readUTF());
        Map<String, Ref> entries = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
          String rel = in.readUTF();
          entries.put(rel, new Ref(packs.get(in.readInt()), in.readLong(), in.readInt(), in.readUTF()));
        }
        return new Index(key, around, entries);
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }

    void write(Path file) throws IOException {
      List<String> packs = entries.values().stream().map(Ref::pack).distinct().sorted().toList();
      Map<String, Integer> packNo = new HashMap<>();
      for (String p : packs) packNo.put(p, packNo.size());
      Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(key);
        out.writeInt(surroundings.size());
        for (String s : surroundings) out.writeUTF(s);
        out.writeInt(packs.size());
        for (String p : packs) out.writeUTF(p);
        out.writeInt(entries.size());
        for (Map.Entry<String, Ref> e : entries.entrySet()) {
          out.writeUTF(e.getKey());
          out.writeInt(packNo.get(e.getValue().pack()));
          out.writeLong(e.getValue().offset());
          out.writeInt(e.getValue().length());
          out.writeUTF(e.getValue().sha256());
        }
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
