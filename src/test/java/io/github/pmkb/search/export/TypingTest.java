package io.github.pmkb.search.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.build.BuildOptions;
import io.github.pmkb.build.SiteBuilder;
import io.github.pmkb.testing.Node;

/**
 * Search as you type on the example site (the repository's content/): no prefix of a word the
 * postmortems use goes blank or reads as a typo, including words whose stem the index conflates
 * with another ("resolution" is indexed as "resolv", which "resoluti" does not start).
 */
class TypingTest {
  @Test
  void everyPrefixOfAWordInTheTextFindsItQuietly(@TempDir Path tmp) throws Exception {
    assumeTrue(Node.find().isPresent(), "node is not installed: search as you type not checked");
    Path root = tmp.resolve("kb");
    copy(Path.of("content"), root.resolve("content"));
    Files.copy(Path.of("site.properties"), root.resolve("site.properties"));
    SiteBuilder.build(new BuildOptions(root, Optional.of(tmp.resolve("site")), Optional.empty(), false),
        SiteBuilder.Progress.NONE);
    Path search = tmp.resolve("site/search");
    String typed = Node.run("typing-dump.mjs", search.toString(), "resolution", "notifications", "assumption", "introduced");
    assertThat(typed.lines()).hasSize(7 + 10 + 7 + 7).allSatisfy(l -> assertThat(l).matches(".* -> [1-9]\\d* \\[\\]"));
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path t = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) Files.createDirectories(t);
        else Files.copy(f, t);
      }
    }
  }
}
