package io.github.pmkb.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.fs.Sha256;
import io.github.pmkb.plan.PageSpec;
import io.github.pmkb.plan.ViewDigest;

/**
 * The build cache's record of the site on disk: for each page, the {@link ViewDigest} of what it
 * was rendered from and the file it became (size, modification time, file key), kept in {@code
 * target/pmkb-cache/views-<output>.bin}, one per output folder (so {@code pmkb serve}'s site
 * and {@code pmkb build}'s keep theirs). A clean build in a new JVM then links a page from the previous
 * site instead of rendering it when its digest is the recorded one and the file is still the one
 * recorded; anything else (another pmkb, Java, configuration, template or output folder, a file
 * another build or an editor replaced) renders the page as if there were no record.
 */
final class ViewRecord {
  static final int FORMAT = 3;
  private static final String MAGIC = "pmkb view record";

  /**
   * One page as recorded: its digest, and the file's size, modification time, file key and
   * change time (-1 where the file system has none). No user tool can set the change time back,
   * so a file rewritten in place with its old size and time still differs.
   */
  record Entry(byte[] digest, long size, long modifiedNanos, String fileKey, long changedNanos) {
    /** Whether {@code a} is this file; its change time is compared unless {@code changed} is null. */
    boolean describes(BasicFileAttributes a, Long changed) {
      // Without a file key (Windows) a file replaced by another cannot be told apart: never kept.
      return a.isRegularFile() && a.fileKey() != null && a.size() == size
          && a.lastModifiedTime().to(TimeUnit.NANOSECONDS) == modifiedNanos && fileKey.equals(a.fileKey().toString())
          && (changed == null || changed == changedNanos);
    }
  }

  private final Path file;
  private final String key;
  private final Map<String, Entry> entries;
  private final SiteConfig config;
  private final Path output;
  private final String baseUrl;

  private ViewRecord(Path file, String key, Map<String, Entry> entries, SiteConfig config, Path output, String baseUrl) {
    this.file = file;
    this.key = key;
    this.entries = entries;
    this.config = config;
    this.output = output;
    this.baseUrl = baseUrl;
  }

