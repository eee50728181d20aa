/**
 * Positions and diagnostics shared by every stage; depends on nothing.
 *
 * <p>Read {@link io.github.pmkb.diag.Diagnostic} first: every problem in a user's input becomes one,
 * with a 1-based {@link io.github.pmkb.diag.SourcePos}. Stages collect them in a per-file
 * {@link io.github.pmkb.diag.Diagnostics} and keep going; only the CLI decides the exit code.
 */
package io.github.pmkb.diag;
