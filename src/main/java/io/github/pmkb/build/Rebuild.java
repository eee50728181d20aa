package io.github.pmkb.build;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import io.github.pmkb.diag.Diagnostic;

/**
 * The outcome of one {@link BuildSession#update}, or of one phase of it: what was redone and what
 * the site's problems are now (all of them, not only those of the changed files, so a fixed file
 * clears its error).
 *
 * @param full everything was rebuilt (first build, configuration change, or recovery)
 * @param reparsed content files parsed and extracted again
 * @param rendered output paths rendered and written, in plan order
 * @param deleted output paths removed because their page no longer exists
 * @param stages wall time of each step, in order
 * @param written the site on disk reflects the sources (false after a configuration or template
 *     error, when the previous pages stay)
 * @param phase whether this is a whole update or one of its two phases
 */
public record Rebuild(boolean full, int reparsed, List<String> rendered, List<String> deleted,
    List<Diagnostic> diagnostics, Duration elapsed, boolean written, Map<String, Duration> stages, Phase phase) {

  /** How much of an update a {@link Rebuild} covers. */
  public enum Phase {
    /** The whole update: the folder now equals a clean build of the sources. */
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
  }

  /** A whole update ({@link Phase#ALL}). */
  public Rebuild(boolean full, int reparsed, List<String> rendered, List<String> deleted,
      List<Diagnostic> diagnostics, Duration elapsed, boolean written, Map<String, Duration> stages) {
    this(full, reparsed, rendered, deleted, diagnostics, elapsed, written, stages, Phase.ALL);
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
    LinkedHashSet<String> deleted = new LinkedHashSet<>(preview.deleted);
    deleted.removeAll(rest.rendered);
    deleted.addAll(rest.deleted);
    Map<String, Duration> stages = new LinkedHashMap<>();
    preview.stages.forEach((k, v) -> stages.put("preview:" + k, v));
    stages.putAll(rest.stages);
    return new Rebuild(preview.full || rest.full, preview.reparsed + rest.reparsed, List.copyOf(rendered),
        List.copyOf(deleted), rest.diagnostics, preview.elapsed.plus(rest.elapsed), preview.written && rest.written,
        stages, Phase.ALL);
  }
}
