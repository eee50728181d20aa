package org.x.pmkb;

import org.x.pmkb.cli.Cli;

/** Entry point of the {@code pmkb} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.run(args));
  }
}
