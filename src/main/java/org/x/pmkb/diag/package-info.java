/**
 * Positions and diagnostics shared by every stage; depends on nothing.
 *
 * <p>Read {@link org.x.pmkb.diag.Diagnostic} first: every problem in a user's input becomes one,
 * with a 1-based {@link org.x.pmkb.diag.SourcePos}. Stages collect them in a per-file
 * {@link org.x.pmkb.diag.Diagnostics} and keep going; only the CLI decides the exit code.
 */
package org.x.pmkb.diag;
