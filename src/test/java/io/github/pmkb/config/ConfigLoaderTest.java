package io.github.pmkb.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.testing.SiteFixture;

class ConfigLoaderTest {
  @TempDir Path tmp;

  private ConfigResult load(String properties) {
    return ConfigLoader.load(SiteFixture.write(tmp, "-- site.properties --\n" + properties));
  }

  @Test
  void readsJBakeAndPmkbKeys() {
    ConfigResult r = load("""
        site.title=Ops, Inc. incidents
        site.host=https://org.github.io
        site.baseurl=repo-name
        content.folder=posts
        params.team=platform
        """);
    assertThat(r.diagnostics()).isEmpty();
    SiteConfig c = r.config().orElseThrow();
    assertThat(c.title()).isEqualTo("Ops, Inc. incidents");
    assertThat(c.baseUrl()).isEqualTo("/repo-name/");
    assertThat(c.absoluteBase()).isEqualTo("https://org.github.io/repo-name/");
    assertThat(c.contentDir()).isEqualTo(tmp.toAbsolutePath().resolve("posts"));
    assertThat(c.params()).containsEntry("params.team", "platform");
    assertThat(c.outputDir()).isEqualTo(tmp.toAbsolutePath().resolve("target/site"));
  }

  @Test
  void unknownKeyIsAnErrorAtItsLineWithASuggestion() {
    ConfigResult r = load("""
        site.title=x

        site.titel=y
        """);
    assertThat(r.config()).isEmpty();
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.format()).isEqualTo("site.properties:3:1: error[CFG001]: unknown setting 'site.titel'");
    assertThat(d.hint()).contains("did you mean 'site.title'?");
  }

  @Test
  void invalidValuesNameTheirKey() {
    ConfigResult r = load("""
        site.baseurl=https://org.github.io/repo/
        theme=nope
        content.folder=../elsewhere
        """);
    assertThat(r.config()).isEmpty();
    assertThat(r.diagnostics()).extracting(Diagnostic::format).containsExactly(
        "site.properties:1:1: error[CFG003]: site.baseurl must be a path such as /repo-name/, got 'https://org.github.io/repo/'",
        "site.properties:2:1: error[CFG002]: theme 'nope' has no templates folder at themes/nope/templates",
        "site.properties:3:1: error[CFG004]: content.folder must be a folder inside the site, got '../elsewhere'");
  }

  @Test
  void aMissingFileMeansDefaults() {
    ConfigResult r = ConfigLoader.load(SiteFixture.write(tmp, "-- content/a.md --\nx\n"));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.config().orElseThrow().title()).isEqualTo("Postmortems");
    assertThat(r.config().orElseThrow().baseUrl()).isEqualTo("/");
  }

  @Test
  void systemPropertiesNeverLeakIntoTemplateParams() {
    ConfigResult r = load("site.title=x\n");
    assertThat(r.config().orElseThrow().params()).doesNotContainKeys("java.home", "user.home");
  }
}
