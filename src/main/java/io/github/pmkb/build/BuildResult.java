package io.github.pmkb.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import io.github.pmkb.diag.Diagnostic;

/**
 * The outcome of a build.
 *
 * @param output the site folder, written only when {@code written} is true
 * @param stages wall and CPU time of each stage, in pipeline order
 * @param drafts postmortems left out because they are drafts (none with {@code --drafts})
 */
public record BuildResult(Path output, boolean written, int pages, int incidents, List<Diagnostic> diagnostics,
    Map<String, StageTime> stages, Duration elapsed, int drafts) {

  public BuildResult {
    diagnostics = List.copyOf(diagnostics);
    stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
  }

  /** A result that left no draft out. */
  public BuildResult(Path output, boolean written, int pages, int incidents, List<Diagnostic> diagnostics,
      Map<String, StageTime> stages, Duration elapsed) {
    this(output, written, pages, incidents, diagnostics, stages, elapsed, 0);
  }

  public long errors() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public long warnings() {
    return diagnostics.size() - errors();
  }
}
