package io.github.pmkb.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class BarChartTest {
  @Test
  void chartHasATextAlternativeListingEveryValue() {
    String svg = BarChart.horizontal("rc", "Incidents per root cause",
        List.of(new BarChart.Bar("memory-leak", 5), new BarChart.Bar("dns", 1)), "incidents");
    var doc = Jsoup.parse(svg, "", Parser.xmlParser());
    assertThat(doc.selectFirst("svg").attr("role")).isEqualTo("img");
    assertThat(doc.selectFirst("title").text()).isEqualTo("Incidents per root cause");
    assertThat(doc.selectFirst("desc").text()).isEqualTo("memory-leak: 5 incidents; dns: 1 incidents");
    assertThat(doc.select("rect.bar")).hasSize(2);
  }

  @Test
  void labelsAreEscaped() {
    String svg = BarChart.columns("m", "t", List.of(new BarChart.Bar("<script>x</script>", 2)), "");
    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;");
  }

  @Test
  void numbersIgnoreTheDefaultLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.GERMANY);
      assertThat(BarChart.num(12.25)).isEqualTo("12.3");
      assertThat(BarChart.num(3)).isEqualTo("3");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }
}
