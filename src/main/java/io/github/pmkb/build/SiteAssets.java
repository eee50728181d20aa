package io.github.pmkb.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.output.SiteSink;
import io.github.pmkb.output.StaticFiles;

/**
 * The static files of a site, output path to source, in the order a clean build copies them:
 * the theme's, then the site's, then the images postmortems refer to (beside their page). A later
 * entry for the same path wins, as a later copy would.
 */
final class SiteAssets {
  private SiteAssets() {}

  /** The theme's and the site's own static files. */
  static Map<String, Path> listStatic(SiteConfig config) {
    Map<String, Path> out = new LinkedHashMap<>();
    config.themeLayers().staticFiles().forEach(out::put);
    StaticFiles.list(config.assetDir()).forEach(out::put);
    return out;
  }

  /** {@code staticFiles} and the images of the published postmortems. */
  static Map<String, Path> of(Map<String, Path> staticFiles, Corpus corpus, SourceCache sources, SiteConfig config) {
    Map<String, Path> out = new LinkedHashMap<>(staticFiles);
    Set<String> published = new HashSet<>();
    for (Postmortem p : corpus.postmortems()) published.add(p.sourcePath());
    for (SourceCache.Entry e : sources.entries()) {
      if (e.postmortem().isEmpty() || !published.contains(e.read().file())) continue;
      Path dir = e.file().getParent();
      for (String res : e.read().resources()) {
        Path file = config.root().resolve(res);
        out.put("incidents/" + dir.relativize(file).toString().replace('\\', '/'), file);
      }
    }
    return out;
  }

  /**
   * Copies the assets of {@code next} that {@code changes} may have touched (all of them when
   * {@code all}), and deletes those of {@code before} that are gone and not a page now.
   */
  static void copy(Map<String, Path> before, Map<String, Path> next, Set<String> pages, SourceChanges changes,
      boolean all, SiteSink sink) {
    for (Map.Entry<String, Path> a : next.entrySet()) {
      Path src = a.getValue();
      boolean touched = all || !src.equals(before.get(a.getKey()))
          || changes.content().stream().anyMatch(src::startsWith);
      if (touched && Files.isRegularFile(src)) copyOne(src, a.getKey(), sink);
    }
    for (String old : before.keySet()) {
      if (!next.containsKey(old) && !pages.contains(old)) sink.delete(old);
    }
  }

  /** Scripts and stylesheets go out compacted ({@link AssetCompactor}), any other file as it is. */
  private static void copyOne(Path src, String path, SiteSink sink) {
    boolean js = path.endsWith(".js");
    if (!js && !path.endsWith(".css")) {
      sink.copy(src, path);
      return;
    }
    try {
      String text = Files.readString(src, StandardCharsets.UTF_8);
      Optional<String> compact = js ? AssetCompactor.script(text) : AssetCompactor.stylesheet(text);
      sink.write(path, compact.orElse(text).getBytes(StandardCharsets.UTF_8));
    } catch (java.nio.charset.CharacterCodingException e) {
      sink.copy(src, path); // not UTF-8: not ours to read
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + src, e);
    }
  }
}
