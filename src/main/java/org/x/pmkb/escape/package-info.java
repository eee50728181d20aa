/**
 * Escaping for the text pmkb writes outside Pebble's autoescaping: JSON string literals
 * ({@link org.x.pmkb.escape.JsonString}) and HTML/XML markup ({@link org.x.pmkb.escape.Markup}).
 * A leaf: depends on nothing.
 */
package org.x.pmkb.escape;
