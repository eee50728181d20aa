/**
 * The {@code pmkb} command line (picocli): one class per subcommand, no pipeline logic. Maps
 * results to exit codes ({@link io.github.pmkb.cli.ExitCodes}) and prints diagnostics and summaries.
 */
package io.github.pmkb.cli;
