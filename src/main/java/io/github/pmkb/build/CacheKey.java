package io.github.pmkb.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import io.github.pmkb.fs.Sha256;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import io.github.pmkb.config.SiteConfig;

/**
 * What a cached read depends on besides the file's own bytes: the cache's format, pmkb's code
 * (the jar's entries with their CRCs, among them the manifest, which names every library's version; or, run from classes, every class
 * file's name, size and time), the Java version (its Unicode tables decide what a letter is), the
 * knowledge base's place and its {@code site.properties} (content folder, raw HTML, size limit,
 * JBake settings). Any difference gives another key, and a cache under another key is not read.
 */
final class CacheKey {
  private static volatile String code;

  private CacheKey() {}

  static String of(SiteConfig config, int format) {
    MessageDigest md = Sha256.digest();
    line(md, "format " + format);
    line(md, "code " + code());
    line(md, "java " + System.getProperty("java.version"));
    line(md, "root " + config.root().toAbsolutePath().normalize());
    line(md, "content " + config.contentDir().toAbsolutePath().normalize());
    Path props = config.propertiesFile();
    try {
      if (props != null && Files.isRegularFile(props)) line(md, "properties " + Sha256.hex(Files.readAllBytes(props)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + props, e);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** A digest of the code this JVM runs pmkb from, computed once. */
  static String code() {
    String c = code;
    if (c == null) {
      c = codeDigest();
      code = c;
    }
    return c;
  }

  private static String codeDigest() {
    CodeSource source = CacheKey.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) return "unknown";
    try {
      Path where = Path.of(source.getLocation().toURI());
      MessageDigest md = Sha256.digest();
      if (Files.isRegularFile(where)) {
        // The jar's central directory: every entry's name, size and CRC-32, read from its end
        // rather than hashing the whole jar on every start.
        try (ZipFile jar = new ZipFile(where.toFile())) {
          for (ZipEntry e : java.util.Collections.list(jar.entries())) {
            line(md, e.getName() + " " + e.getSize() + " " + Long.toHexString(e.getCrc()));
          }
        }
      } else {
        List<Path> classes;
        try (Stream<Path> walk = Files.walk(where)) {
          classes = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : classes) {
          line(md, where.relativize(p) + " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis());
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // No way to tell one build of pmkb from another: a key no later run can match.
      return "unknown " + System.nanoTime();
    }
  }

  static void line(MessageDigest md, String s) {
    md.update(s.getBytes(StandardCharsets.UTF_8));
    md.update((byte) '\n');
  }

}
