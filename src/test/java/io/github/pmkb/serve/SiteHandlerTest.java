package io.github.pmkb.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SiteHandlerTest {
  private final SiteHandler handler = new SiteHandler(() -> Path.of("."), () -> "<div id=\"overlay\"></div>");

  @Test
  void refusesDotSegmentsBackslashesAndNuls() {
    assertThat(SiteHandler.isForbidden("/../etc/passwd")).isTrue();
    assertThat(SiteHandler.isForbidden("/a/./b")).isTrue();
    assertThat(SiteHandler.isForbidden("/a/..")).isTrue();
    assertThat(SiteHandler.isForbidden("/a\\..\\b")).isTrue();
    assertThat(SiteHandler.isForbidden("/a\0b")).isTrue();
    assertThat(SiteHandler.isForbidden("/incidents/a..b.html")).isFalse();
    assertThat(SiteHandler.isForbidden("/tags/")).isFalse();
  }

  @Test
  void injectsOverlayAndScriptBeforeTheLastClosingBody() {
    String out = new String(handler.inject("<html><body><p>x</p></BODY></html>".getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);

    assertThat(out).isEqualTo("<html><body><p>x</p><div id=\"overlay\"></div><script src=\"/__pmkb/livereload.js\">"
        + "</script></BODY></html>");
  }

  @Test
  void appendsWhenThereIsNoBodyTag() {
    String out = new String(handler.inject("<p>x</p>".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);

    assertThat(out).startsWith("<p>x</p><div id=\"overlay\">").endsWith("</script>");
  }
}
