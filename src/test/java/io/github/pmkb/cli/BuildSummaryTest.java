package io.github.pmkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import io.github.pmkb.build.BuildResult;

/** The build's last line: what was written, and what was left out on purpose. */
class BuildSummaryTest {
  private static BuildResult result(int incidents, int drafts) {
    return new BuildResult(Path.of("out"), true, 12, incidents, List.of(), Map.of(), Duration.ofMillis(1500), drafts);
  }

  @Test
  void countsTakeTheirNounInTheRightNumber() {
    assertThat(BuildCommand.summary(result(1, 0))).isEqualTo("pmkb: 12 pages (1 incident), 0 errors, 0 warnings in 1.50 s -> out");
    assertThat(BuildCommand.summary(result(3, 0))).contains("(3 incidents)");
  }

  @Test
  void draftsLeftOutAreCountedWithTheWayToShowThem() {
    assertThat(BuildCommand.summary(result(3, 2))).endsWith("-> out; 2 drafts not published (--drafts shows them)");
    assertThat(BuildCommand.summary(result(3, 1))).endsWith("; 1 draft not published (--drafts shows them)");
  }
}
