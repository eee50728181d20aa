/**
 * Render stage: Pebble 4 templates from {@code themes/<name>/templates}, overridable file by file
 * by the site's {@code templates/}. Autoescaping is on; only the rendered Markdown body is
 * inserted with {@code | raw}, and only after {@link io.github.pmkb.render.HtmlSanitizer} (the OWASP
 * policy; {@code content.rawHtml=trust} is the one way around it). {@code TemplateSafetyTest}
 * fails when a template inserts anything else raw.
 *
 * <p>Front door: {@link io.github.pmkb.render.TemplateRenderer#render}.
 */
package io.github.pmkb.render;
