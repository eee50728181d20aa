package io.github.pmkb.build;

import java.nio.file.Path;
import io.github.pmkb.config.SiteConfig;

/**
 * The inputs of a knowledge base a watcher must follow, resolved from its configuration, so that
 * {@code serve} can classify file events without reading {@code site.properties} itself.
 */
public record SourceLayout(Path root, Path properties, Path content, Path templates, Path themeTemplates,
    Path themeStatic, Path assets, Path themes) {

  static SourceLayout of(SiteConfig c) {
    return new SourceLayout(c.root(), c.propertiesFile(), c.contentDir(), c.templateOverrideDir(),
        c.themeTemplatesDir(), c.themeStaticDir(), c.assetDir(), c.root().resolve("themes"));
  }

  /** Before a configuration loads, the defaults are the best guess of what to watch. */
  static SourceLayout defaults(Path root) {
    Path theme = root.resolve("themes").resolve("default");
    return new SourceLayout(root, root.resolve("site.properties"), root.resolve("content"), root.resolve("templates"),
        theme.resolve("templates"), theme.resolve("static"), root.resolve("assets"), root.resolve("themes"));
  }
}
