package io.github.pmkb.serve;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Opens a URL in the user's browser with the platform's opener command. java.awt.Desktop would
 * pull AWT into a command-line tool and fails on headless machines, where this just reports false.
 */
public final class BrowserOpener {
  private BrowserOpener() {}

  /** Starts the opener; false when there is none or it cannot start. */
  public static boolean open(URI url) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    List<String> command;
    if (os.contains("mac")) command = List.of("open", url.toString());
    else if (os.contains("win")) command = List.of("rundll32", "url.dll,FileProtocolHandler", url.toString());
    else command = List.of("xdg-open", url.toString());
    try {
      new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
