package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.pmkb.cli.Cli;
import io.github.pmkb.testing.CompilerLines;
import io.github.pmkb.testing.SiteFixture;

/**
 * One knowledge base holding every kind of bad, hostile and half-finished input of issue 8 beside
 * good postmortems: the good ones are built, each bad one is reported at its position with a hint,
 * and the build exits 1. The CLI is run once; each expectation is its own test case.
 */
class HostileInputIT {
  @TempDir static Path tmp;
  static Path src;
  static Path out;
  static int exitCode;
  static String stderr;
  static int checkExitCode;
  static String checkOut;

  /** A 7-level alias tree: 9^6 list items from a few lines of YAML, over the 50-alias limit. */
  private static final String ALIAS_BOMB = """
      ---
      a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
      b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
      c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
      d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
      e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
      f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
      g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
      ---
      Boom.
      """;

  @BeforeAll
  static void buildTheHostileSite() throws IOException {
    src = SiteFixture.write(tmp.resolve("src"), """
        -- site.properties --
        site.title=Hostile
        -- content/good-yaml.md --
        ---
        title: Good YAML
        date: 2024-01-02
        ---
        Fine.
        -- content/good-plain.md --
        # Good plain

        Fine.
        -- content/yaml-unclosed.md --
        ---
        title: never closed

        Body.
        -- content/yaml-tab.md --
        ---
        title: tab
        \tdate: 2024-01-01
        ---
        -- content/yaml-indent.md --
        ---
        title: indent
          date: 2024-01-01
        ---
        -- content/yaml-duplicate.md --
        ---
        title: one
        date: 2024-01-01
        title: two
        ---
        -- content/jbake-no-separator.md --
        title=JBake without separator
        date=2024-01-01
        status=published

        The body.
        -- content/type-date.md --
        ---
        title: wrong date
        date: yesterday
        ---
        -- content/type-tags.md --
        ---
        title: wrong tags
        tags: {a: b}
        ---
        -- content/empty.md --
        -- content/zz/good-plain.md --
        # Same slug as good-plain
        -- content/slug-escape.md --
        ---
        title: escaping slug
        slug: ../../../x
        ---
        -- content/links-outside.md --
        # Links

        [passwd](../../../../etc/passwd) and [local](file:///etc/passwd)
        and [js](javascript:alert(1)) and ![img](../site.properties)
        """);
    Path content = src.resolve("content");
    Files.writeString(content.resolve("yaml-alias-bomb.md"), ALIAS_BOMB, StandardCharsets.UTF_8);
    Files.writeString(content.resolve("yaml-10mb.md"), "---\ntitle: " + "x".repeat(10 * 1024 * 1024) + "\n---\nBody\n",
        StandardCharsets.UTF_8);
    Files.write(content.resolve("image.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
    Files.write(content.resolve("latin1.md"), "# Caf\u00e9\n\nna\u00efve\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(content.resolve("long-line.md"), "# Long\n\n" + "word ".repeat(20_000) + "\n");
    Files.writeString(content.resolve("deep-quote.md"), "# Deep\n\n" + ">".repeat(10_000) + " x\n");
    Files.writeString(content.resolve("deep-list.md"), "# Deep\n\n" + "- ".repeat(10_000) + "x\n");
    Files.writeString(content.resolve("deep-indent.md"), "# Deep\n\n" + indentedList(200));
    Files.writeString(content.resolve("deep-emphasis.md"), "# Deep\n\n" + "*".repeat(100_000) + "x\n");
    try (OutputStream o = Files.newOutputStream(content.resolve("huge.md"))) {
      byte[] mebibyte = "A line of a very long postmortem.\n".repeat(31_000).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 50; i++) o.write(mebibyte);
    }
    Files.writeString(content.resolve("yaml-deep-list.md"),
        "---\ntitle: Deep\nx: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n---\nBody.\n");
    Files.writeString(content.resolve("yaml-deep-sequence.md"), "---\ntitle: Deep\nx:\n" + "- ".repeat(5_000) + "y\n---\n");
    Path secret = Files.writeString(src.resolve("secret.md"), "# Secret\n");
    Files.createSymbolicLink(content.resolve("symlink-out.md"), secret);

    out = tmp.resolve("out");
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    exitCode = Cli.run(new String[] {"build", "--source", src.toString(), "--output", out.toString()},
        new PrintWriter(o), new PrintWriter(e));
    stderr = e.toString();
    StringWriter c = new StringWriter();
    checkExitCode = Cli.run(new String[] {"check", "--source", src.toString()}, new PrintWriter(c),
        new PrintWriter(new StringWriter()));
    checkOut = c.toString();
  }

  private static String indentedList(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) sb.append("  ".repeat(i)).append("- x\n");
    return sb.toString();
  }

  /** file, level, code, line: one row of the table in the issue 8 report. */
  record Expect(String file, String level, String code, int line) {
    @Override
    public String toString() {
      return file + " -> " + level + "[" + code + "] line " + line;
    }
  }

  static Stream<Expect> expectations() {
    return Stream.of(
        new Expect("yaml-unclosed.md", "error", "FM002", 1),
        new Expect("yaml-tab.md", "error", "FM001", 3),
        new Expect("yaml-indent.md", "error", "FM001", 3),
        new Expect("yaml-duplicate.md", "error", "FM001", 4),
        new Expect("yaml-alias-bomb.md", "error", "FM001", 2),
        new Expect("yaml-10mb.md", "error", "FM007", 2),
        new Expect("jbake-no-separator.md", "error", "FM006", 4),
        new Expect("type-date.md", "error", "FM011", 3),
        new Expect("type-tags.md", "error", "FM010", 3),
        new Expect("empty.md", "error", "SRC002", 1),
        new Expect("image.md", "error", "SRC003", 1),
        new Expect("latin1.md", "warning", "ENC001", 1),
        new Expect("huge.md", "error", "SRC001", 1),
        new Expect("long-line.md", "warning", "MD003", 3),
        new Expect("deep-quote.md", "error", "MD002", 3),
        new Expect("deep-list.md", "error", "MD002", 3),
        new Expect("deep-indent.md", "error", "MD002", 68),
        new Expect("deep-emphasis.md", "error", "MD002", 1),
        new Expect("zz/good-plain.md", "error", "DUP001", 1),
        new Expect("slug-escape.md", "warning", "FM012", 3),
        new Expect("links-outside.md", "warning", "LNK003", 3),
        new Expect("links-outside.md", "warning", "LNK004", 4),
        new Expect("links-outside.md", "warning", "LNK002", 4),
        new Expect("symlink-out.md", "error", "SRC004", 1),
        new Expect("yaml-deep-list.md", "error", "FM008", 3),
        new Expect("yaml-deep-sequence.md", "error", "FM008", 4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectations")
  void eachBadInputIsReportedAtItsPosition(Expect x) {
    assertThat(stderr).containsPattern(
        "(?m)^content/" + java.util.regex.Pattern.quote(x.file()) + ":" + x.line() + ":\\d+: " + x.level() + "\\["
            + x.code() + "\\]: ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectations")
  void checkReportsEachBadInputAsTheBuildDoes(Expect x) {
    assertThat(checkOut).containsPattern(
        "(?m)^content/" + java.util.regex.Pattern.quote(x.file()) + ":" + x.line() + ":\\d+: " + x.level() + "\\["
            + x.code() + "\\]: ");
  }

  @Test
  void checkReportsEveryProblemTheBuildReports() {
    assertThat(checkExitCode).isEqualTo(1);
    assertThat(CompilerLines.of(checkOut)).containsAll(CompilerLines.of(stderr));
  }

  @Test
  void eachProblemIsReportedOnce() {
    List<String> lines = stderr.lines().filter(l -> l.matches("^content/\\S+:\\d+:\\d+: (error|warning)\\[.*")).toList();
    assertThat(lines).isNotEmpty().doesNotHaveDuplicates();
  }

  @Test
  void theBuildExitsOneAndStillPublishesTheGoodFiles() {
    assertThat(exitCode).as(stderr).isEqualTo(1);
    assertThat(out.resolve("incidents/good-yaml.html")).exists();
    assertThat(out.resolve("incidents/good-plain.html")).exists();
    // Half-finished but readable files are still published, with their problem reported.
    assertThat(out.resolve("incidents/jbake-no-separator.html")).exists();
    assertThat(out.resolve("incidents/latin1.html")).content(StandardCharsets.UTF_8).contains("Café");
  }

  @Test
  void everyErrorCarriesAHint() {
    List<String> lines = stderr.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("^content/.*: error\\[(FM00\\d|SRC\\d+|MD\\d+|DUP\\d+)\\]: .*")) {
        assertThat(i + 1 < lines.size() && lines.get(i + 1).contains("hint:")).as(lines.get(i)).isTrue();
      }
    }
  }

  @Test
  void nothingOutsideContentIsPublished() throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      List<String> names = files.map(p -> out.relativize(p).toString()).toList();
      assertThat(names).noneMatch(n -> n.contains("secret") || n.contains("site.properties") || n.contains("symlink"));
    }
    assertThat(out.resolve("incidents/links-outside.html")).content(StandardCharsets.UTF_8)
        .doesNotContain("etc/passwd\"", "javascript:", "site.properties\"");
  }

  @Test
  void aSeverityThatIsNotALevelIsReported() throws IOException {
    Files.writeString(src.resolve("content/type-severity.md"), "---\ntitle: sev\nseverity: 7\n---\n");
    StringWriter e = new StringWriter();
    int code = Cli.run(new String[] {"build", "--source", src.toString(), "--output", tmp.resolve("out2").toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(e));
    assertThat(code).isEqualTo(1);
    assertThat(e.toString()).containsPattern("(?m)^content/type-severity\\.md:3:\\d+: error\\[FM01\\d\\]: .*severity");
  }
}
