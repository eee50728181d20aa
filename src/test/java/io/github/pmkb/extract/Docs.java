package io.github.pmkb.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import io.github.pmkb.content.ContentParser;
import io.github.pmkb.content.ParsedDoc;
import io.github.pmkb.content.SourceFile;
import io.github.pmkb.content.SourceReader;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.model.Postmortem;

/** Test helper: runs the real decode, parse and extract stages on a string or a file. */
final class Docs {
  private Docs() {}

  /** No JBake reader: test inputs use YAML front matter or none. */
  private static final ContentParser PARSER = new ContentParser(Path.of("/kb"), Path.of("/kb"), null, "~~~~~~");

  static Postmortem extract(String name, String text, Diagnostics diags) {
    return extract(name, text.getBytes(StandardCharsets.UTF_8), diags);
  }

  static Postmortem extract(String name, byte[] bytes, Diagnostics diags) {
    String decoded = SourceReader.decode(bytes, name, diags);
    SourceFile f = new SourceFile(name, Path.of("/kb").resolve(name), decoded, "0".repeat(64));
    ParsedDoc doc = PARSER.parse(f, diags).orElseThrow(() -> new AssertionError("unparsable: " + diags.list()));
    return Extractor.extract(doc, diags);
  }

  static ParsedDoc parse(String text) {
    SourceFile f = new SourceFile("content/a.md", Path.of("/kb/content/a.md"), text, "0".repeat(64));
    return PARSER.parse(f, new Diagnostics()).orElseThrow();
  }

  /** Decodes and parses a file (no extraction). */
  static ParsedDoc parse(Path file, Diagnostics diags) {
    SourceFile f = SourceReader.read(file.getParent(), file, diags).orElseThrow();
    return PARSER.parse(f, diags).orElseThrow(() -> new AssertionError("unparsable: " + diags.list()));
  }

  static Postmortem read(Path file, Diagnostics diags) {
    SourceFile f = SourceReader.read(file.getParent(), file, diags).orElseThrow();
    ParsedDoc doc = PARSER.parse(f, diags).orElseThrow(() -> new AssertionError("unparsable: " + diags.list()));
    return Extractor.extract(doc, diags);
  }
}
