package io.github.pmkb.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a site's theme files come from: the site's own {@code themes/<name>/}, over the default
 * theme built into pmkb, file by file (as Hugo's theme lookup does). A site with no {@code
 * themes/} folder uses the built-in theme whole, so a fix to the theme reaches it with the next
 * pmkb; a site that wants another stylesheet adds only {@code themes/default/static/css/site.css}.
 * The site's {@code templates/} folder overrides both (see {@link SiteConfig#templateOverrideDir}).
 *
 * @param siteDir the site's {@code themes/<name>/}, which may not exist
 */
public record ThemeLayers(Path siteDir) {
  /** The built-in theme's folder on the class path; the build copies {@code themes/default} there. */
  static final String BUILT_IN = "/io/github/pmkb/themes/default";

  /**
   * The layers that exist, most specific first: the site's theme folder, then the built-in theme.
   */
  public List<Path> roots() {
    List<Path> out = new ArrayList<>();
    if (Files.isDirectory(siteDir)) out.add(siteDir);
    Path builtIn = builtIn();
    if (!out.contains(builtIn)) out.add(builtIn);
    return out;
  }

  /** Folders that may hold templates, most specific first. */
  public List<Path> templateDirs() {
    return roots().stream().map(r -> r.resolve("templates")).filter(Files::isDirectory).toList();
  }

  /** A theme file ({@code archetypes/postmortem.md}) from the most specific layer that has it. */
  public Optional<Path> file(String relPath) {
    return roots().stream().map(r -> r.resolve(relPath)).filter(Files::isRegularFile).findFirst();
  }

  /**
   * The theme's static files as output path to source, sorted by path: each path from the most
   * specific layer that has it.
   */
  public Map<String, Path> staticFiles() {
    java.util.TreeMap<String, Path> out = new java.util.TreeMap<>();
    List<Path> roots = new ArrayList<>(roots());
    java.util.Collections.reverse(roots);
    for (Path root : roots) out.putAll(list(root.resolve("static")));
    return new LinkedHashMap<>(out);
  }

  private static Map<String, Path> list(Path dir) {
    Map<String, Path> out = new LinkedHashMap<>();
    if (!Files.isDirectory(dir)) return out;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
        out.put(dir.relativize(f).toString().replace('\\', '/'), f);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /**
   * The built-in default theme's folder: a folder on disk when pmkb runs from its classes (tests,
   * an IDE), else a folder inside pmkb's jar, opened once and kept open (a zip file system reads
   * like any other: {@code Files.walk}, {@code Files.copy} and {@code Files.readString} work).
   */
  public static Path builtIn() {
    return BuiltIn.ROOT;
  }

  /** Holder: the jar's file system is opened on first use only. */
  private static final class BuiltIn {
    static final Path ROOT = locate();

    private static Path locate() {
      URL url = ThemeLayers.class.getResource(BUILT_IN);
      if (url == null) throw new IllegalStateException("the built-in theme is missing from pmkb's jar");
      try {
        URI uri = url.toURI();
        if (!"jar".equals(uri.getScheme())) return Path.of(uri);
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return fs.getPath(BUILT_IN);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open the built-in theme", e);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
