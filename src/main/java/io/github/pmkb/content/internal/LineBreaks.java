package io.github.pmkb.content.internal;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the line breaks of a free-form paragraph where its author meant them. Markdown joins the
 * lines of a paragraph, which is right for prose an editor wrapped at a fixed width and wrong for
 * a document pasted as text ("Start: 10:02 / End: 11:40", a list without markers, an address).
 * A paragraph is taken as wrapped when every line but its last fills most of the width of its
 * longest line and not all of them end a sentence; otherwise each line break stays a break.
 */
final class LineBreaks {
  /** Editors wrap at 72 to 100 columns; a longer line was not wrapped by one. */
  static final int MAX_WRAP = 120;
  /** A wrapped line fills at least this share of the longest line. */
  static final double FILL = 0.6;

  private LineBreaks() {}

  static void keep(Document doc) {
    List<SoftLineBreak> breaks = new ArrayList<>();
    for (Node n : doc.getDescendants()) {
      if (n instanceof Paragraph p && !isWrapped(p.getChars().toString())) collect(p, breaks);
    }
    for (SoftLineBreak b : breaks) {
      b.insertBefore(new HardLineBreak(b.getChars()));
      b.unlink();
    }
  }

  private static void collect(Node parent, List<SoftLineBreak> out) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof SoftLineBreak b) out.add(b);
      else if (!(n instanceof Paragraph)) collect(n, out);
    }
  }

  /** Whether the paragraph's lines look like one text wrapped by an editor. */
  static boolean isWrapped(String paragraph) {
    String[] lines = paragraph.strip().split("\n");
    if (lines.length < 2) return true;
    int longest = 0;
    for (String l : lines) longest = Math.max(longest, l.strip().length());
    if (longest > MAX_WRAP) return false;
    boolean sentencePerLine = true;
    for (int i = 0; i < lines.length - 1; i++) {
      String l = lines[i].strip();
      if (l.length() < FILL * longest) return false;
      sentencePerLine &= !l.isEmpty() && ".!?:;".indexOf(l.charAt(l.length() - 1)) >= 0;
    }
    // An editor breaks lines mid-sentence; an author who ends every line with a sentence meant them.
    return !sentencePerLine;
  }
}
