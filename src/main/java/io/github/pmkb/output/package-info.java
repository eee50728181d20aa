/**
 * Writing the site to disk. Start with {@link io.github.pmkb.output.OutputWriter}: a clean build
 * writes into a staging folder beside the output and swaps it in when complete, so a failed or
 * killed build leaves the previous site intact. {@link io.github.pmkb.output.LiveOutput} updates
 * single files of a served site in place. Both are a {@link io.github.pmkb.output.SiteSink}, what
 * the renderer and {@link io.github.pmkb.output.BrowserIndexExporter} (the browser search files
 * under {@code search/}) write to; {@link io.github.pmkb.output.StaticFiles} lists a theme's or
 * site's static files.
 *
 * <p>Invariant: pmkb only replaces a folder that carries {@link
 * io.github.pmkb.output.OutputWriter#MARKER}.
 */
package io.github.pmkb.output;
