package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.testing.SiteFixture;

/**
 * The incident page of one fixture, byte for byte, so any change to its HTML is seen in review.
 * Run with {@code -Dpmkb.golden.update=true} to rewrite the golden file after an intended change.
 */
class GoldenIncidentPageIT {
  static final Path GOLDEN = SiteFixture.repoRoot().resolve("src/test/resources/golden/incident-page.html");

  @TempDir Path tmp;

  @Test
  void incidentPageMatchesItsGoldenFile() throws IOException {
    Path src = SiteFixture.write(tmp.resolve("src"), """
        -- site.properties --
        site.title=Golden
        site.repo=https://github.com/org/kb
        -- content/2024/cache-stampede.md --
        ---
        title: Cache stampede after deploy
        date: 2024-02-03
        severity: SEV2
        services: [api, cache]
        tags: [cache, capacity]
        ---

        ## Summary

        A deploy flushed the cache and 30% of users saw errors for 25 minutes.

        ## Timeline

        All times UTC.

        - 10:00 - Deploy finishes; the incident begins.
        - 10:05 - Alert fires; detected by monitoring.
        - 10:20 - Cache warmed by hand; mitigated.
        - 10:25 - Error rate normal; resolved.

        ## Root cause

        The deploy cleared the shared cache, so every request went to the database at once.

        ## Action items

        - [ ] Warm the cache before switching traffic (owner: platform)
        - [x] Alert on cache hit ratio (owner: sre)

        Raw <b>bold</b> and <script>alert(1)</script> stay harmless.
        """);
    Path out = tmp.resolve("out");
    SiteBuilder.build(new BuildOptions(src, Optional.of(out), Optional.empty(), false), SiteBuilder.Progress.NONE);
    // The generator names pmkb's version, which changes with every release, not with the page.
    String actual = Files.readString(out.resolve("incidents/cache-stampede.html"), StandardCharsets.UTF_8)
        .replaceAll("pmkb [0-9A-Za-z.\\-]+", "pmkb VERSION");
    // Only an explicit update writes the file: a missing golden file must fail, not pass.
    if (Boolean.getBoolean("pmkb.golden.update")) Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    assertThat(GOLDEN).as("golden file; create it with -Dpmkb.golden.update=true").exists();
    assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }
}
