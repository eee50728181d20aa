/**
 * Render stage: Pebble 4 templates from {@code themes/<name>/templates}, overridable file by file
 * by the site's {@code templates/}. Autoescaping is on; only the rendered Markdown body is
 * inserted with {@code | raw}.
 *
 * <p>Front door: {@link org.x.pmkb.render.TemplateRenderer#render}.
 */
package org.x.pmkb.render;
