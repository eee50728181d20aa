package io.github.pmkb.search.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.build.BuildOptions;
import io.github.pmkb.build.SiteBuilder;
import io.github.pmkb.testing.SiteFixture;

/** The export of the repository's example knowledge base: deterministic, content-hashed, readable. */
class BrowserIndexTest {
  @Test
  void exportIsDeterministicAndNamedByContent(@TempDir Path tmp) throws Exception {
    Path root = tmp.resolve("kb");
    SiteFixture.copyTree(SiteFixture.repoRoot().resolve("content"), root.resolve("content"));
    SiteFixture.write(root, "-- site.properties --\nsite.title=T\nsite.baseurl=/\ntheme=default\ncontent.folder=content\n");
    Path out = tmp.resolve("site");
    SiteBuilder.build(new BuildOptions(root, Optional.of(out), Optional.empty(), false), SiteBuilder.Progress.NONE);
    Path index = root.resolve("target/pmkb-cache/index");

    SortedMap<String, byte[]> first = BrowserIndex.export(index, s -> "incidents/" + s + ".html");
    SortedMap<String, byte[]> second = BrowserIndex.export(index, s -> "incidents/" + s + ".html");
    assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
    first.forEach((k, v) -> assertThat(second.get(k)).as(k).isEqualTo(v));
    // The build wrote the same files.
    for (String k : first.keySet()) assertThat(Files.readAllBytes(out.resolve("search").resolve(k))).as(k).isEqualTo(first.get(k));

    // One by one, each file as it is complete: the same files and bytes, the manifest last.
    java.util.List<String> order = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    java.util.Map<String, byte[]> streamed = new java.util.concurrent.ConcurrentHashMap<>();
    BrowserIndex.export(index, s -> "incidents/" + s + ".html", io.github.pmkb.search.Synonyms.defaults(), (name, bytes, length) -> {
      order.add(name);
      streamed.put(name, java.util.Arrays.copyOf(bytes, length));
    });
    assertThat(order).doesNotHaveDuplicates().endsWith("manifest.json");
    assertThat(streamed.keySet()).containsExactlyInAnyOrderElementsOf(first.keySet());
    first.forEach((k, v) -> assertThat(streamed.get(k)).as(k).isEqualTo(v));

    String manifest = new String(first.get("manifest.json"), StandardCharsets.UTF_8);
    assertThat(manifest).startsWith("{\"v\":" + BrowserIndex.VERSION + ",\"n\":").contains("\"terms\":{\"f\":[\"d.").contains("\"rare\":{")
        .contains("\"pairs\":{").contains("\"rows\":{").contains("\"dims\":[{\"id\":\"root_cause\"")
        .contains("\"syn\":[[\"oom\",\"out of memory\"").doesNotContain("<");
    for (var e : first.entrySet()) {
      if (!e.getKey().endsWith(".bin")) continue;
      String[] parts = e.getKey().split("\\.");
      assertThat(parts).as(e.getKey()).hasSize(3);
      assertThat(parts[1]).as(e.getKey()).isEqualTo(Hashes.of(e.getValue()));
    }
    // Packs, not a file per block, posting list, document or spelling bucket.
    assertThat(first.keySet()).anyMatch(k -> k.startsWith("r."))
        .anyMatch(k -> k.startsWith("f.")).anyMatch(k -> k.startsWith("s.")).anyMatch(k -> k.startsWith("q."));
    assertThat(first).hasSizeLessThanOrEqualTo(12);
  }

  @Test
  void packsSplitIntoPartsUnderTheLimitAndKeepRecordsWhole() {
    java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
    Pack pack = new Pack("x", (name, bytes, length) -> files.put(name, java.util.Arrays.copyOf(bytes, length)), 100);
    byte[] record = new byte[40];
    int[] parts = new int[5];
    for (int i = 0; i < 5; i++) {
      pack.add(record, record.length);
      parts[i] = pack.part();
    }
    // Two records fit in 100 bytes, a third would not.
    assertThat(parts).containsExactly(0, 0, 1, 1, 2);
    assertThat(pack.finish()).hasSize(3).allMatch(files::containsKey);
    assertThat(files.values()).allMatch(b -> b.length <= 100);
  }

