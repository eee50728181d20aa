package io.github.pmkb.cli;

import java.io.PrintWriter;
import io.github.pmkb.build.SiteBuilder;

/**
 * A single self-overwriting progress line on an interactive terminal; silent when output is not
 * a terminal or under CI, so logs stay clean.
 */
final class ProgressLine implements SiteBuilder.Progress {
  private final PrintWriter err;
  private long lastPrinted;
  private boolean dirty;

  private ProgressLine(PrintWriter err) {
    this.err = err;
  }

  static SiteBuilder.Progress forTerminal(PrintWriter err, boolean quiet) {
    boolean tty = System.console() != null && System.getenv("CI") == null;
    return quiet || !tty ? SiteBuilder.Progress.NONE : new ProgressLine(err);
  }

  @Override
  public synchronized void update(String stage, int done, int total) {
    long now = System.nanoTime();
    // A few updates a second are enough; printing each of 10k files would slow the build.
    if (done != total && now - lastPrinted < 100_000_000L) return;
    lastPrinted = now;
    err.print("\r" + stage + " " + done + "/" + total + "   ");
    err.flush();
    dirty = true;
  }

  /** Clears the line before the summary is printed. */
  synchronized void clear() {
    if (dirty) {
      err.print("\r" + " ".repeat(40) + "\r");
      err.flush();
    }
  }
}
