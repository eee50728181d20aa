package io.github.pmkb.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Hash128Test {
  private static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }

  private static String whole(byte[] b) {
    Hash128 h = new Hash128();
    h.update(b);
    return hex(h.finish());
  }

  @Test
  void givesTheMurmur3X64HashOfWhatWasFed() {
    assertThat(whole(new byte[0])).isEqualTo("00000000000000000000000000000000");
    assertThat(whole("a".getBytes(StandardCharsets.UTF_8))).isEqualTo("85555565f6597889e6b53a48510e895a");
    assertThat(whole("The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("e34bbc7bbc071b6c7a433ca9c49a9347");
    byte[] counting = new byte[40];
    for (int i = 0; i < counting.length; i++) counting[i] = (byte) i;
    assertThat(whole(counting)).isEqualTo("c3a054d8418c8064a001ca30974c12ad");
  }

  @Test
  void piecesHashAsTheirConcatenationAndFinishStartsAfresh() {
    Random random = new Random(17);
    Hash128 h = new Hash128();
    for (int round = 0; round < 500; round++) {
      byte[] b = new byte[random.nextInt(100)];
      random.nextBytes(b);
      int at = 0;
      while (at < b.length) {
        int n = Math.min(b.length - at, random.nextInt(20));
        h.update(b, at, n);
        at += n;
      }
      assertThat(hex(h.finish())).as("round %d, %d bytes", round, b.length).isEqualTo(whole(b));
    }
  }
}
