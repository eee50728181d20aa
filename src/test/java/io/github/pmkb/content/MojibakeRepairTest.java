package io.github.pmkb.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import io.github.pmkb.diag.Diagnostics;

class MojibakeRepairTest {
  /** What a UTF-8 text looks like after a round trip through a legacy decoder, C1 holes kept. */
  static String damage(String text, String charset) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      int u = b & 0xff;
      String c = new String(new byte[] {b}, Charset.forName(charset));
      sb.append(c.equals("\uFFFD") ? String.valueOf((char) u) : c);
    }
    return sb.toString();
  }

  @Test
  void repairsWindows1252MojibakeAndNamesTheLine() {
    Diagnostics d = new Diagnostics();
    String text = "first line\n" + damage("we’ve “fixed” it — twice", "windows-1252") + "\n";
    assertThat(MojibakeRepair.repair(text, "a.md", 1, d)).isEqualTo("first line\nwe’ve “fixed” it — twice\n");
    assertThat(d.list()).singleElement().satisfies(x -> assertThat(x.format()).startsWith("a.md:2:1: warning[ENC002]"));
  }

  @Test
  void repairsMacRomanMojibakeOfAnEmojiSequence() {
    String emoji = "\uD83E\uDDDB\u200D\u2642\uFE0F";
    String damaged = damage("Vampire. " + emoji, "x-MacRoman");
    assertThat(damaged).contains("\uF8FFü");
    assertThat(MojibakeRepair.repair(damaged, "a.md", 1, new Diagnostics())).isEqualTo("Vampire. " + emoji);
  }

  @Test
  void leavesTextAloneThatIsNotProvablyMojibake() {
    Diagnostics d = new Diagnostics();
    String text = "Café “Straße“ naïve Ã bit, 10 °C, Â alone, Déjà vu";
    assertThat(MojibakeRepair.repair(text, "a.md", 1, d)).isEqualTo(text);
    assertThat(d.isEmpty()).isTrue();
  }

  @Test
  void leavesALineAloneWhenAMarkerWouldRemain() {
    // "â€" followed by a character that cannot complete a UTF-8 sequence: not provable.
    String text = "price â€x";
    assertThat(MojibakeRepair.repair(text, "a.md", 1, new Diagnostics())).isEqualTo(text);
  }

  @Test
  void decodeStripsTheBomNormalisesCrlfAndRepairs() {
    byte[] bytes = ("\uFEFFa\r\n" + damage("it’s", "windows-1252") + "\r\n").getBytes(StandardCharsets.UTF_8);
    assertThat(SourceReader.decode(bytes, "a.md", new Diagnostics())).isEqualTo("a\nit’s\n");
  }
}
