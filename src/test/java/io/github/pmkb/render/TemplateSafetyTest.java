package io.github.pmkb.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import io.github.pmkb.testing.SiteFixture;

/**
 * The theme's templates insert unescaped text only where it was sanitised: autoescape covers
 * every other value, so a new {@code | raw} is a security decision this test makes visible.
 */
class TemplateSafetyTest {
  /**
   * Values the site stage passes through {@link HtmlSanitizer} (or that the site marks trusted),
   * and SVG that {@code render.chart} builds from escaped text only (ColumnChartTest and
   * TimelineStripTest check the escaping), and {@code json}, written by {@code check.Json} for
   * {@code api/*.json} and {@code data/*.json} (never inside an HTML page).
   */
  private static final List<String> SANITISED = List.of("incident.bodyHtml", "incident.timeline | timelineSvg(720)",
      "incident.timeline | timelineSvg(320, 720)", "analytics.chartWide", "analytics.chartNarrow", "c.spark", "summary.spark",
      "json");

  /** Everything between {@code {{} and {@code | raw}, filter chains included. */
  private static final Pattern RAW = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*\\|\\s*raw\\b");
  private static final Pattern SCRIPT = Pattern.compile("(?is)<script\\b[^>]*>(.*?)</script>");

  private static List<Path> templates() throws IOException {
    try (Stream<Path> s = Files.walk(SiteFixture.repoRoot().resolve("themes"))) {
      return s.filter(p -> p.toString().endsWith(".peb")).sorted().toList();
    }
  }

  @Test
  void onlySanitisedValuesAreInsertedRaw() throws IOException {
    List<String> raw = new ArrayList<>();
    for (Path t : templates()) {
      Matcher m = RAW.matcher(Files.readString(t, StandardCharsets.UTF_8));
      while (m.find()) raw.add(m.group(1).strip());
    }
    assertThat(raw).isNotEmpty().allSatisfy(expr -> assertThat(SANITISED).contains(expr));
  }

  @Test
  void noTemplateValueIsWrittenInsideAScriptElement() throws IOException {
    // Autoescaping is for HTML, not JavaScript: a value inside <script> needs its own encoder.
    for (Path t : templates()) {
      Matcher m = SCRIPT.matcher(Files.readString(t, StandardCharsets.UTF_8));
      while (m.find()) assertThat(m.group(1)).as(t.toString()).doesNotContain("{{");
    }
  }
}
