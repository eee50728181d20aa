package org.x.pmkb.site;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.x.pmkb.diag.Diagnostic;

/**
 * The outcome of one {@link BuildSession#update}: what was redone and what the site's problems are
 * now (all of them, not only those of the changed files, so a fixed file clears its error).
 *
 * @param full everything was rebuilt (first build, configuration change, or recovery)
 * @param reparsed content files parsed and extracted again
 * @param rendered output paths rendered and written, in plan order
 * @param deleted output paths removed because their page no longer exists
 * @param stages wall time of each step, in order
 * @param written the site on disk reflects the sources (false after a configuration or template
 *     error, when the previous pages stay)
 */
public record Rebuild(boolean full, int reparsed, List<String> rendered, List<String> deleted,
    List<Diagnostic> diagnostics, Duration elapsed, boolean written, Map<String, Duration> stages) {
  public Rebuild {
    stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    rendered = List.copyOf(rendered);
    deleted = List.copyOf(deleted);
    diagnostics = List.copyOf(diagnostics);
  }

  public long errors() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }
}
