/**
 * Site configuration: {@code site.properties} (JBake's keys plus pmkb's) read through the {@code
 * jbake} adapter into a typed {@link io.github.pmkb.config.SiteConfig}.
 *
 * <p>Front door: {@link io.github.pmkb.config.ConfigLoader#load}. Unknown keys and invalid values are
 * errors at their line, with a "did you mean" hint.
 */
package io.github.pmkb.config;
