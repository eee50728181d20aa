/**
 * The {@code pmkb} command line (picocli): one class per subcommand, no pipeline logic. Maps
 * results to exit codes ({@link org.x.pmkb.cli.ExitCodes}) and prints diagnostics and summaries.
 */
package org.x.pmkb.cli;
