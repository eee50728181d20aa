package io.github.pmkb;

import io.github.pmkb.cli.Cli;

/** Entry point of the {@code pmkb} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.run(args));
  }
}
