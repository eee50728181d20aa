package io.github.pmkb.search.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.testing.Node;

/** The filter panel's export: the counts over every document, and which boxes start closed. */
class FacetColumnsTest {
  /** 30 tags (more than TOP_VALUES), two severities, durations of 10 and 90 minutes and one unknown. */
  static List<Map<String, List<String>>> facets() {
    List<Map<String, List<String>>> out = new ArrayList<>();
    for (int d = 0; d < 60; d++) {
      out.add(Map.of("tag", List.of("t" + (d % 30), "t" + (d % 7), "t" + (d % 7)), "severity", List.of(d % 3 == 0 ? "SEV1" : "SEV2"),
          "year", List.of(d < 20 ? "2025" : "2024")));
    }
    return out;
  }

  @Test
  void theEmptyQuerysCountsAreWrittenWithTheColumnsAndOnlyDimensionsOfManyValuesAreLazy() throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    long[] minutes = new long[60];
    for (int d = 0; d < 60; d++) minutes[d] = d == 0 ? -1 : d % 2 == 0 ? 10 : 90;
    String entry = FacetColumns.write(facets(), minutes, (name, bytes, length) -> files.put(name, java.util.Arrays.copyOf(bytes, length)));

    assertThat(entry).contains("{\"id\":\"tag\",\"label\":\"Tag\",\"n\":30,\"multi\":1,\"order\":\"value\",\"col\":")
        .containsOnlyOnce("\"lazy\":1,\"top\":")
        .contains("{\"id\":\"severity\",\"label\":\"Severity\",\"n\":2,\"multi\":0,\"order\":\"value\",\"col\":");
    assertThat(entry.substring(entry.indexOf("\"id\":\"severity\""))).startsWith("\"id\":\"severity\"").doesNotContain("\"lazy\"");
    Matcher at = Pattern.compile("\"all\":\\[0,(\\d+),(\\d+)]").matcher(entry);
    assertThat(at.find()).as(entry).isTrue();
    byte[] pack = files.values().iterator().next();
    String all = inflate(pack, Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2)));

    // A document naming a value twice counts once: t0…t6 are on 2 + 9 or 8 documents, one in both; others on 2.
    assertThat(all).startsWith("{\"dims\":{\"tag\":[[\"t0\",10],[\"t1\",10],[\"t2\",10],[\"t3\",10],[\"t4\",9],[\"t5\",9],[\"t6\",9],"
        + "[\"t10\",2],").contains(",\"severity\":[[\"SEV2\",40],[\"SEV1\",20]]}");
    // The first TOP_VALUES of the tags only; a duration bucket per bound and one for none.
    assertThat(all.substring(0, all.indexOf("\"severity\"")).split("\\],\\[")).hasSize(FacetColumns.TOP_VALUES);
    assertThat(all).endsWith(",\"duration\":[1,29,0,0,30,0,0,0,0,0]}");
  }

  /**
   * The export's counts of every incident are the full columns' most frequent values, also for a
   * dimension listed in its own order whose most frequent values are not its first ones: svc-21 to
   * svc-40 on two documents each, svc-1 to svc-20 on one.
   */
  @Test
  void theExportsCountsAgreeWithTheColumns(@TempDir Path tmp) throws Exception {
    assumeTrue(Node.find().isPresent(), "node is not installed: the export's counts not read back");
    List<Map<String, List<String>>> facets = facets();
    for (int d = 0; d < facets.size(); d++) {
      Map<String, List<String>> f = new TreeMap<>(facets.get(d));
      f.put("service", List.of("svc-" + (40 - d % 40)));
      facets.set(d, f);
    }
    Map<String, byte[]> files = new TreeMap<>();
    String entry = FacetColumns.write(facets, new long[facets.size()],
        (name, bytes, length) -> files.put(name, java.util.Arrays.copyOf(bytes, length)));
    assertThat(entry).containsPattern("\\{\"id\":\"service\",[^}]*\"order\":\"value\"[^}]*\"lazy\":1");
    for (var e : files.entrySet()) Files.write(tmp.resolve(e.getKey()), e.getValue());
    Path entryFile = Files.writeString(tmp.resolve("entry.json"), entry);
    String out = Node.run("facets-check.mjs", entryFile.toString(), String.valueOf(facets.size()), tmp.toString());
    assertThat(out).contains("\"service\":[{\"value\":\"svc-1\",\"count\":1},{\"value\":\"svc-10\",\"count\":1},")
        .contains("{\"value\":\"svc-40\",\"count\":2}]").contains("the export's counts are the columns': true");
  }

  private static String inflate(byte[] pack, int offset, int length) throws Exception {
    Inflater inflater = new Inflater(true);
    inflater.setInput(pack, offset, length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    while (!inflater.finished()) {
      int n = inflater.inflate(buf);
      if (n == 0 && inflater.needsInput()) break;
      out.write(buf, 0, n);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
