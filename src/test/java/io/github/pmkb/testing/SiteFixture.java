package io.github.pmkb.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Builds a knowledge base folder from one string, in the style of Hugo's txtar tests:
 *
 * <pre>
 * -- site.properties --
 * site.title=Test
 * -- content/a.md --
 * # A
 * </pre>
 *
 * The repository's default theme is copied in unless the fixture provides {@code themes/}.
 */
public final class SiteFixture {
  private SiteFixture() {}

  /** The repository root (tests run with the project folder as working directory). */
  public static Path repoRoot() {
    return Path.of("").toAbsolutePath();
  }

  public static Path write(Path dir, String txtar) {
    try {
      String[] parts = ("\n" + txtar).split("\n-- ");
      for (String part : parts) {
        if (part.isBlank()) continue;
        int end = part.indexOf(" --\n");
        if (end < 0) end = part.indexOf(" --");
        String name = part.substring(0, end).strip();
        String body = part.length() > end + 4 ? part.substring(end + 4) : "";
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, body, StandardCharsets.UTF_8);
      }
      if (!Files.exists(dir.resolve("themes"))) copyTree(repoRoot().resolve("themes"), dir.resolve("themes"));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** Deletes {@code dir} and everything below it, if it exists. */
  public static void deleteTree(Path dir) throws IOException {
    io.github.pmkb.fs.FileTree.delete(dir);
  }

  /** Every file below {@code dir} with its bytes, for byte-for-byte comparisons. */
  public static java.util.SortedMap<String, String> snapshot(Path dir) throws IOException {
    java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(p);
        out.put(dir.relativize(p).toString(), java.util.HexFormat.of().formatHex(
            sha256(bytes)));
      }
    }
    return out;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
