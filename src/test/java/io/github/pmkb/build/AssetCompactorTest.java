package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.pmkb.testing.Node;
import io.github.pmkb.testing.SiteFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetCompactorTest {
  private static String compact(String js) {
    return AssetCompactor.script(js).orElseThrow();
  }

  @Test
  void dropsCommentsIndentationAndBlankLinesKeepingLineBreaks() {
    String js = """
        // Why this module exists.
        /** A doc comment. */
        export function f(a, b) {
          const x  =  a / b; // a division
          /* one line */ return x;

        }
        """;
    assertThat(compact(js)).isEqualTo("export function f(a, b) {\nconst x = a / b;\nreturn x;\n}\n");
  }

  @Test
  void stringsRegexesAndTemplatesStayAsWritten() {
    String js = """
        const url = "https://example.org/a//b"; // gone
        const q = '/* not a comment */';
        const re = /["'\\/]+[/*]/g, also = x.replace(/\\s+/g, " ");
        const t = `line one
            // kept: template text
          ${ { a: 1 }.a /* gone */ } end`;
        if (ok) return /a\\/b/.test(s);
        """;
    assertThat(compact(js)).isEqualTo("""
        const url = "https://example.org/a//b";
        const q = '/* not a comment */';
        const re = /["'\\/]+[/*]/g, also = x.replace(/\\s+/g, " ");
        const t = `line one
            // kept: template text
          ${ { a: 1 }.a } end`;
        if (ok) return /a\\/b/.test(s);
        """);
  }

  @Test
  void aCommentAcrossLinesStillEndsTheLine() {
    assertThat(compact("a = b /* one\n two */ c = d\n")).isEqualTo("a = b\nc = d\n");
  }

  @Test
  void leavesAScriptItCannotReadSurelyAsItIs() {
    assertThat(AssetCompactor.script("x = i++ / 2;\n")).isEmpty();
    assertThat(AssetCompactor.script("if (a) {}\n/re/.test(s);\n")).isEmpty();
    assertThat(AssetCompactor.script("if (x) /a  b/.test(s);\n")).isEmpty();
    assertThat(AssetCompactor.script("const d = (a - b) / 2;\n")).contains("const d = (a - b) / 2;\n");
    assertThat(AssetCompactor.script("s = 'open\n")).isEmpty();
    assertThat(AssetCompactor.script("/* open\n")).isEmpty();
  }

  @Test
  void stylesheetsLoseCommentsAndSpacesButNotStrings() {
    String css = """
        /* The page. */
        .a  > .b {
          content: "/* kept */  two";   /* gone */
          margin: 0 auto;
        }

        """;
    assertThat(AssetCompactor.stylesheet(css)).contains(".a > .b {\ncontent: \"/* kept */  two\";\nmargin: 0 auto;\n}\n");
    assertThat(AssetCompactor.stylesheet(".a { content: \"open }\n")).isEmpty();
  }

  @Test
  void everyThemeScriptCompactsSmallerAndStillParses(@TempDir Path tmp) throws Exception {
    List<Path> scripts;
    try (Stream<Path> s = Files.walk(SiteFixture.repoRoot().resolve("themes"))) {
      scripts = s.filter(p -> p.toString().endsWith(".js")).sorted().toList();
    }
    assertThat(scripts).isNotEmpty();
    for (Path p : scripts) {
      String js = Files.readString(p, StandardCharsets.UTF_8);
      String out = AssetCompactor.script(js).orElseThrow(() -> new AssertionError("not compacted: " + p));
      assertThat(out.length()).as(p.toString()).isLessThan(js.length());
      assertThat(AssetCompactor.script(out)).as("compacting again changes nothing: " + p).contains(out);
      Files.writeString(tmp.resolve(p.getFileName().toString().replace(".js", ".mjs")), out, StandardCharsets.UTF_8);
    }
    assumeThat(Node.find()).as("node not installed: the parse check is skipped").isPresent();
    for (Path p : scripts) {
      Process proc = new ProcessBuilder(Node.find().get().toString(), "--check", tmp.resolve(p.getFileName().toString().replace(".js", ".mjs")).toString())
          .redirectErrorStream(true).start();
      String msg = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(proc.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(proc.exitValue()).as(p + ": " + msg).isZero();
    }
  }
}
