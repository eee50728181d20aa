package io.github.pmkb.build;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import io.github.pmkb.config.ConfigLoader;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.render.HtmlSanitizer;
import io.github.pmkb.testing.SiteFixture;

/**
 * Fuzzes what every command does with one file, through the one door they all use ({@link
 * PostmortemReader}): read (bytes, so invalid UTF-8 and binary data are covered), split, YAML or
 * JBake header, Markdown, extraction, then sanitising. The invariant is the issue 8 promise:
 * every input ends as a page or as a diagnostic, never as an exception. Each input is written to
 * one reused file, as the door reads files.
 */
class ContentPipelineFuzzTest {
  private static Path root;
  private static Path file;
  private static PostmortemReader reader;

  @BeforeAll
  static void site() throws IOException {
    root = Files.createTempDirectory("pmkb-fuzz");
    SiteFixture.write(root, "-- site.properties --\nsite.title=Fuzz\n-- content/x.md --\n");
    file = root.resolve("content/x.md");
    reader = PostmortemReader.of(ConfigLoader.load(root).config().orElseThrow());
  }

  @AfterAll
  static void clean() throws IOException {
    SiteFixture.deleteTree(root);
  }

  @FuzzTest
  void anyFileBecomesAPageOrADiagnostic(byte[] bytes) throws IOException {
    Files.write(file, bytes);
    run();
  }

  /** The same path with text shaped like a JBake header, so the fuzzer reaches jbake-core quickly. */
  @FuzzTest
  void anyJBakeHeaderBecomesAPageOrADiagnostic(byte[] input) throws IOException {
    // Input up to the first blank line is the header, the rest the body.
    String text = new String(input, StandardCharsets.UTF_8);
    int blank = text.indexOf("\n\n");
    String header = blank < 0 ? text : text.substring(0, blank);
    String body = blank < 0 ? "" : text.substring(blank + 2);
    Files.writeString(file, header + "\n~~~~~~\n" + body, StandardCharsets.UTF_8);
    run();
  }

  private static void run() {
    PostmortemReader.Read r = reader.read(file);
    if (r.postmortem().isEmpty()) {
      if (r.diagnostics().stream().noneMatch(Diagnostic::isError)) throw new AssertionError("file dropped without an error");
      return;
    }
    HtmlSanitizer.sanitize(r.postmortem().get().bodyHtml());
    r.postmortem().get().searchText().body().text();
  }
}
