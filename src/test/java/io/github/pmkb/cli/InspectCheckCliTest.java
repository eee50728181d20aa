package io.github.pmkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.testing.SiteFixture;

/** Transcripts of {@code pmkb inspect} and {@code pmkb check}. */
class InspectCheckCliTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path site() {
    return SiteFixture.write(tmp.resolve("kb"), """
        -- content/leak.md --
        # Kiosk spooler leak
        On May 4, 2024, from 10:00 AM to 11:30 AM UTC, 20% of our users could not print.
        ## Timeline
        - 10:00 AM UTC: Alert fired.
        - 11:30 AM UTC: Service restored.
        ## Root Cause
        The spooler had a memory leak. See [the DNS one](dns.md) and [a ghost](ghost.md).
        -- content/dns.md --
        # DNS records vanished
        ## Root cause
        A DNS zone was deleted.
        Severity: purple
        -- content/unknown.md --
        # Something happened
        It was bad, then it was fine.
        """);
  }

  @Test
  void inspectJsonPrintsOneObjectPerFileWithTheIssueFields() {
    Path kb = site();
    Run r = run("inspect", "--json", kb.resolve("content/leak.md").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out().strip().lines()).hasSize(1);
    assertThat(r.out()).contains("\"title\":\"Kiosk spooler leak\"", "\"date\":\"2024-05-04\"",
        "\"started_at\":\"2024-05-04T10:00Z\"", "\"resolved_at\":\"2024-05-04T11:30Z\"", "\"duration_minutes\":90",
        "\"impact_percent\":20", "\"root_cause\":\"memory-leak\"", "\"sections\":[{\"name\":\"timeline\"",
        "\"timeline\":[{\"at\":\"2024-05-04T10:00Z\",\"text\":\"Alert fired.\",\"line\":4,\"marker\":\"detected\"}",
        "\"diagnostics\":[");
    for (String field : new String[] {"file", "timezone", "detected_at", "mitigated_at", "severity", "services", "tags",
        "actions"}) {
      assertThat(r.out()).contains("\"" + field + "\":");
    }
  }

  @Test
  void inspectTextLeadsEachListRowWithItsSourceLine() {
    Path kb = site();
    Run r = run("inspect", kb.resolve("content/leak.md").toString(), kb.resolve("content/dns.md").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).containsPattern("title:\\s+Kiosk spooler leak")
        .containsPattern("line 4 +2024-05-04T10:00Z  Alert fired\\.  marker: detected")
        .containsPattern("tags:\\s+-\n")
        .contains("content/dns.md:4:1: warning[EX004]: unknown severity 'purple'")
        .doesNotContain("[timeline, Timeline");
  }

  @Test
  void inspectSummaryCountsFilesPerField() {
    Run r = run("inspect", "--summary", site().resolve("content").toString());
    assertThat(r.out()).containsPattern("duration_minutes\\s+1\\s+33%").containsPattern("root_cause\\s+2\\s+67%")
        .containsPattern("files\\s+3");
  }

  @Test
  void checkReportsLintsAndExitsOneOnErrors() {
    Run r = run("check", "--source", site().toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("content/leak.md:1:1: error[CL006]: link to 'ghost.md' points to no postmortem",
        "content/dns.md:4:1: warning[EX004]: unknown severity 'purple'",
        "content/unknown.md:1:1: warning[CL001]: no root cause found", "pmkb check: 3 postmortems, 1 error, 2 warnings");
  }

  @Test
  void checkFormatsForGithubAndJson() {
    Path kb = site();
    assertThat(run("check", "--source", kb.toString(), "--format", "github").out())
        .contains("::error file=content/leak.md,line=1,col=1,title=CL006::link to 'ghost.md'");
    assertThat(run("check", "--source", kb.toString(), "--format", "json").out())
        .contains("{\"file\":\"content/dns.md\",\"line\":4,\"column\":1,\"level\":\"warning\",\"code\":\"EX004\"");
  }

  @Test
  void checkIsCleanOnGoodContentUnlessStrictMeetsAWarning() {
    Path kb = SiteFixture.write(tmp.resolve("ok"), """
        -- content/a.md --
        # Certificate expired
        ## Root cause
        The TLS certificate expired.
        """);
    assertThat(run("check", "--source", kb.toString()).code()).isZero();
    Path warn = SiteFixture.write(tmp.resolve("warn"), "-- content/a.md --\n# Nothing known\n");
    assertThat(run("check", "--source", warn.toString()).code()).isZero();
    assertThat(run("check", "--strict", "--source", warn.toString()).code()).isEqualTo(1);
  }

  @Test
  void checkOutsideAKnowledgeBaseSaysSoInsteadOfReportingZeroPostmortems() throws Exception {
    Run r = run("check", "--source", java.nio.file.Files.createDirectory(tmp.resolve("empty")).toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no knowledge base here (no content/ folder)");
    assertThat(r.out()).doesNotContain("0 postmortems");
    Run missing = run("check", "--source", tmp.resolve("typo").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such folder: " + tmp.resolve("typo")).doesNotContain("site.properties");
  }

  @Test
  void initNamesTheFolderToEnterUnlessItIsTheCurrentOne() {
    Path cwd = tmp.resolve("work");
    assertThat(InitCommand.nextSteps(cwd.resolve("kb"), cwd)).startsWith("next: cd " + cwd.resolve("kb") + " && pmkb new");
    assertThat(InitCommand.nextSteps(cwd.resolve("."), cwd)).isEqualTo("next: pmkb new \"What happened\" && pmkb build");
  }
}
