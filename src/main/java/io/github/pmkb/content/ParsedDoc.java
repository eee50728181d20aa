package io.github.pmkb.content;

import java.util.ArrayList;
import java.util.List;

/**
 * A content file after parsing: everything later stages read of it, so none of them parses
 * Markdown again or reads the file again.
 *
 * @param body the Markdown body (front matter removed)
 * @param bodyStartLine 1-based line of the file where {@code body} begins
 * @param outline every heading and the first paragraph
 * @param bodyHtml the rendered body; raw HTML in the source is escaped or kept for the sanitiser,
 *     as the site says
 * @param resources local files the body refers to (images), relative to the knowledge base root
 * @param plainText what the body shows, as plain text (from the same tree as {@code bodyHtml})
 * @param codeBlocks 1-based line ranges of fenced and indented code blocks
 * @param sections the body cut at every heading, each part with its lines and source text; the
 *     lines before the first heading are not a section
 */
public record ParsedDoc(SourceFile source, FrontMatter frontMatter, String body, int bodyStartLine, Outline outline,
    String bodyHtml, List<String> resources, String plainText, List<LineRange> codeBlocks, List<Section> sections) {
  public ParsedDoc {
    resources = List.copyOf(resources);
    codeBlocks = List.copyOf(codeBlocks);
    sections = List.copyOf(sections);
  }

  /**
   * A heading and the lines under it up to the next heading of any level.
   *
   * @param text the source lines of {@code lines}, heading included, joined by {@code \n}
   */
  public record Section(Outline.Heading heading, LineRange lines, String text) {}

  /** The source text of file lines {@code first} to {@code last} (clipped to the file), each followed by {@code \n}. */
  public String lines(int first, int last) {
    String text = source.text();
    StringBuilder out = new StringBuilder();
    int line = 1;
    int start = 0;
    // A final line break ends the last line; it does not start another.
    while (line <= last && start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) end = text.length();
      if (line >= first) out.append(text, start, end).append('\n');
      start = end + 1;
      line++;
    }
    return out.toString();
  }

  /** The sections of a body from its headings: each runs to the line before the next heading. */
  static List<Section> sectionsOf(SourceFile source, List<Outline.Heading> headings, int bodyStartLine, String body) {
    int lastLine = bodyStartLine + (int) body.chars().filter(c -> c == '\n').count();
    if (body.endsWith("\n")) lastLine--;
    String[] lines = source.text().split("\n", -1);
    List<Section> out = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      int first = headings.get(i).line();
      int last = i + 1 < headings.size() ? Math.max(first, headings.get(i + 1).line() - 1) : Math.max(first, lastLine);
      StringBuilder text = new StringBuilder();
      for (int l = first; l <= Math.min(last, lines.length); l++) {
        if (l > first) text.append('\n');
        text.append(lines[l - 1]);
      }
      out.add(new Section(headings.get(i), new LineRange(first, last), text.toString()));
    }
    return out;
  }
}
