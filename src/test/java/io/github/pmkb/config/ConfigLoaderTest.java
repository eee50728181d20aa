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
  void siteApiIsTypedFactsByDefault() {
    java.util.function.Function<String, ApiMode> api = props -> ConfigLoader.load(SiteFixture.write(
        tmp.resolve(Integer.toString(props.hashCode())), "-- site.properties --\nsite.title=x\n" + props))
        .config().orElseThrow().api();
    assertThat(api.apply("")).isEqualTo(ApiMode.FACTS);
    assertThat(api.apply("site.api=true\n")).isEqualTo(ApiMode.FACTS);
    assertThat(api.apply("site.api=false\n")).isEqualTo(ApiMode.OFF);
    assertThat(api.apply("site.api=full\n")).isEqualTo(ApiMode.FULL);
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
        "site.properties:2:1: error[CFG002]: theme 'nope' not found: there is no folder themes/nope",
        "site.properties:3:1: error[CFG004]: content.folder must be a folder inside the site, got '../elsewhere'");
  }

  @Test
  void actionPartRowsAreAWholeNumberAboveZero() {
    assertThat(load("site.actions.partRows=7\n").config().orElseThrow().actionPartRows()).isEqualTo(7);
    assertThat(load("site.title=T\n").config().orElseThrow().actionPartRows()).isEqualTo(SiteConfig.DEFAULT_ACTION_PART_ROWS);
    for (String bad : java.util.List.of("0", "-3", "many", "99999999999")) {
      ConfigResult r = load("site.actions.partRows=" + bad + "\n");
      assertThat(r.config()).isEmpty();
      assertThat(r.diagnostics()).extracting(Diagnostic::format).containsExactly(
          "site.properties:1:1: error[CFG003]: site.actions.partRows must be a whole number from 1 to 2147483647, got '" + bad + "'");
    }
  }

  /** A site of exactly these files (path, text, ...): no theme is copied in. */
  private Path bare(String... pathsAndTexts) throws java.io.IOException {
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      Path f = tmp.resolve(pathsAndTexts[i]);
      java.nio.file.Files.createDirectories(f.getParent());
      java.nio.file.Files.writeString(f, pathsAndTexts[i + 1]);
    }
    return tmp;
  }

  @Test
  void theDefaultThemeNeedsNoFolder() throws java.io.IOException {
    Path root = bare("site.properties", "theme=default\n", "content/a.md", "x\n");
    ConfigResult r = ConfigLoader.load(root);
    assertThat(r.diagnostics()).isEmpty();
    // Without themes/default the built-in theme is the only layer.
    assertThat(r.config().orElseThrow().themeLayers().roots()).containsExactly(ThemeLayers.builtIn());
    assertThat(r.config().orElseThrow().themeLayers().file("templates/base.peb")).isPresent();
  }

  @Test
  void aSiteThemeFolderOverridesTheBuiltInThemeFileByFile() throws java.io.IOException {
    Path root = bare("themes/default/static/css/site.css", "body{}\n", "content/a.md", "x\n");
    ThemeLayers layers = ConfigLoader.load(root).config().orElseThrow().themeLayers();
    assertThat(layers.staticFiles().get("css/site.css")).isEqualTo(root.resolve("themes/default/static/css/site.css"));
    assertThat(layers.staticFiles().get("favicon.svg")).isEqualTo(ThemeLayers.builtIn().resolve("static/favicon.svg"));
    assertThat(layers.templateDirs()).containsExactly(ThemeLayers.builtIn().resolve("templates"));
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
