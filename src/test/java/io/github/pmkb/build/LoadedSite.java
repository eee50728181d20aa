package io.github.pmkb.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import io.github.pmkb.config.ConfigLoader;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.content.SourceScanner;
import io.github.pmkb.model.Corpus;

/**
 * A knowledge base read up to the corpus, the way a build reads it, for tests of later stages
 * (planning, export) that need a real corpus without running a whole build.
 *
 * @param sourceTexts source text by slug, as the index reads it
 */
public record LoadedSite(SiteConfig config, Corpus corpus, Map<String, String> sourceTexts) {
  /** Reads the configuration and every content file of {@code root}; drafts are left out. */
  public static LoadedSite of(Path root) {
    SiteConfig config = ConfigLoader.load(root).config().orElseThrow();
    SourceCache sources = new SourceCache(config, SiteBuilder.Progress.NONE);
    sources.loadAll(SourceScanner.scan(config.contentDir()));
    Corpus corpus = BuildSession.assemble(sources.entries(), false, new ArrayList<>());
    return new LoadedSite(config, corpus, LocalIndex.sourceTexts(sources.entries()));
  }
}
