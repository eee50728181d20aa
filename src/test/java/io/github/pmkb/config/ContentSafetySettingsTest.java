package io.github.pmkb.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.testing.SiteFixture;

/** {@code content.maxFileSize} and {@code content.rawHtml}: defaults, accepted values, bad values. */
class ContentSafetySettingsTest {
  @TempDir Path tmp;

  private ConfigResult load(String properties) {
    return ConfigLoader.load(SiteFixture.write(tmp, "-- site.properties --\n" + properties));
  }

  @Test
  void defaultsAreSixteenMebibytesAndSanitize() {
    SiteConfig c = load("site.title=x\n").config().orElseThrow();
    assertThat(c.maxFileSize()).isEqualTo(16L * 1024 * 1024);
    assertThat(c.rawHtml()).isEqualTo(RawHtml.SANITIZE);
  }

  @Test
  void acceptsSizesWithBinaryUnitsAndEveryRawHtmlMode() {
    assertThat(load("content.maxFileSize=512KB\ncontent.rawHtml=escape\n").config().orElseThrow())
        .satisfies(c -> {
          assertThat(c.maxFileSize()).isEqualTo(512L * 1024);
          assertThat(c.rawHtml()).isEqualTo(RawHtml.ESCAPE);
        });
    assertThat(load("content.maxFileSize=2 MiB\ncontent.rawHtml=Trust\n").config().orElseThrow())
        .satisfies(c -> {
          assertThat(c.maxFileSize()).isEqualTo(2L * 1024 * 1024);
          assertThat(c.rawHtml()).isEqualTo(RawHtml.TRUST);
        });
    assertThat(load("content.maxFileSize=1000\n").config().orElseThrow().maxFileSize()).isEqualTo(1000);
  }

  @Test
  void badValuesAreErrorsAtTheirLinesWithAHint() {
    ConfigResult r = load("""
        site.title=x
        content.maxFileSize=lots
        content.rawHtml=maybe
        """);
    assertThat(r.config()).isEmpty();
    assertThat(r.diagnostics()).extracting(Diagnostic::format).containsExactly(
        "site.properties:2:1: error[CFG003]: content.maxFileSize must be a size such as 16MB or 512KB, got 'lots'",
        "site.properties:3:1: error[CFG003]: content.rawHtml must be sanitize, escape or trust, got 'maybe'");
    assertThat(r.diagnostics()).allSatisfy(d -> assertThat(d.hint()).isPresent());
  }

  @Test
  void zeroAndOverflowingSizesAreRejected() {
    assertThat(load("content.maxFileSize=0\n").config()).isEmpty();
    assertThat(load("content.maxFileSize=999999999999G\n").config()).isEmpty();
  }
}
