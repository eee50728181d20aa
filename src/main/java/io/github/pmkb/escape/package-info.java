/**
 * Escaping for the text pmkb writes outside Pebble's autoescaping: JSON string literals
 * ({@link io.github.pmkb.escape.JsonString}) and HTML/XML markup ({@link io.github.pmkb.escape.Markup}).
 * A leaf: depends on nothing.
 */
package io.github.pmkb.escape;
