package io.github.pmkb.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import io.github.pmkb.diag.PmkbException;

/**
 * The default theme as shipped inside pmkb's jar (the build copies {@code themes/} into the
 * classpath), so {@code pmkb init} and {@code pmkb new} work outside this repository.
 */
final class BuiltInTheme {
  static final String ROOT = "/io/github/pmkb/themes/default";

  private BuiltInTheme() {}

  static String read(String relPath) {
    try (InputStream in = BuiltInTheme.class.getResourceAsStream(ROOT + "/" + relPath)) {
      if (in == null) throw new PmkbException(3, "the built-in theme has no " + relPath);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies every file of the built-in theme below {@code target}. */
  static void copyTo(Path target) {
    URL url = BuiltInTheme.class.getResource(ROOT);
    if (url == null) throw new PmkbException(3, "the built-in theme is missing from pmkb's jar");
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          copyTree(fs.getPath(ROOT), target);
        }
      } else {
        copyTree(Path.of(uri), target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.sorted().toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
  }
}
