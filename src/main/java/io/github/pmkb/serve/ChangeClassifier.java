package io.github.pmkb.serve;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import io.github.pmkb.build.SourceChanges;
import io.github.pmkb.build.SourceLayout;
import io.github.pmkb.search.Synonyms;

/**
 * Maps changed paths to {@link ChangeKind}s and then to the {@link SourceChanges} a build session
 * takes. Paths outside the site's inputs (the output folder, editors' backup files outside
 * {@code content/}) map to nothing and trigger no rebuild.
 */
final class ChangeClassifier {
  private final SourceLayout layout;

  ChangeClassifier(SourceLayout layout) {
    this.layout = layout;
  }

  Optional<ChangeKind> classify(Path path) {
    Path p = path.toAbsolutePath().normalize();
    // The synonym list is read by the search export and by queries: a change redoes the whole site, as settings do.
    if (p.equals(layout.properties()) || p.equals(layout.root().resolve(Synonyms.FILE))) return Optional.of(ChangeKind.CONFIG);
    if (p.startsWith(layout.content())) return Optional.of(ChangeKind.CONTENT);
    if (p.startsWith(layout.templates()) || p.startsWith(layout.themeTemplates())) {
      return Optional.of(ChangeKind.TEMPLATES);
    }
    if (p.startsWith(layout.assets()) || p.startsWith(layout.themeStatic())) return Optional.of(ChangeKind.ASSETS);
    // The theme folder itself replaced (e.g. a checkout): its paths may all have changed.
    if (p.startsWith(layout.themes()) && (p.equals(layout.themes()) || layout.themeTemplates().startsWith(p))) {
      return Optional.of(ChangeKind.CONFIG);
    }
    return Optional.empty();
  }

  /** Whether the watcher should descend into {@code dir}: only folders that hold inputs. */
  boolean isWatched(Path dir) {
    Path p = dir.toAbsolutePath().normalize();
    return p.equals(layout.root()) || classify(p).isPresent() || isAncestorOfInput(p);
  }

  private boolean isAncestorOfInput(Path p) {
    for (Path input : new Path[] {layout.content(), layout.templates(), layout.assets(), layout.themes()}) {
      if (input.startsWith(p)) return true;
    }
    return false;
  }

  /** The changes for a batch of paths; {@code overflow} means events were lost. */
  SourceChanges changes(Collection<Path> paths, boolean overflow) {
    Set<ChangeKind> kinds = new HashSet<>();
    Set<Path> content = new HashSet<>();
    for (Path p : paths) {
      Optional<ChangeKind> k = classify(p);
      if (k.isEmpty()) continue;
      kinds.add(k.get());
      if (k.get() == ChangeKind.CONTENT) content.add(p.toAbsolutePath().normalize());
    }
    return new SourceChanges(kinds.contains(ChangeKind.CONFIG), kinds.contains(ChangeKind.TEMPLATES),
        kinds.contains(ChangeKind.ASSETS), overflow, content);
  }
}
