package io.github.pmkb.content.internal;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import io.github.pmkb.content.Outline;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.diag.SourcePos;

/**
 * The one flexmark parser and renderer of a build, shared by all threads (both are immutable
 * once built; every call creates its own document state).
 */
public final class MarkdownRenderer {
  private final Parser parser;
  /** The parser for free-form bodies: no indented code blocks. */
  private final Parser freeFormParser;
  private final HtmlRenderer renderer;
  private final boolean escapeHtml;

  public MarkdownRenderer() {
    this(true);
  }

  /**
   * @param escapeHtml show raw HTML as text; when false it is passed through and the site stage
   *     must sanitise the result (content.rawHtml=sanitize)
   */
  public MarkdownRenderer(boolean escapeHtml) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
        TaskListExtension.create(), QuickAutolink.create()));
    // Raw HTML is either shown as text or sanitised later (render.HtmlSanitizer): never executed.
    options.set(HtmlRenderer.ESCAPE_HTML, escapeHtml);
    // Headings carry their id; the theme's script adds the "#" link beside each (written into
    // the HTML, the links were about 400 bytes of every incident page).
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(TablesExtension.WITH_CAPTION, false);
    // flexmark's default checkbox repeats what the bare attributes say (a third of its bytes), on
    // every action item of every page.
    options.set(TaskListExtension.ITEM_DONE_MARKER, "<input type=\"checkbox\" checked disabled>&nbsp;");
    options.set(TaskListExtension.ITEM_NOT_DONE_MARKER, "<input type=\"checkbox\" disabled>&nbsp;");
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
    // Free-form text is not Markdown written on purpose: leading spaces centre a line or indent a
    // paragraph ("   #Postmortem"); they do not make it code. Fences still do.
    MutableDataSet freeForm = new MutableDataSet(options);
    freeForm.set(Parser.INDENTED_CODE_BLOCK_PARSER, false);
    this.freeFormParser = Parser.builder(freeForm).build();
    this.escapeHtml = escapeHtml;
  }

  /** What rendering one body produced; {@code text} is what the HTML shows, as plain text. */
  public record Rendered(String html, Outline outline, List<String> resources, BodyText.Collected text) {}

  /**
   * Renders {@code body}, whose first line is line {@code firstLine} of {@code rel}.
   *
   * @param sourceDir the folder of the file, to resolve relative image paths
   * @param root the knowledge base root; local images must stay under {@code contentDir}
   * @param frontMatterTitle the title set in front matter, or null
   */
  public Rendered render(String body, int firstLine, String rel, Path sourceDir, Path root, Path contentDir,
      String frontMatterTitle, Diagnostics diags) {
    Document doc = parser.parse(body);
    Set<String> resources = new TreeSet<>();
    LineIndex lines = new LineIndex(body);
    Outline outline = outline(doc, lines, firstLine);
    String text = body;
    int[] shift = null;
    if (outline.headings().isEmpty()) {
      // No Markdown heading at all: a pasted document. Render the structure its lines show.
      PlainLayout.Result laid = PlainLayout.apply(body);
      text = laid.text();
      shift = laid.shift();
      doc = freeFormParser.parse(text);
      LineBreaks.keep(doc);
      lines = new LineIndex(text);
    }
    // Positions are taken while every node is attached: checking one node may unlink another
    // (an image inside an image), and flexmark cannot give a line for a detached node (fuzz seed
    // image-in-image-detached-node).
    List<Located<Image>> images = new ArrayList<>();
    List<Located<Link>> links = new ArrayList<>();
    for (Node n : doc.getDescendants()) {
      if (n instanceof Image img) {
        images.add(new Located<>(img, position(rel, text, lines, firstLine, shift, img.getStartOffset())));
      } else if (n instanceof Link link) {
        links.add(new Located<>(link, position(rel, text, lines, firstLine, shift, link.getStartOffset())));
      }
    }
    for (Located<Image> img : images) {
      checkImage(img.node(), img.at(), sourceDir, root, contentDir, resources, diags);
    }
    for (Located<Link> link : links) {
      LinkCheck.check(link.node(), link.at(), sourceDir, contentDir, diags);
    }
    dropLeadingTitle(doc, frontMatterTitle);
    demoteHeadings(doc);
    BodyText.Collected plain = BodyText.of(doc, escapeHtml, lines, firstLine);
    String html = renderer.render(doc);
    return new Rendered(html, outline, List.copyOf(resources), plain);
  }

  /**
   * The outline is what the author wrote, whatever the page shows: extraction reads titles,
   * sections and the summary from it.
   */
  private static Outline outline(Document doc, LineIndex lines, int firstLine) {
    List<Outline.Heading> headings = new ArrayList<>();
    String firstParagraph = "";
    int firstParagraphLine = 0;
    for (Node n : doc.getDescendants()) {
      if (n instanceof Heading h) {
        int line = lines.lineOf(h.getStartOffset()) + firstLine;
        headings.add(new Outline.Heading(h.getLevel(), plainText(h), line, h.getAnchorRefId()));
      } else if (n instanceof Paragraph p && firstParagraph.isEmpty()) {
        String text = plainText(p).strip();
        if (!text.isEmpty()) {
          firstParagraph = text;
          firstParagraphLine = lines.lineOf(p.getStartOffset()) + firstLine;
        }
      }
    }
    return new Outline(headings, firstParagraph, Math.max(1, firstParagraphLine));
  }

  /** A node with the position it had when the document was whole. */
  private record Located<T extends Node>(T node, SourcePos at) {}

  /** Local images must exist inside the content folder; otherwise they are shown as their alt text. */
  private static void checkImage(Image img, SourcePos at, Path sourceDir, Path root, Path contentDir,
      Set<String> resources, Diagnostics diags) {
    String url = img.getUrl().toString();
    if (url.isEmpty() || isExternal(url)) return;
    String path = url.replaceAll("[?#].*$", "");
    Path target = sourceDir.resolve(path).normalize();
    if (path.startsWith("/") || !target.startsWith(contentDir) || !LinkCheck.staysInside(target, contentDir)) {
      diags.warning("LNK002", "image '" + url + "' points outside the content folder; showing its alt text", at,
          "copy the image into content/ next to the postmortem");
    } else if (!Files.isRegularFile(target)) {
      diags.warning("LNK001", "image '" + url + "' not found; showing its alt text", at,
          "put the file next to the postmortem or use an absolute URL");
    } else {
      resources.add(root.relativize(target).toString().replace('\\', '/'));
      return;
    }
    img.insertBefore(new Text(img.getText()));
    img.unlink();
  }

  /**
   * A body that opens with an {@code h1} repeats the title the page already shows, so that heading
   * is left out of the HTML (it stays in the outline, where the title may come from). It is kept
   * when front matter sets a different title, since then it says something the page does not.
   */
  private static void dropLeadingTitle(Document doc, String frontMatterTitle) {
    Node first = doc.getFirstChild();
    while (first instanceof com.vladsch.flexmark.util.ast.BlankLine) first = first.getNext();
    if (first instanceof Heading h && h.getLevel() == 1
        && (frontMatterTitle == null || frontMatterTitle.strip().equalsIgnoreCase(plainText(h).strip()))) {
      h.unlink();
    }
  }

  /**
   * The page's one {@code h1} is the postmortem's title, so a body that still has an {@code h1}
   * once its leading title is gone is shifted down a level (h1 to h2 and so on; h6 stays h6),
   * and one that starts at {@code ##} keeps its levels. The outline keeps the written levels.
   */
  private static void demoteHeadings(Document doc) {
    boolean h1 = false;
    for (Node n : doc.getDescendants()) h1 |= n instanceof Heading h && h.getLevel() == 1;
    if (!h1) return;
    for (Node n : doc.getDescendants()) {
      if (n instanceof Heading h) h.setLevel(Math.min(6, h.getLevel() + 1));
    }
  }

  /**
   * The author's position of an offset in {@code text}; a line {@link PlainLayout} prefixed is
   * shifted back by the prefix. Line numbers are equal in both texts (the layout keeps lines).
   */
  private static SourcePos position(String rel, String text, LineIndex lines, int firstLine, int[] shift, int offset) {
    int line = lines.lineOf(offset);
    int col = column(text, offset) - (shift == null || line >= shift.length ? 0 : shift[line]);
    return new SourcePos(rel, line + firstLine, Math.max(1, col));
  }

  private static int column(String text, int offset) {
    return offset - text.lastIndexOf('\n', offset - 1);
  }

  private static boolean isExternal(String url) {
    if (url.startsWith("//") || url.startsWith("data:")) return true;
    try {
      return new URI(url.replace(" ", "%20")).getScheme() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String plainText(Node n) {
    return new TextCollectingVisitor().collectAndGetText(n);
  }
}
