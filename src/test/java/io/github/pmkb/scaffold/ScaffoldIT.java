package io.github.pmkb.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import io.github.pmkb.check.SiteChecker;
import io.github.pmkb.cli.Cli;
import io.github.pmkb.testing.SiteFixture;

/** {@code pmkb init} + {@code pmkb new} + {@code pmkb build} in an empty folder. */
class ScaffoldIT {
  @TempDir Path tmp;

  private static int run(String... args) {
    return Cli.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  @Test
  void initNewAndBuildWorkInAnEmptyFolder() throws Exception {
    Path kb = tmp.resolve("kb");
    assertThat(run("init", kb.toString(), "--title", "Ops")).isZero();
    assertThat(run("new", "Cache stampede: after deploy", "--date", "2025-03-01", "--source", kb.toString())).isZero();
    Path created = kb.resolve("content/2025/2025-03-01-cache-stampede-after-deploy.md");
    assertThat(Files.readString(created)).contains("title: \"Cache stampede: after deploy\"", "date: 2025-03-01")
        .contains("root_cause: \"\"", "# root_cause: one of memory-leak, ", " config-error, ").contains("# severity: SEV1 (worst) to SEV4")
        .doesNotContain("\nseverity:");
    // Only what authors edit: the theme stays inside pmkb.
    assertThat(kb.resolve("themes")).doesNotExist();

    Path out = tmp.resolve("out");
    assertThat(run("build", "--source", kb.toString(), "--output", out.toString(), "--drafts")).isZero();
    assertThat(out.resolve("incidents/2025-03-01-cache-stampede-after-deploy.html")).exists();
    assertThat(out.resolve("incidents/example-disk-full.html")).exists();
    assertThat(SiteChecker.check(out, "/")).isEmpty();
  }

  @Test
  void aNewPostmortemsPlaceholdersStateNoFacts() throws Exception {
    // The template's hints must not read as facts: a draft built with --drafts would show them.
    Path kb = tmp.resolve("kb");
    assertThat(run("init", kb.toString())).isZero();
    assertThat(run("new", "Queue backlog", "--date", "2025-03-01", "--source", kb.toString())).isZero();
    StringWriter out = new StringWriter();
    int code = Cli.run(new String[] {"inspect", "--json", kb.resolve("content/2025/2025-03-01-queue-backlog.md").toString()},
        new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    String json = out.toString();
    assertThat(json).contains("\"impact_percent\":null", "\"started_at\":null", "\"duration_minutes\":null");
  }

  @Test
  void newWritesTheSeverityItIsGiven() throws Exception {
    Path kb = tmp.resolve("kb");
    run("init", kb.toString());
    assertThat(run("new", "Disk full", "--date", "2025-03-01", "--severity", "sev2", "--source", kb.toString())).isZero();
    assertThat(Files.readString(kb.resolve("content/2025/2025-03-01-disk-full.md"))).contains("\nseverity: SEV2\n");
  }

  @Test
  void aFolderWithoutContentIsNoKnowledgeBase() throws Exception {
    Files.createDirectories(tmp.resolve("empty"));
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"new", "X", "--source", tmp.resolve("empty").toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("no knowledge base here (no content/ folder); run `pmkb init DIR`");
  }

  @Test
  void newNeverOverwritesAnAuthorsFile() throws Exception {
    Path kb = SiteFixture.write(tmp.resolve("kb"), "-- content/2025/2025-03-01-x.md --\nmy words\n");
    assertThat(run("new", "X", "--date", "2025-03-01", "--source", kb.toString())).isEqualTo(1);
    assertThat(kb.resolve("content/2025/2025-03-01-x.md")).hasContent("my words");
  }

  @Test
  void initRefusesAFolderWithFiles() throws Exception {
    Path dir = tmp.resolve("busy");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("notes.md"), "keep", StandardCharsets.UTF_8);
    assertThat(run("init", dir.toString())).isEqualTo(1);
    assertThat(dir.resolve("notes.md")).hasContent("keep");
    assertThat(dir.resolve("site.properties")).doesNotExist();
  }

  @Test
  void pagesWorkflowsAreValidYamlWithPagesPermissions() throws Exception {
    Path kb = tmp.resolve("kb");
    run("init", kb.toString());
    for (Path wf : List.of(kb.resolve(".github/workflows/pages.yml"),
        SiteFixture.repoRoot().resolve(".github/workflows/pages.yml"))) {
      @SuppressWarnings("unchecked")
      Map<String, Object> y = (Map<String, Object>) new Load(LoadSettings.builder().build())
          .loadFromString(Files.readString(wf));
      assertThat(y.get("permissions")).as(wf.toString())
          .isEqualTo(Map.of("contents", "read", "pages", "write", "id-token", "write"));
      assertThat(Files.readString(wf)).contains("actions/upload-pages-artifact", "actions/deploy-pages")
          .doesNotContain("vars.");
    }
    // A new site's workflow builds pmkb at a pinned commit and caches the jar under it.
    assertThat(Files.readString(kb.resolve(".github/workflows/pages.yml")))
        .contains("PMKB_REPOSITORY: pmkb/pmkb", "PMKB_REF: main", "actions/cache", "key: pmkb-${{ steps.pmkb.outputs.sha }}")
        .doesNotContain("{{pmkb_ref}}");
  }
}
