/**
 * Writing text outside Pebble's autoescaping, each written once: JSON ({@link
 * io.github.pmkb.escape.Json}, values to JSON, and {@link io.github.pmkb.escape.JsonString}, string
 * literals) and HTML/XML markup ({@link io.github.pmkb.escape.Markup}, also behind Pebble's {@code
 * html} strategy). A leaf: depends on no other pmkb package.
 */
package io.github.pmkb.escape;
