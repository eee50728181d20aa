package io.github.pmkb.content;

import java.util.List;

/**
 * A content file after parsing: its metadata, its body as text and HTML, and its outline.
 *
 * @param body the Markdown body (front matter removed)
 * @param bodyStartLine 1-based line of the file where {@code body} begins
 * @param bodyHtml the rendered body; raw HTML in the source is escaped
 * @param resources local files the body refers to (images), relative to the knowledge base root
 */
public record ParsedDoc(SourceFile source, FrontMatter frontMatter, String body, int bodyStartLine, Outline outline,
    String bodyHtml, List<String> resources) {
  public ParsedDoc {
    resources = List.copyOf(resources);
  }
}
