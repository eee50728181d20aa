/**
 * The build pipeline and the site's shape. {@link io.github.pmkb.site.SiteBuilder} is {@code pmkb
 * build}'s front door: one clean build. The stages themselves (config, scan, parse and extract,
 * assemble, index, plan, render and write) are in {@link io.github.pmkb.site.BuildSession}, which
 * {@code pmkb serve} keeps open to rebuild incrementally: per-file results keyed by sha256 ({@link
 * io.github.pmkb.site.SourceCache}), the index reused while what pages read from it is unchanged
 * ({@link io.github.pmkb.site.IndexInputs}), and only pages whose {@link io.github.pmkb.site.PageSpec}
 * changed rendered again. {@link io.github.pmkb.site.SitePlanner} decides the pages; {@link
 * io.github.pmkb.site.OutputWriter} stages a clean build beside the output and swaps it in when
 * complete; {@link io.github.pmkb.site.LiveOutput} updates single files of a served site in place.
 * {@link io.github.pmkb.site.PostmortemReader} runs the content and extract stages alone, for {@code
 * pmkb inspect} and {@code pmkb check}; {@code IncidentFacts} turns an incident's facts into the
 * display strings of {@link io.github.pmkb.site.Views.IncidentView}; {@link
 * io.github.pmkb.site.BrowserIndexExporter} writes the browser search files under {@code search/}.
 *
 * <p>Invariant: the folder after any sequence of {@code BuildSession.update} calls is byte-identical
 * to a clean build of the same sources ({@code IncrementalBuildIT}).
 */
package io.github.pmkb.site;
