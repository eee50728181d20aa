/**
 * The build pipeline and the site's shape. {@link org.x.pmkb.site.SiteBuilder} is {@code pmkb
 * build}'s front door: one clean build. The stages themselves (config, scan, parse and extract,
 * assemble, index, plan, render and write) are in {@link org.x.pmkb.site.BuildSession}, which
 * {@code pmkb serve} keeps open to rebuild incrementally: per-file results keyed by sha256 ({@link
 * org.x.pmkb.site.SourceCache}), the index reused while what pages read from it is unchanged
 * ({@link org.x.pmkb.site.IndexInputs}), and only pages whose {@link org.x.pmkb.site.PageSpec}
 * changed rendered again. {@link org.x.pmkb.site.SitePlanner} decides the pages; {@link
 * org.x.pmkb.site.OutputWriter} stages a clean build beside the output and swaps it in when
 * complete; {@link org.x.pmkb.site.LiveOutput} updates single files of a served site in place.
 * {@link org.x.pmkb.site.PostmortemReader} runs the content and extract stages alone, for {@code
 * pmkb inspect} and {@code pmkb check}; {@code IncidentFacts} turns an incident's facts into the
 * display strings of {@link org.x.pmkb.site.Views.IncidentView}; {@link
 * org.x.pmkb.site.BrowserIndexExporter} writes the browser search files under {@code search/}.
 *
 * <p>Invariant: the folder after any sequence of {@code BuildSession.update} calls is byte-identical
 * to a clean build of the same sources ({@code IncrementalBuildIT}).
 */
package org.x.pmkb.site;
