package io.github.pmkb.content;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import io.github.pmkb.content.internal.MarkdownRenderer;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.diag.SourcePos;
import io.github.pmkb.jbake.JBakeHeaderReader;

/**
 * The content stage's front door: a content file in, {@link ParsedDoc} out. {@link #read} takes a
 * path (checks, reads and decodes it, then parses it); {@link #parse} takes text already decoded.
 * One instance serves a whole build and is safe to call from many threads.
 */
public final class ContentParser {
  private final Path root;
  private final Path contentDir;
  private final JBakeHeaderReader jbake;
  private final String jbakeSeparator;
  private final long maxFileSize;
  private final LinkGuard links;
  /** Lines longer than this render, slowly; they are pasted logs or data, worth a warning. */
  static final int LONG_LINE = 65_536;

  private final MarkdownRenderer markdown;

  public ContentParser(Path root, Path contentDir, JBakeHeaderReader jbake, String jbakeSeparator) {
    this(root, contentDir, jbake, jbakeSeparator, true);
  }

  public ContentParser(Path root, Path contentDir, JBakeHeaderReader jbake, String jbakeSeparator,
      boolean escapeRawHtml) {
    this(root, contentDir, jbake, jbakeSeparator, escapeRawHtml, Long.MAX_VALUE);
  }

  /**
   * @param root the knowledge base root: diagnostics name files relative to it
   * @param contentDir where content lives: symbolic links and images may not lead out of it
   * @param jbake reads JBake headers with the site's settings; null without settings (such
   *     headers are then an error)
   * @param escapeRawHtml show HTML inside Markdown as text; when false the HTML is kept and the
   *     caller must sanitise {@link ParsedDoc#bodyHtml()} before publishing it
   * @param maxFileSize larger files are refused unread
   */
  public ContentParser(Path root, Path contentDir, JBakeHeaderReader jbake, String jbakeSeparator,
      boolean escapeRawHtml, long maxFileSize) {
    this.markdown = new MarkdownRenderer(escapeRawHtml);
    this.root = root;
    this.contentDir = contentDir;
    this.jbake = jbake;
    this.jbakeSeparator = jbakeSeparator;
    this.maxFileSize = maxFileSize;
    this.links = LinkGuard.of(root, contentDir);
  }

  /**
   * A parser for a site's content, reading JBake headers with the settings in {@code
   * propertiesFile}; without readable settings, JBake headers are reported as unreadable ({@code
   * FM004}).
   */
  public static ContentParser forSite(Path root, Path contentDir, Path propertiesFile, boolean escapeRawHtml,
      long maxFileSize) {
    JBakeHeaderReader jbake;
    try {
      jbake = JBakeHeaderReader.forSite(root, propertiesFile);
    } catch (RuntimeException e) {
      jbake = null;
    }
    return new ContentParser(root, contentDir, jbake, "~~~~~~", escapeRawHtml, maxFileSize);
  }

  /**
   * Reads one file as a build does: a symbolic link must stay inside the content folder, the size
   * must be within the limit (checked before reading), the bytes must be text; then decodes it
   * ({@link SourceReader}). Empty, with a diagnostic, when the file cannot be used.
   */
  public Optional<SourceFile> load(Path file, Diagnostics diags) {
    return load(file, Optional.empty(), diags);
  }

  /**
   * {@link #load(Path, Diagnostics)} of bytes already read, when there are.
   */
  public Optional<SourceFile> load(Path file, Optional<SourceBytes> read, Diagnostics diags) {
    if (!links.accept(file, diags)) return Optional.empty();
    if (!SourceGuard.withinLimit(file, SourceReader.relative(root, file), maxFileSize, diags)) return Optional.empty();
    if (read.isEmpty()) return SourceReader.read(root, file, diags);
    return SourceReader.of(root, file, read.get(), diags);
  }

  /** {@link #load} then {@link #parse}. */
  public Optional<ParsedDoc> read(Path file, Diagnostics diags) {
    return load(file, diags).flatMap(f -> parse(f, diags));
  }

