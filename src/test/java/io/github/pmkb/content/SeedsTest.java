package io.github.pmkb.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import io.github.pmkb.testing.SiteFixture;

/** The example content holds the five seed postmortems byte for byte. Skipped without ../shared. */
class SeedsTest {
  static final Path SEEDS = SiteFixture.repoRoot().resolve("../shared/seeds").normalize();

  @Test
  void everySeedIsInTheExampleContentUnchanged() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds not found: seed fixtures skipped");
    List<byte[]> content;
    try (Stream<Path> s = Files.walk(SiteFixture.repoRoot().resolve("content"))) {
      content = s.filter(Files::isRegularFile).map(SeedsTest::bytes).toList();
    }
    try (Stream<Path> seeds = Files.list(SEEDS)) {
      for (Path seed : seeds.sorted().toList()) {
        byte[] want = bytes(seed);
        assertThat(content).as(seed.getFileName().toString()).anySatisfy(c -> assertThat(c).isEqualTo(want));
      }
    }
  }

  private static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
