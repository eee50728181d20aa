package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.config.ConfigLoader;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.testing.SiteFixture;

/** The one door for a content file: what it keeps, and that no failure of a parser leaves it. */
class PostmortemReaderTest {
  @TempDir Path tmp;

  private static final String SITE = """
      -- site.properties --
      site.title=Door
      -- content/a.md --
      # Queue backlog

      The consumer stalled.

      ## Root cause

      A poison message.

      ## Lessons

      Alert on lag.
      -- content/b.md --
      # Second
      """;

  @Test
  void keepsTheRootCauseSourceLinesAndThePlainBodyForTheIndex() {
    Path root = SiteFixture.write(tmp, SITE);
    SiteConfig config = ConfigLoader.load(root).config().orElseThrow();
    Postmortem p = PostmortemReader.of(config).read(root.resolve("content/a.md")).postmortem().orElseThrow();

    assertThat(p.searchText().rootCause()).isEqualTo("## Root cause\n\nA poison message.");
    assertThat(p.searchText().body().text()).isEqualTo("The consumer stalled.\nRoot cause\nA poison message.\n"
        + "Lessons\nAlert on lag.");
  }

  @Test
  void aParserFailureOnOneFileBecomesADiagnosticOnThatFile() {
    Path root = SiteFixture.write(tmp, SITE);
    SiteConfig config = ConfigLoader.load(root).config().orElseThrow();
    PostmortemReader failing = PostmortemReader.of(config, bytes -> {
      throw new StackOverflowError();
    });

    PostmortemReader.Read r = failing.read(root.resolve("content/a.md"));

    assertThat(r.postmortem()).isEmpty();
    assertThat(r.diagnostics()).extracting(Diagnostic::code, d -> d.at().toString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("SRC006", "content/a.md:1:1"));
    assertThat(r.diagnostics().get(0).message()).contains("StackOverflowError");
  }

  @Test
  void checkReadsWhatTheBuildReadsFromTheConfiguredFolder() throws Exception {
    Path root = SiteFixture.write(tmp, """
        -- site.properties --
        site.title=Door
        content.folder=posts
        content.maxFileSize=200
        -- posts/a.md --
        # A
        -- posts/_draft/b.md --
        # Skipped: underscored folder
        -- posts/.hidden.md --
        # Skipped: hidden
        -- posts/c.markdown --
        # Skipped: not .md
        -- posts/big.md --
        # Too big
        -- content/ignored.md --
        # Not the content folder
        """);
    Files.writeString(root.resolve("posts/big.md"), "# Too big\n" + "x".repeat(500));
    PostmortemReader.SiteRead site = PostmortemReader.readSite(ConfigLoader.load(root).config().orElseThrow());

    assertThat(site.files()).extracting(PostmortemReader.Read::file).containsExactly("posts/a.md", "posts/big.md");
    assertThat(site.corpus().postmortems()).extracting(Postmortem::slug).containsExactly("a");
    assertThat(site.diagnostics()).extracting(Diagnostic::code).containsExactly("SRC001");
  }

  @Test
  void inspectNamesFilesOutsideTheRootByTheirAbsolutePath() throws Exception {
    Path root = SiteFixture.write(tmp.resolve("kb"), SITE);
    Path loose = Files.writeString(Files.createDirectories(tmp.resolve("elsewhere")).resolve("x.md"), "# Loose\n");

    List<PostmortemReader.Read> reads = PostmortemReader.readPaths(root, List.of(root.resolve("content"), loose));

    assertThat(reads).extracting(PostmortemReader.Read::file)
        .containsExactly("content/a.md", "content/b.md", loose.toAbsolutePath().normalize().toString());
    assertThat(reads).allSatisfy(r -> assertThat(r.postmortem()).isPresent());
  }
}
