package io.github.pmkb.diag;

import java.util.Comparator;
import java.util.Optional;

/**
 * One problem found in the user's input, printed as {@code file:line:col: level[CODE]: message}.
 *
 * @param code a stable identifier such as {@code FM001}, so users can search for it
 * @param hint what to do about it, printed on the next line when present
 */
public record Diagnostic(Level level, String code, String message, SourcePos at, Optional<String> hint) {

  /** Order used everywhere diagnostics are printed: by file, line, column, then code. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> d.at().file())
          .thenComparingInt(d -> d.at().line())
          .thenComparingInt(d -> d.at().column())
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    if (level == null || code == null || message == null || at == null || hint == null) {
      throw new IllegalArgumentException("diagnostic fields are required");
    }
  }

  public boolean isError() {
    return level == Level.ERROR;
  }

  /** The compiler-style line, without the hint. */
  public String format() {
    return at + ": " + level.word() + "[" + code + "]: " + message;
  }
}
