package io.github.pmkb.content.internal;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import io.github.pmkb.content.LineRange;

/**
 * The plain text of a parsed body, for the search index and snippets, collected from the same
 * tree the HTML is rendered from: a block (paragraph, heading, list item, table cell, code block)
 * ends with a line break so sentences do not run together, and an inline element (emphasis, a
 * link, code) is set off by spaces, as its tags were when the text was cut out of the HTML; runs
 * of blanks then become one space, or one line break when they hold one. Images count by
 * position only (their alt text is not body text), link definitions not at all. Raw HTML is text
 * when the site escapes it, and otherwise only the text between its tags counts.
 *
 * <p>Also notes the line range of each code block, for extraction (a timestamp inside a pasted
 * log is not a timeline entry).
 */
public final class BodyText {
  private final boolean rawHtmlIsText;
  private final LineIndex lines;
  private final int firstLine;
  private final StringBuilder out = new StringBuilder();
  private final List<LineRange> codeBlocks = new ArrayList<>();

  private BodyText(boolean rawHtmlIsText, LineIndex lines, int firstLine) {
    this.rawHtmlIsText = rawHtmlIsText;
    this.lines = lines;
    this.firstLine = firstLine;
  }

  /** What one body gave: its plain text and its code blocks' 1-based line ranges in the file. */
  public record Collected(String text, List<LineRange> codeBlocks) {}

  /**
   * @param rawHtmlIsText raw HTML is escaped (shown as text) rather than passed through
   * @param lines the body's line index, {@code firstLine} the file line of its first line
   */
  static Collected of(Node document, boolean rawHtmlIsText, LineIndex lines, int firstLine) {
    BodyText t = new BodyText(rawHtmlIsText, lines, firstLine);
    t.children(document);
    return new Collected(collapse(t.out).strip(), List.copyOf(t.codeBlocks));
  }

  private void children(Node n) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) visit(c);
  }

  private void visit(Node n) {
    if (n instanceof Text) {
      out.append(n.getChars().unescape());
    } else if (n instanceof HtmlEntity) {
      out.append(n.getChars().unescape());
    } else if (n instanceof SoftLineBreak) {
      out.append(' '); // the paragraph goes on: a line break is left for the end of a block (search snippets show it)
    } else if (n instanceof HardLineBreak) {
      out.append('\n');
    } else if (n instanceof Code code) {
      out.append(' ').append(code.getText()).append(' ');
    } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
      codeBlocks.add(new LineRange(line(n.getStartOffset()), line(Math.max(n.getStartOffset(), n.getEndOffset() - 1))));
      out.append(' ');
      out.append(((com.vladsch.flexmark.util.ast.ContentNode) n).getContentChars());
      out.append(" \n");
    } else if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) {
      if (rawHtmlIsText) out.append(n.getChars());
      else RawHtmlText.append(n.getChars(), out);
      if (n instanceof HtmlBlockBase) out.append('\n');
    } else if (n instanceof Image || n instanceof ImageRef && ((ImageRef) n).isDefined()) {
      out.append(' ');
    } else if (n instanceof LinkRef ref && !ref.isDefined() || n instanceof ImageRef) {
      out.append(n.getChars().unescape());
    } else if (n instanceof AutoLink link) {
      out.append(' ').append(link.getText()).append(' ');
    } else if (n instanceof MailLink link) {
      out.append(' ').append(link.getText()).append(' ');
    } else if (n instanceof Reference || n instanceof TableSeparator) {
      // rendered as nothing
    } else if (n instanceof Paragraph || n instanceof Heading || n instanceof ListItem || n instanceof TableCell) {
      out.append(' ');
      children(n);
      out.append('\n');
    } else if (n instanceof BlockQuote || n instanceof ListBlock || n instanceof TableRow) {
      out.append('\n');
      children(n);
      out.append('\n');
    } else if (n instanceof ThematicBreak) {
      out.append('\n');
    } else {
      // Inline markup (emphasis, links, strike-through, anchors) and containers (tables).
      out.append(' ');
      children(n);
      out.append(' ');
    }
  }

  private int line(int offset) {
    return lines.lineOf(offset) + firstLine;
  }

  /** Runs of blanks become one space, or one line break when they hold a line break. */
  private static String collapse(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      if (!isBlank(c)) {
        out.append(c);
        i++;
        continue;
      }
      boolean lineBreak = false;
      while (i < n && isBlank(s.charAt(i))) {
        lineBreak |= s.charAt(i) == '\n';
        i++;
      }
      out.append(lineBreak ? '\n' : ' ');
    }
    return out.toString();
  }

  static boolean isBlank(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
