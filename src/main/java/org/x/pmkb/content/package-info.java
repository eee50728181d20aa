/**
 * Content stage: finds {@code content/**}{@code /*.md}, decodes each file, splits and parses its
 * front matter (YAML with SnakeYAML Engine, or a JBake header through the {@code jbake} adapter)
 * and renders its body with flexmark.
 *
 * <p>Front door: {@link org.x.pmkb.content.ContentParser#parse}. flexmark and SnakeYAML types
 * never leave this package; callers get {@link org.x.pmkb.content.ParsedDoc} and {@link
 * org.x.pmkb.content.Outline}.
 *
 * <p>Decoding ({@link org.x.pmkb.content.SourceReader}) strips a BOM, normalises CRLF, falls back
 * to Windows-1252 for invalid UTF-8 and repairs provable mojibake ({@code MojibakeRepair}), each
 * with a warning; the source file is never modified.
 */
package org.x.pmkb.content;
