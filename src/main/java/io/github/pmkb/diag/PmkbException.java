package io.github.pmkb.diag;

/**
 * A problem that stops the whole command (unreadable configuration, an output folder pmkb may not
 * replace). The CLI prints its message on one line and exits with {@link #exitCode()}.
 */
public final class PmkbException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  public PmkbException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public PmkbException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
