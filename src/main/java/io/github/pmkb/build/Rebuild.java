package io.github.pmkb.build;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import io.github.pmkb.diag.Diagnostic;

/**
 * The outcome of one run of a {@link BuildSession}: what was redone and what the site's problems
 * are now (all of them, not only those of the changed files, so a fixed file clears its error).
 *
 * @param phase which part of the pipeline ran: a clean build, a whole update, or one of an
 *     update's two phases
 * @param reparsed content files parsed and extracted again
 * @param rendered output paths rendered and written, in plan order
 * @param changed those of {@code rendered} whose bytes on disk changed (an update leaves a page
 *     rendered again to the same bytes as it was), in plan order
 * @param deleted output paths removed because their page no longer exists
 * @param written the site on disk reflects the sources (false after a configuration or template
 *     error, when the previous pages stay)
 * @param stages wall and CPU time of each stage, in order
 */
public record Rebuild(Phase phase, int reparsed, List<String> rendered, List<String> deleted,
    List<Diagnostic> diagnostics, Duration elapsed, boolean written, Map<String, StageTime> stages,
    List<String> changed) {

  /** How much of the pipeline a {@link Rebuild} covers. */
  public enum Phase {
    /** A clean build: the configuration loaded again, every file read, every page written. */
    CLEAN,
    /** A whole update: the folder now equals a clean build of the sources. */
    ALL,
    /**
     * The fast path ({@link BuildSession#preview}): only the pages of the edited postmortems,
     * rendered against the previous index; the rest of the site follows.
     */
    PREVIEW,
    /** The rest after one or more previews ({@link BuildSession#finish}): index, lists, search. */
    REST
  }

  public Rebuild {
    stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    rendered = List.copyOf(rendered);
    deleted = List.copyOf(deleted);
    diagnostics = List.copyOf(diagnostics);
    changed = List.copyOf(changed);
  }

  /** A run whose every rendered page changed on disk (a clean build, or nothing rendered). */
  public Rebuild(Phase phase, int reparsed, List<String> rendered, List<String> deleted,
      List<Diagnostic> diagnostics, Duration elapsed, boolean written, Map<String, StageTime> stages) {
    this(phase, reparsed, rendered, deleted, diagnostics, elapsed, written, stages, rendered);
  }

  /** Whether everything was rebuilt (first build, configuration change, or recovery). */
  public boolean full() {
    return phase == Phase.CLEAN;
  }

  public long errors() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  /** Whether more of the update follows this one. */
  public boolean preview() {
    return phase == Phase.PREVIEW;
  }

  /**
   * A preview and the rest that followed it as one whole update: the pages written and deleted
   * by either, the later problems, the sum of times; the preview's stages are prefixed {@code
   * preview:}.
   */
  static Rebuild combine(Rebuild preview, Rebuild rest) {
    // What the rest did last wins: a page the preview wrote may be gone, and one it deleted back.
    LinkedHashSet<String> rendered = new LinkedHashSet<>(preview.rendered);
    rendered.removeAll(rest.deleted);
    rendered.addAll(rest.rendered);
    LinkedHashSet<String> changed = new LinkedHashSet<>(preview.changed);
    changed.removeAll(rest.deleted);
    changed.addAll(rest.changed);
    LinkedHashSet<String> deleted = new LinkedHashSet<>(preview.deleted);
    deleted.removeAll(rest.rendered);
    deleted.addAll(rest.deleted);
    Map<String, StageTime> stages = new LinkedHashMap<>();
    preview.stages.forEach((k, v) -> stages.put("preview:" + k, v));
    stages.putAll(rest.stages);
    return new Rebuild(Phase.ALL, preview.reparsed + rest.reparsed, List.copyOf(rendered), List.copyOf(deleted),
        rest.diagnostics, preview.elapsed.plus(rest.elapsed), preview.written && rest.written, stages,
        List.copyOf(changed));
  }
}
