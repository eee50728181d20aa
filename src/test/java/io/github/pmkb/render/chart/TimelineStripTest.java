package io.github.pmkb.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineStripTest {
  record P(String iso, String at, String marker) implements TimelinePoint {}

  @Test
  void placesEventsByTimeAndLabelsMarkers() {
    String svg = TimelineStrip.svg(List.of(new P("2025-03-03T02:15Z", "02:15", "begins"),
        new P("2025-03-03T02:45Z", "02:45", ""), new P("2025-03-03T04:45Z", "04:45", "resolved")));
    assertThat(svg).contains("role=\"img\"", "Timeline over 150 minutes; begins at 02:15; resolved at 04:45");
    // 30 of 150 minutes along the 696-unit axis that starts at x=12 (151.2), in whole units.
    assertThat(svg).contains("<path class=\"tick\" d=\"M151 39v10\"/>");
    assertThat(svg).contains(">begins 02:15<", ">resolved 04:45<");
  }

  @Test
  void aCopyForTheEyeIsHiddenFromScreenReadersAndHasNoDescriptionOrTooltips() {
    List<P> events = List.of(new P("2025-03-03T02:15Z", "02:15", "begins"), new P("2025-03-03T02:45Z", "02:45", ""),
        new P("2025-03-03T04:45Z", "04:45", "resolved"));
    String copy = TimelineStrip.svg(events, TimelineStrip.NARROW, false);
    assertThat(copy).startsWith("<svg class=\"chart timeline-strip\" aria-hidden=\"true\" viewBox=")
        .doesNotContain("role=", "<title", "<desc", "aria-labelledby").contains(">begins 02:15<", "<circle");
    assertThat(TimelineStrip.svg(events, TimelineStrip.NARROW)).contains("role=\"img\"", "<desc", "begins at 02:15");
  }

  @Test
  void aCopyShownOnPhonesIsNamedByTheDescribedStrip() {
    List<P> events = List.of(new P("2025-03-03T02:15Z", "02:15", "begins"), new P("2025-03-03T04:45Z", "04:45", "resolved"));
    String copy = TimelineStrip.svg(events, TimelineStrip.NARROW, TimelineStrip.WIDE);
    assertThat(copy).contains("role=\"img\"", "aria-labelledby=\"tl720-t tl720-d\"").doesNotContain("aria-hidden", "<desc", "<title");
    assertThat(TimelineStrip.svg(events, TimelineStrip.WIDE)).contains("<title id=\"tl720-t\"", "<desc id=\"tl720-d\"");
  }

  @Test
  void differentOffsetsAreComparedAsInstants() {
    String svg = TimelineStrip.svg(List.of(new P("2025-03-03T10:00+02:00", "10:00", "begins"),
        new P("2025-03-03T09:00Z", "09:00", "resolved")));
    assertThat(svg).contains("Timeline over 60 minutes");
  }

  @Test
  void nothingToDrawWithoutTwoDistinctTimes() {
    assertThat(TimelineStrip.svg(List.of(new P("2025-03-03T10:00", "10:00", "begins")))).isEmpty();
    assertThat(TimelineStrip.svg(List.of(new P("not a time", "x", ""), new P("also not", "y", "")))).isEmpty();
  }

  @Test
  void eventTextIsEscaped() {
    String svg = TimelineStrip.svg(List.of(new P("2025-03-03T10:00", "<img src=x onerror=alert(1)>", "begins"),
        new P("2025-03-03T11:00", "11:00", "\"><script>x</script>")));
    assertThat(svg).doesNotContain("<img").doesNotContain("<script>").contains("&lt;img");
  }

  @Test
  void plainEventsAreOneUnlabelledPathBecauseTheListBelowNamesThem() {
    String svg = TimelineStrip.svg(List.of(new P("2025-03-03T10:00", "10:00", "begins"),
        new P("2025-03-03T10:30", "10:30 secret", ""), new P("2025-03-03T11:00", "11:00 other", ""),
        new P("2025-03-03T12:00", "12:00", "resolved")));
    assertThat(svg).contains("<path class=\"tick\" d=\"M186 39v10M360 39v10\"/>")
        .doesNotContain("secret").doesNotContain("other").doesNotContain("<line class=\"tick\"");
    // The markers' times are in the description, not in a tooltip each.
    assertThat(svg).contains("begins at 10:00", "resolved at 12:00").doesNotContain("</circle>");
  }

  @Test
  void labelsStayInsideTheStripAndCloseMarkersTakeAnotherRow() {
    // Begins and detected three minutes apart: side by side their labels would overlap.
    List<P> events = List.of(new P("2025-03-03T02:15Z", "02:15", "begins"), new P("2025-03-03T02:18Z", "02:18", "detected"),
        new P("2025-03-03T04:45Z", "04:45", "resolved"));
    for (int width : new int[] {TimelineStrip.WIDE, TimelineStrip.NARROW}) {
      var doc = org.jsoup.Jsoup.parse(TimelineStrip.svg(events, width), "", org.jsoup.parser.Parser.xmlParser());
      var texts = doc.select("text");
      assertThat(texts.eachText()).containsExactly("begins 02:15", "detected 02:18", "resolved 04:45");
      for (var t : texts) {
        double x = Double.parseDouble(t.attr("x"));
        assertThat(x).as(t.text()).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(width - t.text().length() * 6.6);
      }
      assertThat(texts.get(0).attr("y")).isNotEqualTo(texts.get(1).attr("y"));
    }
  }

  @Test
  void aTickHiddenUnderAMarkerOrDrawnTwiceIsLeftOut() {
    // 10:01 is 6 units from the marker at 10:00 on the wide strip (696 units for two hours): its
    // tick shows there, but lies within two units of it on the narrow strip, under the circle.
    List<P> events = List.of(new P("2025-03-03T10:00", "10:00", "begins"), new P("2025-03-03T10:01", "10:01", ""),
        new P("2025-03-03T11:00", "11:00", ""), new P("2025-03-03T11:00", "11:00 again", ""),
        new P("2025-03-03T12:00", "12:00", "resolved"));
    assertThat(TimelineStrip.svg(events, TimelineStrip.WIDE)).contains("<path class=\"tick\" d=\"M18 39v10M360 39v10\"/>");
    assertThat(TimelineStrip.svg(events, TimelineStrip.NARROW)).contains("<path class=\"tick\" d=\"M160 39v10\"/>");
    // Every coordinate is a whole number.
    assertThat(TimelineStrip.svg(events, TimelineStrip.NARROW)).doesNotContainPattern("\\d\\.\\d");
  }
}
