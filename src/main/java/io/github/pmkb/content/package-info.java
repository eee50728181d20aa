/**
 * Content stage: finds {@code content/**}{@code /*.md}, decodes each file, splits and parses its
 * front matter (YAML with SnakeYAML Engine, or a JBake header through the {@code jbake} adapter)
 * and renders its body with flexmark.
 *
 * <p>Front door: {@link io.github.pmkb.content.ContentParser#read} (a path; {@code parse} for text
 * already decoded). flexmark and SnakeYAML types never leave this package; callers get {@link
 * io.github.pmkb.content.ParsedDoc}, which carries everything later stages read of a file (front
 * matter, outline, HTML, plain text, code block lines, sections with their text), so no later
 * stage parses Markdown or reads the file again.
 *
 * <p>Decoding ({@link io.github.pmkb.content.SourceReader}) strips a BOM, normalises CRLF, falls back
 * to Windows-1252 for invalid UTF-8 and repairs provable mojibake ({@code MojibakeRepair}), each
 * with a warning; the source file is never modified.
 *
 * <p>Hostile input stops at guards before the libraries see it, each reporting a positioned
 * diagnostic instead of throwing: {@link io.github.pmkb.content.SourceGuard} (size limit, empty and
 * binary files, position of invalid UTF-8), {@code LinkGuard} (symbolic links out of {@code
 * content/}), {@code NestingGuard} (nesting that would overflow flexmark's stack, very long lines),
 * {@code HeaderSniffer} (a JBake header without its {@code ~~~~~~}), {@code YamlNesting} (front
 * matter nested too deeply for SnakeYAML) and the 64 KiB front matter limit. Links and images leaving {@code content/} are checked in {@code internal.LinkCheck}.
 * {@code content/} is only ever read.
 */
package io.github.pmkb.content;
