package io.github.pmkb.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Collects diagnostics for one unit of work (one file, or the configuration).
 *
 * <p>Not thread-safe on purpose: each file gets its own collector, so parallel parsing never
 * contends on a lock, and the build merges them in {@link Diagnostic#ORDER} at the end.
 */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public void error(String code, String message, SourcePos at) {
    add(new Diagnostic(Level.ERROR, code, message, at, Optional.empty()));
  }

  public void error(String code, String message, SourcePos at, String hint) {
    add(new Diagnostic(Level.ERROR, code, message, at, Optional.ofNullable(hint)));
  }

  public void warning(String code, String message, SourcePos at) {
    add(new Diagnostic(Level.WARNING, code, message, at, Optional.empty()));
  }

  public void warning(String code, String message, SourcePos at, String hint) {
    add(new Diagnostic(Level.WARNING, code, message, at, Optional.ofNullable(hint)));
  }

  public void add(Diagnostic d) {
    items.add(d);
  }

  public void addAll(Collection<Diagnostic> ds) {
    items.addAll(ds);
  }

  public boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }

  /** A sorted, immutable copy. */
  public List<Diagnostic> list() {
    return items.stream().sorted(Diagnostic.ORDER).toList();
  }
}
