/**
 * The build pipeline and the site's shape: {@link org.x.pmkb.site.SiteBuilder} runs the stages in
 * order (config, scan, parse and extract, assemble, index, plan, render and write);
 * {@link org.x.pmkb.site.SitePlanner} decides the pages; {@link org.x.pmkb.site.OutputWriter}
 * stages the site beside the output and swaps it in when complete. {@link
 * org.x.pmkb.site.PostmortemReader} runs the content and extract stages alone, for
 * {@code pmkb inspect} and {@code pmkb check}; {@code IncidentFacts} turns an incident's facts
 * into the display strings of {@link org.x.pmkb.site.Views.IncidentView}.
 */
package org.x.pmkb.site;