  /**
   * The record under {@code cacheDir} for a site built with {@code config} into {@code output};
   * empty when there is none, it is unreadable or it was written under another key; null when
   * its key cannot be made (the build then runs as without the cache).
   */
  static ViewRecord open(Path cacheDir, SiteConfig config, Path output, String baseUrl) {
    Path file = fileOf(cacheDir, output);
    String key;
    try {
      key = key(config, output, baseUrl);
    } catch (RuntimeException e) {
      return null;
    }
    Map<String, Entry> entries = new HashMap<>();
    if (Files.isRegularFile(file)) {
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
        if (in.readUTF().equals(MAGIC) && in.readUTF().equals(key)) {
          int count = in.readInt();
          for (int i = 0; i < count; i++) {
            String path = in.readUTF();
            byte[] digest = in.readNBytes(ViewDigest.BYTES);
            entries.put(path, new Entry(digest, in.readLong(), in.readLong(), in.readUTF(), in.readLong()));
          }
        }
      } catch (IOException | RuntimeException e) {
        entries.clear(); // a damaged record counts as none
      }
    }
    return new ViewRecord(file, key, entries, config, output, baseUrl);
  }

  /** How many pages the record holds. */
  int size() {
    return entries.size();
  }

  /** Each page's {@link ViewDigest} by its path (null for a page without one), on every core. */
  static Map<String, byte[]> digests(Collection<PageSpec> pages) {
    List<PageSpec> list = List.copyOf(pages);
    byte[][] out = new byte[list.size()][];
    ViewDigest.Memo memo = ViewDigest.memo();
    IntStream.range(0, list.size()).parallel().forEach(i -> out[i] = ViewDigest.of(list.get(i), memo));
    Map<String, byte[]> byPath = new HashMap<>();
    for (int i = 0; i < out.length; i++) byPath.put(list.get(i).outputPath(), out[i]);
    return byPath;
  }

  /**
   * Whether the page at {@code path} of {@code previous} (the site being replaced) was rendered
   * from {@code digest} and is still the file recorded. Checked again on the link made from it
   * ({@link #stillRecorded}): the file may be replaced in between.
   */
  boolean unchanged(String path, byte[] digest, Path previous) {
    Entry e = entries.get(path);
    if (e == null || digest == null || !Arrays.equals(e.digest(), digest)) return false;
    Path p = previous.resolve(path);
    try {
      return e.describes(Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS), changed(p));
    } catch (IOException ex) {
      return false;
    }
  }

  /**
   * Whether {@code linked}, a link made to the previous site's page at {@code path}, is still the
   * file recorded (its change time aside: making the link changed it).
   */
  boolean stillRecorded(String path, Path linked) {
    Entry e = entries.get(path);
    try {
      return e != null && e.describes(Files.readAttributes(linked, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS), null);
    } catch (IOException ex) {
      return false;
    }
  }

  /**
   * Records the pages of the site now in the output folder with their digests (pages without one
   * are left out), replacing the file atomically; a record that cannot be written, or whose
   * templates changed since {@link #open}, is deleted.
   */
  void save(Map<String, byte[]> digests) {
    // Pebble reads the templates when it first renders, after the key was taken: a template
    // saved in between may be in the pages, so they are recorded only under an unchanged key.
    Path tmp = null;
    try {
      if (!key.equals(key(config, output, baseUrl))) {
        deleteQuietly(file);
        return;
      }
      Files.createDirectories(file.getParent());
      // A name of its own: a serve session and a build may save at once.
      tmp = Files.createTempFile(file.getParent(), "views", ".tmp");
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
        out.writeUTF(MAGIC);
        out.writeUTF(key);
        List<Map.Entry<String, byte[]>> kept = digests.entrySet().stream().filter(e -> e.getValue() != null)
            .sorted(Map.Entry.comparingByKey()).toList();
        out.writeInt(kept.size());
        for (Map.Entry<String, byte[]> e : kept) {
          // Read after the previous site was deleted: unlinking a kept file changed its change time.
          Path p = output.resolve(e.getKey());
          BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          out.writeUTF(e.getKey());
          out.write(e.getValue());
          out.writeLong(a.size());
          out.writeLong(a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
          out.writeUTF(String.valueOf(a.fileKey()));
          out.writeLong(changed(p));
        }
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      deleteQuietly(tmp);
      deleteQuietly(file);
    }
  }

  /** Deletes the record under {@code cacheDir} of the site in {@code output}: its next build renders every page. */
  static void forget(Path cacheDir, Path output) {
    deleteQuietly(fileOf(cacheDir, output));
  }

  /** The file's change time in nanoseconds, or -1 where the file system does not give it. */
  private static long changed(Path p) {
    try {
      return ((FileTime) Files.getAttribute(p, "unix:ctime", LinkOption.NOFOLLOW_LINKS)).to(TimeUnit.NANOSECONDS);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      return -1;
    }
  }

  private static Path fileOf(Path cacheDir, Path output) {
    String name = Sha256.hex(output.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
    return cacheDir.resolve("views-" + name.substring(0, 16) + ".bin");
  }

  private static void deleteQuietly(Path p) {
    if (p == null) return;
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // A record left behind is checked file by file against the site before any use.
    }
  }

  /** What every recorded page depends on besides its digest: pmkb, Java, configuration, templates, output folder. */
  private static String key(SiteConfig config, Path output, String baseUrl) {
    MessageDigest md = Sha256.digest();
    CacheKey.line(md, "format " + FORMAT);
    CacheKey.line(md, "config " + CacheKey.of(config, FORMAT));
    CacheKey.line(md, "output " + output.toAbsolutePath().normalize());
    CacheKey.line(md, "base " + baseUrl);
    CacheKey.line(md, "override");
    templates(md, config.templateOverrideDir());
    for (Path dir : config.themeLayers().templateDirs()) {
      CacheKey.line(md, "layer " + dir.toUri());
      templates(md, dir);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * Every file under {@code dir} (on disk or in pmkb's jar), by name and bytes, in a fixed order;
   * linked folders are followed, as Pebble follows them.
   */
  private static void templates(MessageDigest md, Path dir) {
    if (!Files.isDirectory(dir)) return;
    try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        CacheKey.line(md, dir.relativize(p).toString().replace('\\', '/'));
        CacheKey.line(md, Sha256.hex(Files.readAllBytes(p)));
      }
    } catch (IOException | UncheckedIOException e) {
      // Unreadable templates (a folder that cannot be listed, a link loop, a file gone while
      // walking): a key no later build matches, and the build goes on as without the cache.
      CacheKey.line(md, "unreadable " + System.nanoTime());
    }
  }
}
