package io.github.pmkb.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import io.github.pmkb.config.ConfigLoader;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.content.SourceScanner;
import io.github.pmkb.model.Corpus;

/**
 * A knowledge base read up to the corpus, the way a build reads it (bodies in memory), for tests
 * of later stages (planning, export) that need a real corpus without running a whole build.
 */
public record LoadedSite(SiteConfig config, Corpus corpus) {
  /** Reads the configuration and every content file of {@code root}; drafts are left out. */
  public static LoadedSite of(Path root) {
    SiteConfig config = ConfigLoader.load(root).config().orElseThrow();
    PostmortemReader reader = PostmortemReader.of(config);
    List<PostmortemReader.Read> reads = SourceScanner.scan(config.contentDir()).stream().map(reader::read).toList();
    return new LoadedSite(config, CorpusAssembler.assemble(reads, false, new ArrayList<>()));
  }
}
