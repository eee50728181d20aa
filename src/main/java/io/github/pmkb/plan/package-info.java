/**
 * The site's shape: which pages exist and what each template sees. Start with {@link
 * io.github.pmkb.plan.SitePlanner}, which turns the corpus and its index into a list of {@link
 * io.github.pmkb.plan.PageSpec} (output path, template, model); {@link
 * io.github.pmkb.plan.Permalinks} names every URL. The models are built from {@link
 * io.github.pmkb.plan.Views} records: {@code IncidentFacts} turns an incident's facts into the
 * display strings of {@link io.github.pmkb.plan.Views.IncidentView}; {@code FacetPages}, {@code
 * Recurring} and {@code InsightPages} group incidents; {@code Sitemaps} and {@link
 * io.github.pmkb.plan.ApiExport} give the machine-readable files.
 *
 * <p>Invariant: a page is a pure function of its {@code PageSpec} and the templates, so two equal
 * specs render the same bytes; planning reads no clock and no disk.
 */
package io.github.pmkb.plan;
