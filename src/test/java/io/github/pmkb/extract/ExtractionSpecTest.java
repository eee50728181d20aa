package io.github.pmkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.pmkb.check.IncidentReport;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.model.Postmortem;

/**
 * Runs the examples of {@code src/test/resources/specs/*.md}, in the style of flexmark's spec
 * files: each example is an input snippet and the expected extraction as {@code key: value}
 * lines. Keys are the fields of {@code pmkb inspect --json}; lists are written compactly
 * ({@code sections: summary@3, timeline@5}). In inputs, {@code <CR>} stands for a carriage return
 * and {@code <BOM>} for a byte order mark, so the spec files themselves stay plain LF UTF-8.
 */
class ExtractionSpecTest {
  static final List<String> SPECS = List.of("headings", "timelines", "timestamps", "facts", "encoding", "titles", "times", "impact", "shapes", "templates", "heldout-shapes",
      "readings");

  record Example(String file, String name, String input, Map<String, String> expected) {
    @Override
    public String toString() {
      return file + ": " + name;
    }
  }

  static Stream<Example> examples() throws IOException {
    List<Example> out = new ArrayList<>();
    for (String spec : SPECS) {
      try (InputStream in = ExtractionSpecTest.class.getResourceAsStream("/specs/" + spec + ".md")) {
        if (in == null) throw new IOException("missing spec " + spec);
        out.addAll(parse(spec, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
    return out.stream();
  }

  static List<Example> parse(String file, String text) {
    List<Example> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith("%%% example ")) continue;
      String name = lines[i].substring("%%% example ".length()).strip();
      StringBuilder input = new StringBuilder();
      i++;
      while (!lines[i].equals("%%% expect")) input.append(lines[i++]).append('\n');
      Map<String, String> expected = new LinkedHashMap<>();
      i++;
      while (!lines[i].equals("%%% end")) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) expected.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
        i++;
      }
      out.add(new Example(file, name, input.toString(), expected));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void extractsAsSpecified(Example ex) {
    String input = ex.input().replace("<CR>", "\r").replace("<BOM>", "\uFEFF");
    Diagnostics d = new Diagnostics();
    Postmortem p = Docs.extract("content/example.md", input, d);
    Map<String, Object> report = IncidentReport.of("content/example.md", java.util.Optional.of(p), d.list());
    // A misspelt key would print "-" and quietly check that a field is absent: every key must be
    // one of inspect's fields or one of the views render() knows.
    List<String> unknown = ex.expected().keySet().stream().filter(k -> !VIEWS.contains(k) && !report.containsKey(k)).toList();
    assertThat(unknown).as(ex + ": keys that are neither a field of pmkb inspect --json nor a view of this test").isEmpty();
    Map<String, String> actual = new LinkedHashMap<>();
    for (String key : ex.expected().keySet()) actual.put(key, render(key, report, p));
    assertThat(actual).as(ex.toString() + "\n" + report).isEqualTo(ex.expected());
  }

  /** The keys {@link #render} computes itself rather than reading a field of the report. */
  static final java.util.Set<String> VIEWS = java.util.Set.of("timeline_lines", "markers", "first_event", "action_tickets",
      "action_due", "impact_sentence", "summary", "title_from");

  @SuppressWarnings("unchecked")
  private static String render(String key, Map<String, Object> report, Postmortem p) {
    return switch (key) {
      case "sections" -> join((List<Map<String, Object>>) report.get("sections"), m -> m.get("name") + "@" + m.get("line"));
      case "timeline" -> join((List<Map<String, Object>>) report.get("timeline"), m -> String.valueOf(m.get("at")));
      case "timeline_lines" -> join((List<Map<String, Object>>) report.get("timeline"), m -> String.valueOf(m.get("line")));
      case "markers" -> join((List<Map<String, Object>>) report.get("timeline"), m -> m.get("marker") == null ? "-" : String.valueOf(m.get("marker")));
      case "first_event" -> ((List<Map<String, Object>>) report.get("timeline")).stream().findFirst()
          .map(m -> String.valueOf(m.get("text"))).orElse("-");
      case "diagnostics" -> join((List<Map<String, Object>>) report.get("diagnostics"), m -> m.get("code") + "@" + m.get("line"));
      case "actions" -> join((List<Map<String, Object>>) report.get("actions"),
          m -> m.get("text") + " | " + (m.get("owner") == null ? "-" : m.get("owner")) + " | " + (m.get("status") == null ? "-" : m.get("status")));
      case "action_tickets" -> join((List<Map<String, Object>>) report.get("actions"), m -> m.get("ticket") == null ? "-" : String.valueOf(m.get("ticket")));
      case "action_due" -> join((List<Map<String, Object>>) report.get("actions"), m -> m.get("due") == null ? "-" : String.valueOf(m.get("due")));
      case "impact_sentence" -> p.incident().impact().sentence().map(s -> s.value()).orElse("-");
      case "summary" -> p.summary();
      case "title_from" -> p.title().from().name();
      default -> {
        // A view whose case was removed would fall here and print "-": say so instead.
        if (VIEWS.contains(key)) throw new IllegalStateException("view '" + key + "' is listed in VIEWS but render() has no case for it");
        Object v = report.get(key);
        if (v instanceof List<?> l) yield l.stream().map(String::valueOf).collect(Collectors.joining(", "));
        if (v instanceof Double dbl && dbl == Math.rint(dbl)) yield String.valueOf(dbl.longValue());
        yield v == null ? "-" : String.valueOf(v);
      }
    };
  }

  private static String join(List<Map<String, Object>> items, java.util.function.Function<Map<String, Object>, String> f) {
    return items.stream().map(f).collect(Collectors.joining(", "));
  }
}