  /** Parses one file; problems go to {@code diags}. Empty only when the file cannot be used at all. */
  public Optional<ParsedDoc> parse(SourceFile file, Diagnostics diags) {
    FrontMatterSplitter.Split split = FrontMatterSplitter.split(file.text(), jbakeSeparator);
    FrontMatter fm;
    switch (split.kind()) {
      case YAML -> {
        if (split.unclosed() && HeaderSniffer.closesLater(file.text())) {
          diags.error("FM005", "front matter is longer than " + FrontMatterSplitter.MAX_HEADER_LINES
              + " lines", SourcePos.of(file.relPath(), 1), "keep metadata short; move long text into the body");
          return Optional.empty();
        }
        if (split.unclosed()) {
          diags.error("FM002", "front matter opened with '---' is never closed", SourcePos.of(file.relPath(), 1),
              "end the block with a line containing only '---'");
          return Optional.empty();
        }
        Optional<FrontMatter> parsed = YamlFrontMatterParser.parse(file.relPath(), split, diags);
        if (parsed.isEmpty()) return Optional.empty();
        fm = parsed.get();
      }
      case JBAKE -> {
        Optional<FrontMatter> parsed = jbakeHeader(file, split, diags);
        if (parsed.isEmpty()) return Optional.empty();
        fm = parsed.get();
      }
      default -> {
        fm = FrontMatter.none();
        HeaderSniffer.unterminatedJBake(file.text(), file.relPath()).ifPresent(at -> diags.error("FM006",
            "this looks like a JBake header but has no '" + jbakeSeparator + "' line after it", at,
            "add a line containing only " + jbakeSeparator + " after the header (the page is built without it)"));
      }
    }
    Optional<SourcePos> deep = NestingGuard.tooDeep(split.body(), split.bodyStartLine(), file.relPath());
    if (deep.isPresent()) {
      diags.error("MD002", "Markdown nested more than " + NestingGuard.MAX_DEPTH + " levels deep; file skipped",
          deep.get(), "flatten the quotes or lists");
      return Optional.empty();
    }
    NestingGuard.longLine(split.body(), split.bodyStartLine(), file.relPath(), LONG_LINE).ifPresent(at ->
        diags.warning("MD003", "line is longer than " + LONG_LINE + " characters", at,
            "wrap the text, or attach logs and dumps as files instead of pasting them"));
    MarkdownRenderer.Rendered r;
    try {
      Object title = fm.values().get("title");
      r = markdown.render(split.body(), split.bodyStartLine(), file.relPath(), file.absPath().getParent(), root,
          contentDir, title == null ? null : String.valueOf(title), diags);
    } catch (RuntimeException | AssertionError e) {
      // flexmark reports some internal inconsistencies as AssertionError, even with -da.
      diags.error("MD001", "cannot render Markdown: " + e, SourcePos.of(file.relPath(), split.bodyStartLine()),
          "simplify the Markdown near this file's links and images, and report the file to pmkb");
      return Optional.empty();
    } catch (StackOverflowError e) {
      // flexmark recurses per nesting level and per delimiter run; NestingGuard catches the usual shapes.
      diags.error("MD002", "Markdown structure is too deep to render; file skipped",
          SourcePos.of(file.relPath(), split.bodyStartLine()), "flatten nested quotes, lists or emphasis");
      return Optional.empty();
    }
    return Optional.of(new ParsedDoc(file, fm, split.body(), split.bodyStartLine(), r.outline(), r.html(),
        r.resources(), r.text().text(), r.text().codeBlocks(),
        ParsedDoc.sectionsOf(file, r.outline().headings(), split.bodyStartLine(), split.body())));
  }

  private Optional<FrontMatter> jbakeHeader(SourceFile file, FrontMatterSplitter.Split split, Diagnostics diags) {
    if (jbake == null) {
      diags.error("FM004", "JBake headers need the site's settings (site.properties)", SourcePos.of(file.relPath(), 1),
          "run pmkb from the knowledge base root");
      return Optional.empty();
    }
    Optional<Map<String, Object>> values;
    try {
      values = jbake.read(file.text());
    } catch (RuntimeException e) {
      diags.error("FM004", "invalid JBake header: " + e.getMessage(), SourcePos.of(file.relPath(), 1));
      return Optional.empty();
    }
    if (values.isEmpty()) {
      diags.error("FM004", "JBake could not read this header", SourcePos.of(file.relPath(), 1),
          "check the key=value lines and the " + jbakeSeparator + " separator");
      return Optional.empty();
    }
    Map<String, Integer> lines = new java.util.LinkedHashMap<>();
    String[] headerLines = split.header().split("\n", -1);
    for (int i = 0; i < headerLines.length; i++) {
      int eq = headerLines[i].indexOf('=');
      if (eq > 0) lines.putIfAbsent(headerLines[i].substring(0, eq).strip(), i + split.headerStartLine());
    }
    return Optional.of(new FrontMatter(FrontMatter.Kind.JBAKE, values.get(), lines, split.bodyStartLine()));
  }
}
