package io.github.pmkb.search.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import io.github.pmkb.testing.TestSeed;

/**
 * A pack holds its part in pieces and streams it: the bytes streamed, the offsets it returned and
 * the part's name are those of the records laid end to end, as one array would give them, for
 * records smaller and larger than a piece and parts of several pieces.
 */
class PackPiecesTest {
  @Test
  void aPartStreamedFromPiecesIsItsRecordsEndToEnd() throws Exception {
    long seed = TestSeed.get();
    Random random = new Random(seed);
    List<byte[]> streamed = new ArrayList<>();
    List<String> names = new ArrayList<>();
    ExportFiles files = new ExportFiles() {
      @Override
      public void put(String name, byte[] bytes, int length) {
        throw new AssertionError("a pack streams its parts");
      }

      @Override
      public void put(String name, int length, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
          content.writeTo(out);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        assertThat(out.size()).isEqualTo(length);
        names.add(name);
        streamed.add(out.toByteArray());
      }
    };
    int limit = 3 * Pack.PIECE + 12_345;
    Pack pack = new Pack("t", files, limit);
    List<ByteArrayOutputStream> expected = new ArrayList<>(List.of(new ByteArrayOutputStream()));
    for (int i = 0; i < 400; i++) {
      int size = random.nextInt(10) == 0 ? random.nextInt(Pack.PIECE + 1000) : random.nextInt(5000);
      byte[] record = new byte[size];
      random.nextBytes(record);
      int at = pack.add(record, size);
      while (expected.size() <= pack.part()) expected.add(new ByteArrayOutputStream());
      ByteArrayOutputStream part = expected.get(pack.part());
      assertThat(at).as("record %d, seed %d", i, seed).isEqualTo(part.size());
      part.write(record);
    }
    assertThat(pack.finish()).isEqualTo(names);
    assertThat(streamed).hasSize(expected.size());
    for (int p = 0; p < expected.size(); p++) {
      byte[] whole = expected.get(p).toByteArray();
      assertThat(streamed.get(p)).as("part %d, seed %d", p, seed).isEqualTo(whole);
      assertThat(whole.length).isLessThanOrEqualTo(limit);
      assertThat(names.get(p)).endsWith("." + Hashes.of(whole) + ".bin");
    }
    assertThat(expected.size()).as("seed %d", seed).isGreaterThan(2);
  }
}
