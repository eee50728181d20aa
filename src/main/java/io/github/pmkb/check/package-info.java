/**
 * Checks on a built site (links, assets, titles) and lints on content. Depends only on the model
 * and diagnostics.
 *
 * <p>{@link io.github.pmkb.check.ContentLint} lints extracted postmortems for {@code pmkb check}
 * (codes {@code CL001}-{@code CL006}); {@link io.github.pmkb.check.IncidentReport} is what
 * {@code pmkb inspect} shows of one file, with fixed JSON field names (written by {@link
 * io.github.pmkb.escape.Json}). What {@code pmkb check} reads, it reads through the build's one
 * door for content files ({@code build.PostmortemReader}), so it reports every problem a build
 * reports.
 */
package io.github.pmkb.check;
