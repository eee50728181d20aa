package io.github.pmkb.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}: an output compared byte for byte, so any
 * change to it is seen in review. {@code -Dpmkb.golden.update=true} rewrites them after an
 * intended change; a missing golden file fails rather than passes.
 */
public final class Golden {
  private Golden() {}

  public static void assertMatches(String actual, String name) {
    Path golden = SiteFixture.repoRoot().resolve("src/test/resources/golden").resolve(name);
    try {
      if (Boolean.getBoolean("pmkb.golden.update")) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertThat(golden).as("golden file %s; create it with -Dpmkb.golden.update=true", name).exists();
      assertThat(actual).as(name).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
