package io.github.pmkb.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class ColumnChartTest {
  private static final List<ColumnChart.Series> SERIES =
      List.of(new ColumnChart.Series("memory leak", "s0"), new ColumnChart.Series("dns", "s1"));

  private static Document chart(int width, List<ColumnChart.Column> columns) {
    return Jsoup.parse(ColumnChart.svg("q", "Incidents per quarter", width, SERIES, columns, "incidents"), "",
        Parser.xmlParser());
  }

  @Test
  void stacksSeriesAndDescribesEveryValue() {
    Document doc = chart(640, List.of(new ColumnChart.Column("2024 Q1", List.of(3.0, 1.0)),
        new ColumnChart.Column("2024 Q2", List.of(0.0, 2.0))));
    assertThat(doc.selectFirst("svg").attr("role")).isEqualTo("img");
    assertThat(doc.selectFirst("desc").text())
        .isEqualTo("2024 Q1: 4 incidents (memory leak 3, dns 1); 2024 Q2: 2 incidents (dns 2)");
    assertThat(doc.select("rect.bar.s0")).hasSize(1);
    assertThat(doc.select("rect.bar.s1")).hasSize(2);
  }

  @Test
  void theYAxisHasRoundGridlinesWithLabels() {
    Document doc = chart(640, List.of(new ColumnChart.Column("2024", List.of(7.0, 6.0))));
    // 13 incidents: gridlines every 5 up to 15.
    assertThat(doc.select("text.tick-label").eachText()).startsWith("0", "5", "10", "15");
    assertThat(doc.select("line.grid")).hasSize(4);
    assertThat(ColumnChart.Axis.of(1)).isEqualTo(new ColumnChart.Axis(1, 1));
    assertThat(ColumnChart.Axis.of(114)).isEqualTo(new ColumnChart.Axis(150, 50));
  }

  @Test
  void periodLabelsAreThinnedSoTheyDoNotOverlap() {
    List<ColumnChart.Column> months = java.util.stream.IntStream.range(0, 36)
        .mapToObj(i -> new ColumnChart.Column(String.format(java.util.Locale.ROOT, "2024-%02d", i % 12 + 1), List.of(1.0, 0.0)))
        .toList();
    int wide = chart(720, months).select("text.tick-label").size();
    int narrow = chart(360, months).select("text.tick-label").size();
    assertThat(narrow).isLessThan(wide);
    // At 360 units 36 columns are 9 units each; a 7-character label needs about 60.
    assertThat(narrow - 2).isLessThanOrEqualTo(6);
  }

  @Test
  void labelsAreEscaped() {
    String svg = ColumnChart.svg("m", "<b>t</b>", 360, SERIES,
        List.of(new ColumnChart.Column("<script>x</script>", List.of(1.0, 1.0))), "incidents");
    assertThat(svg).doesNotContain("<script>").doesNotContain("<b>").contains("&lt;script&gt;");
  }

  @Test
  void aSparklineNamesItsCounts() {
    String svg = Sparkline.svg(List.of(0, 2, 1), "dns, 2024 Q1 to 2024 Q3");
    assertThat(svg).contains("<title>dns, 2024 Q1 to 2024 Q3: 0, 2, 1</title>").contains("class=\"zero\"");
    assertThat(Jsoup.parse(svg, "", Parser.xmlParser()).select("rect")).hasSize(3);
  }
}
