/**
 * The build pipeline and the site's shape: {@link org.x.pmkb.site.SiteBuilder} runs the stages in
 * order (config, scan, parse and extract, assemble, index, plan, render and write);
 * {@link org.x.pmkb.site.SitePlanner} decides the pages; {@link org.x.pmkb.site.OutputWriter}
 * stages the site beside the output and swaps it in when complete;
 * {@link org.x.pmkb.site.BrowserIndexExporter} writes the browser search files under {@code search/}.
 */
package org.x.pmkb.site;
