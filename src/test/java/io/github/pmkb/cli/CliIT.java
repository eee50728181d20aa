package io.github.pmkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.testing.SiteFixture;

/** CLI transcripts: exit codes, messages and the summary line. */
class CliIT {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void helpAndVersionExitZero() {
    Run help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("build").contains("Exit codes");
    assertThat(run("build", "--help").out()).contains("--source", "--output", "--base-url");
    assertThat(run("--version").out()).startsWith("pmkb ");
    Run serve = run("serve", "--help");
    assertThat(serve.code()).isZero();
    assertThat(serve.out()).contains("--port", "--bind", "--drafts", "--open", "--source");
  }

  @Test
  void timingsListEveryStageWithWallAndCpuTime() {
    Path src = SiteFixture.write(tmp.resolve("src"), "-- content/a.md --\n# A\n");
    Run r = run("build", "--source", src.toString(), "--output", tmp.resolve("out").toString(), "--timings", "-q");
    assertThat(r.code()).isZero();
    assertThat(r.out()).containsPattern("stage \\(ms\\) +wall +cpu +jit +gc")
        .containsPattern("(?m)^  jvm start +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+$")
        .containsPattern("(?m)^  parse\\+extract +[0-9.]+ +[0-9.]+")
        .containsPattern("(?m)^  render\\+write +[0-9.]+ +[0-9.]+")
        .containsPattern("(?m)^  total +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+$");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run r = run("build", "--no-such-option");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option");
  }

  @Test
  void contentErrorsExitOneWithCompilerStyleMessagesAndASummary() {
    Path src = SiteFixture.write(tmp.resolve("src"), """
        -- content/good.md --
        # Good one
        -- content/bad.md --
        ---
        tags: [unclosed
        ---
        """);
    Run r = run("build", "--source", src.toString(), "--output", tmp.resolve("out").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).containsPattern("content/bad\\.md:\\d+:\\d+: error\\[FM001\\]: ");
    assertThat(r.out()).containsPattern("pmkb: \\d+ pages \\(1 incident\\), 1 error, 0 warnings in ");
    assertThat(tmp.resolve("out/incidents/good.html")).exists();
  }

  @Test
  void refusingToOverwriteIsOneLineWithoutStackTrace() throws Exception {
    Path src = SiteFixture.write(tmp.resolve("src"), "-- content/a.md --\n# A\n");
    Path out = tmp.resolve("mine");
    java.nio.file.Files.createDirectories(out);
    java.nio.file.Files.writeString(out.resolve("notes.txt"), "keep");
    Run r = run("build", "--source", src.toString(), "--output", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("pmkb: refusing to replace").doesNotContain("\tat ");
    assertThat(out.resolve("notes.txt")).hasContent("keep");
  }

  @Test
  void configurationErrorsExitOneAndWriteNothing() {
    Path src = SiteFixture.write(tmp.resolve("src"), "-- site.properties --\nsite.tilte=x\n-- content/a.md --\n# A\n");
    Run r = run("build", "--source", src.toString(), "--output", tmp.resolve("out").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("site.properties:1:1: error[CFG001]: unknown setting 'site.tilte'");
    assertThat(tmp.resolve("out")).doesNotExist();
  }
}