  @Test
  void aSynonymGroupsRecordHoldsTheWordsAndPairsItExpandsToOnly() throws Exception {
    java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
    ExportFiles sink = (name, bytes, length) -> files.put(name, java.util.Arrays.copyOf(bytes, length));
    SynonymEntries syn = new SynonymEntries(java.util.List.of(java.util.List.of("oom", "out of memory"),
        java.util.List.of("dns", "domain name system")));
    byte[] body = {1, 0, 60, 0}; // df 1, a score, doc 0
    for (String w : new String[] {"dn", "domain", "memori", "leak", "system"}) syn.word(w, body);
    for (String p : new String[] {"domain name", "name system", "memori leak", "of memori"}) syn.pair(p, body);
    String entry = syn.finish(sink);
    assertThat(entry).matches("\\{\"f\":\\[\"y\\.[0-9a-f]+\\.bin\"\\],\"a\":\\[\\[0,0,\\d+\\],\\[0,\\d+,\\d+\\]\\],\"w\":.*");
    // Every word and pair of the phrases, with its record, for the page's early script and engine.
    assertThat(entry).endsWith(",\"w\":{\"dn\":1,\"domain\":1,\"memori\":0,\"name\":1,\"oom\":0,\"out\":0,\"system\":1},"
        + "\"p\":{\"domain name\":1,\"name system\":1,\"of memori\":0,\"out of\":0}}");
    byte[] pack = files.values().iterator().next();
    java.util.regex.Matcher at = java.util.regex.Pattern.compile("\\[0,(\\d+),(\\d+)\\]").matcher(entry);
    // Per record: words and their text, pairs and their text (front-coded, so suffixes of terms).
    Object[][] expected = {{1, new String[] {"memori"}, new String[] {"leak", "dn", "system"}, 1, new String[] {"of memori"}},
        {3, new String[] {"dn", "omain", "system"}, new String[] {"memori", "leak"}, 2, new String[] {"domain name", "system"}}};
    for (Object[] x : expected) {
      assertThat(at.find()).isTrue();
      java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
      inflater.setInput(pack, Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2)));
      byte[] raw = new byte[256];
      int n = inflater.inflate(raw);
      inflater.end();
      int words = raw[0];
      String text = new String(raw, 0, n, StandardCharsets.ISO_8859_1);
      assertThat(raw[1]).as("words in record %s", at.group()).isEqualTo((byte) (int) x[0]);
      assertThat(text.substring(1, 1 + words)).contains((String[]) x[1]).doesNotContain((String[]) x[2]);
      assertThat(raw[1 + words]).as("pairs in record %s", at.group()).isEqualTo((byte) (int) x[3]);
      assertThat(text.substring(1 + words)).contains((String[]) x[4]);
    }
  }

  @Test
  void groupsSharingAWordShareOneRecord() {
    ExportFiles sink = (name, bytes, length) -> {};
    // "downtime" joins the first and third groups: "unavailability" expands to "outage" too.
    SynonymEntries syn = new SynonymEntries(java.util.List.of(java.util.List.of("outage", "downtime"),
        java.util.List.of("lb", "load balancer"), java.util.List.of("downtime", "unavailability")));
    String entry = syn.finish(sink);
    assertThat(entry).as("two records").matches(".*\"a\":\\[\\[0,\\d+,\\d+\\],\\[0,\\d+,\\d+\\]\\],.*")
        .endsWith("\"w\":{\"balanc\":1,\"downtim\":0,\"lb\":1,\"load\":1,\"outag\":0,\"unavail\":0},\"p\":{\"load balanc\":1}}");
  }

  @Test
  void aLargeVocabularyGetsLargerBlocksNotALargerRoot() {
    ExportFiles sink = (name, bytes, length) -> {};
    Dictionary small = new Dictionary("d", 10, new Pack("p", sink), sink);
    Dictionary large = new Dictionary("d", 10, new Pack("p", sink), sink);
    for (int i = 0; i < 640; i++) small.add(String.format(java.util.Locale.ROOT, "w%06d", i), 1, new int[] {0}, new float[] {1f});
    for (int i = 0; i < 200_000; i++) large.add(String.format(java.util.Locale.ROOT, "w%06d", i), 1, new int[] {0}, new float[] {1f});
    assertThat(small.finish().replaceAll(".*\"l\":\\[([^\\]]*)\\].*", "$1").split(",")).hasSize(640 / Dictionary.BLOCK_TERMS);
    String[] keys = large.finish().replaceAll(".*\"k\":\\[([^\\]]*)\\].*", "$1").split(",");
    assertThat(keys.length).isLessThanOrEqualTo(Dictionary.ROOT_BLOCKS).isGreaterThan(Dictionary.ROOT_BLOCKS / 2);
  }

  @Test
  void everyTermOfAHashedDictionaryIsInTheSlotItsHashNames() throws Exception {
    // More entries than one chunk of ByteRecords, and parts smaller than the pack, so slots span parts.
    int count = 120_000;
    java.util.Map<String, byte[]> files = new java.util.HashMap<>();
    ExportFiles sink = (name, bytes, length) -> files.put(name, java.util.Arrays.copyOf(bytes, length));
    int partLimit = 256 << 10;
    HashedDictionary d = new HashedDictionary("q", HashedDictionary.PAIRS_PER_BUCKET, count, new Pack("p", sink), sink, partLimit);
    // Empty bodies, so a block decodes without knowing the body format.
    for (int i = 0; i < count; i++) d.add("term" + i, new byte[0]);
    String entry = d.finish();
    int k = (count + HashedDictionary.PAIRS_PER_BUCKET - 1) / HashedDictionary.PAIRS_PER_BUCKET;
    assertThat(entry).contains("\"k\":" + k + ",").contains("\"n\":" + count);
    int slot = Integer.parseInt(entry.replaceAll(".*\"s\":(\\d+).*", "$1"));
    int per = Integer.parseInt(entry.replaceAll(".*\"per\":(\\d+).*", "$1"));
    String[] parts = entry.replaceAll(".*\"f\":\\[([^\\]]*)\\].*", "$1").replace("\"", "").split(",");
    assertThat(parts.length).as("parts").isGreaterThan(1);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int b = 0; b < k; b++) {
      byte[] part = files.get(parts[b / per]);
      int at = (b % per) * slot;
      int length = (part[at] & 0xFF) | (part[at + 1] & 0xFF) << 8;
      java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
      inflater.setInput(part, at + 2, length);
      byte[] raw = new byte[64 * 1024];
      int n = inflater.inflate(raw);
      inflater.end();
      java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(raw, 0, n);
      String previous = "";
      for (int t = varint(in); t > 0; t--) {
        int prefix = varint(in);
        byte[] suffix = new byte[varint(in)];
        in.get(suffix);
        String term = previous.substring(0, prefix) + new String(suffix, StandardCharsets.UTF_8);
        assertThat(Integer.remainderUnsigned(HashedDictionary.hash(term), k)).as("bucket of %s", term).isEqualTo(b);
        assertThat(seen.add(term)).as("%s once", term).isTrue();
        previous = term;
      }
      assertThat(in.hasRemaining()).as("block %d decoded to its end", b).isFalse();
    }
    assertThat(seen).hasSize(count);
  }

  @Test
  void aBucketTooLongForItsSlotLengthFailsInsteadOfWritingAWrongLength() {
    ExportFiles sink = (name, bytes, length) -> {};
    HashedDictionary d = new HashedDictionary("q", 1000, 1000, new Pack("p", sink), sink);
    java.util.Random random = new java.util.Random(7);
    // One bucket of 1,000 terms with 100 random (incompressible) bytes each: about 100 KB deflated.
    for (int i = 0; i < 1000; i++) {
      byte[] body = new byte[100];
      random.nextBytes(body);
      d.add("t" + i, body);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(d::finish).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("over 65,535");
  }

  private static int varint(java.nio.ByteBuffer in) {
    int n = 0, shift = 0;
    byte b;
    do {
      b = in.get();
      n |= (b & 0x7F) << shift;
      shift += 7;
    } while (b < 0);
    return n;
  }

  @Test
  void postingsUseABitsetOnlyWhenSmaller() {
    int[] docs = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    byte[] impacts = new byte[10];
    assertThat(TermEntries.postingsRecord(16, 10, docs, impacts).array()[0]).isEqualTo((byte) 1);
    assertThat(TermEntries.postingsRecord(100_000, 3, new int[] {5, 70_000, 99_999}, impacts).array()[0]).isEqualTo((byte) 0);
    assertThat(Dictionary.separator("memori", "memory")).isEqualTo("memory");
    assertThat(Dictionary.separator("leak", "memori")).isEqualTo("m");
  }

  @Test
  void aLongListKeepsImpactsForItsBestDocumentsOnly() {
    float[] scores = {1f, 5f, 2f, 5f, 0.5f};
    assertThat(TermEntries.best(5, scores, 2)).containsExactly(false, true, false, true, false);
    assertThat(TermEntries.best(5, scores, 3)).containsExactly(false, true, true, true, false);
    int[] docs = {3, 4, 9, 10, 12};
    byte[] impacts = {0, (byte) 200, 0, (byte) 255, 0};
    byte[] record = TermEntries.postingsRecord(100_000, 5, docs, impacts, TermEntries.best(5, scores, 2)).toArray();
    // varint deltas, then k = 2: position 1 impact 200, position 3 (delta 2) impact 255.
    assertThat(record).containsExactly(2, 3, 1, 5, 1, 2, 2, 1, (byte) 200, 2, (byte) 255);
  }
}
