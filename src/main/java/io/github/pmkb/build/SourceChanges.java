package io.github.pmkb.build;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed in a knowledge base since the last build: the change set a {@link BuildSession} run
 * takes through its stages. A clean build is {@link #everything()}.
 *
 * @param config {@code site.properties} changed: everything is rebuilt
 * @param templates a theme or site template changed: every page is re-rendered
 * @param assets a static file of the theme or the site changed: static files are copied again
 * @param rescan the watcher lost events: every content file is listed and hashed again
 * @param content changed content paths (files or folders, existing or deleted)
 */
public record SourceChanges(boolean config, boolean templates, boolean assets, boolean rescan, Set<Path> content) {
  public SourceChanges {
    content = Set.copyOf(new TreeSet<>(content));
  }

  /** Everything: what a clean build applies (the configuration is read again, and all that follows from it). */
  public static SourceChanges everything() {
    return new SourceChanges(true, true, true, true, Set.of());
  }

  /** Nothing changed. */
  public static SourceChanges none() {
    return new SourceChanges(false, false, false, false, Set.of());
  }

  /** The templates changed: every page is rendered again. */
  public static SourceChanges templatesChanged() {
    return new SourceChanges(false, true, false, false, Set.of());
  }

  public static SourceChanges ofContent(Path... paths) {
    return new SourceChanges(false, false, false, false, Set.of(paths));
  }

  /** Both sets of changes, as one. */
  public SourceChanges plus(SourceChanges other) {
    Set<Path> both = new TreeSet<>(content);
    both.addAll(other.content);
    return new SourceChanges(config || other.config, templates || other.templates, assets || other.assets,
        rescan || other.rescan, both);
  }

  public boolean isEmpty() {
    return !config && !templates && !assets && !rescan && content.isEmpty();
  }
}
