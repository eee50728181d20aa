package io.github.pmkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.build.Rebuild;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.diag.Level;
import io.github.pmkb.diag.SourcePos;

/** The one line {@code pmkb serve} prints per rebuild. */
class ServeLineTest {
  @Test
  void saysWhatChangedHowManyPagesAndHowLong() {
    Rebuild r = new Rebuild(Rebuild.Phase.ALL, 1, List.of("incidents/a.html", "index.html"),
        List.of("tags/x.html"), List.of(), Duration.ofMillis(42), true, Map.of());

    assertThat(ServeCommand.RebuildReport.line("content/a.md", r))
        .isEqualTo("pmkb: content/a.md changed: 2 pages re-rendered, 1 deleted in 42 ms");
  }

  @Test
  void countsErrorsAndSaysWhenPagesWereKept() {
    Diagnostic error = new Diagnostic(Level.ERROR, "TPL001", "broken", SourcePos.of("themes/default/templates/x.peb", 3),
        Optional.empty());
    Rebuild r = new Rebuild(Rebuild.Phase.ALL, 0, List.of(), List.of(), List.of(error), Duration.ofMillis(7), false,
        Map.of());

    assertThat(ServeCommand.RebuildReport.line("themes/default/templates/x.peb", r))
        .isEqualTo("pmkb: themes/default/templates/x.peb changed: 0 pages re-rendered in 7 ms (1 error); "
            + "pages kept from before");
  }

  @Test
  void anEditOfAPostmortemPrintsItsPreviewThenTheRest() {
    Rebuild preview = new Rebuild(Rebuild.Phase.PREVIEW, 1, List.of("incidents/a.html"), List.of(), List.of(),
        Duration.ofMillis(30), true, Map.of());
    Rebuild rest = new Rebuild(Rebuild.Phase.REST, 0, List.of("index.html", "tags/x.html"), List.of(), List.of(),
        Duration.ofMillis(2100), true, Map.of());

    assertThat(ServeCommand.RebuildReport.line("content/a.md", preview))
        .isEqualTo("pmkb: content/a.md changed: 1 page re-rendered in 30 ms; updating the rest of the site");
    assertThat(ServeCommand.RebuildReport.line("content/a.md", rest))
        .isEqualTo("pmkb: rest of the site updated for content/a.md: 2 pages re-rendered in 2100 ms");
  }

  @Test
  void anEditorsVanishedTemporaryFileIsNotCountedAsAChange(@TempDir Path root) throws Exception {
    Path post = Files.writeString(Files.createDirectories(root.resolve("content")).resolve("a.md"), "# A\n");
    Path gone = root.resolve("content/sedX1b2c3");
    Path deletedPost = root.resolve("content/b.md");

    assertThat(ServeCommand.RebuildReport.describe(root, List.of(gone, post))).isEqualTo("content/a.md");
    assertThat(ServeCommand.RebuildReport.describe(root, List.of(post, deletedPost)))
        .isEqualTo("content/a.md and 1 more");
  }
}
