package io.github.pmkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import io.github.pmkb.testing.TestSeed;

/**
 * The twin of a case-insensitive pattern must find, in ASCII-lowered text, exactly what the
 * pattern finds in the text as written; where it cannot be made so, there must be no twin.
 */
class AsciiFoldTest {
  /** Letters whose case java.util.regex does not fold without UNICODE_CASE, and punctuation that is no letter. */
  private static final String ODD = "ÉéßİıKſ’—";

  @Test
  void constructsWhoseTwinWouldMatchOtherwiseHaveNone() {
    for (String src : List.of("(?-i:\\bIO\\b)|disk", "(?-i)IO", "(?u)stra\u00dfe", "\\0101", "[A-z]+", "[!-Z]", "[@-\\[]", "\\x41", "\\p{Lu}",
        "\\QAB\\E", "(?s)a.b")) {
      assertThat(AsciiFold.twin(Pattern.compile(src, Pattern.CASE_INSENSITIVE))).as(src).isNull();
    }
  }

  @Test
  void plainConstructsHaveATwin() {
    for (String src : List.of("(?i)disk (?:full|space)", "[a-z]+", "[A-Z]{2}", "[!-@]", "(?<word>Dns)\\b", "(?<!no )Outage", "(?=A)a",
        "mis-?Config\\w*")) {
      assertThat(AsciiFold.twin(Pattern.compile(src, Pattern.CASE_INSENSITIVE))).as(src).isNotNull();
    }
  }

  @Test
  void everyDefaultSignalAndTheCausalCuesHaveATwin() {
    for (Pattern p : patterns()) assertThat(AsciiFold.twin(p)).as(p.pattern()).isNotNull();
  }

  @Test
  void twinsFindWhatTheOriginalsFindOnRandomText() {
    long seed = TestSeed.get();
    Random r = new Random(seed);
    List<Pattern> originals = new ArrayList<>(patterns());
    for (String src : List.of("(?-i:\\bIO\\b)|disk", "\\0101", "[A-z]", "[!-Z]", "[@-\\[]", "[a-f0-9]+", "[^a-z ]+", "(\\w)\\1")) {
      originals.add(Pattern.compile(src, Pattern.CASE_INSENSITIVE));
    }
    List<String> words = words(originals);
    for (Pattern p : originals) {
      Pattern twin = AsciiFold.twin(p);
      if (twin == null) continue;
      for (int n = 0; n < 150; n++) {
        String text = text(r, words);
        assertThat(matches(twin, AsciiFold.lower(text))).as("seed %d, pattern %s, text %s", seed, p.pattern(), text).isEqualTo(matches(p, text));
      }
    }
  }

  private static List<Pattern> patterns() {
    List<Pattern> out = new ArrayList<>();
    for (Taxonomy.Category c : Taxonomy.defaults().categories()) for (Taxonomy.Signal s : c.signals()) out.add(s.pattern());
    out.add(CausalCues.CUES);
    return out;
  }

  /** The letter runs of the patterns' sources, so that random text often meets what they look for. */
  private static List<String> words(List<Pattern> patterns) {
    List<String> out = new ArrayList<>();
    for (Pattern p : patterns) {
      Matcher m = Pattern.compile("[a-zA-Z]{2,}").matcher(p.pattern());
      while (m.find()) out.add(m.group());
    }
    return out;
  }

  /** Words of the patterns and random characters, with letters in random case and some turned into non-ASCII look-alikes. */
  private static String text(Random r, List<String> words) {
    StringBuilder b = new StringBuilder();
    for (int k = r.nextInt(8) + 1; k > 0; k--) {
      String w = r.nextInt(4) == 0 ? randomChars(r) : words.get(r.nextInt(words.size()));
      for (char c : w.toCharArray()) {
        int roll = r.nextInt(10);
        if (roll == 0) b.append(ODD.charAt(r.nextInt(ODD.length())));
        else if (roll < 4) b.append(Character.toUpperCase(c));
        else b.append(c);
      }
      b.append(" -.,;:'(".charAt(r.nextInt(8))).append(r.nextBoolean() ? " " : "");
    }
    return b.toString();
  }

  private static String randomChars(Random r) {
    String pool = "abcxyzABCXYZ019 @[\\]^_`{|}~!-/" + ODD;
    StringBuilder b = new StringBuilder();
    for (int k = r.nextInt(6) + 1; k > 0; k--) b.append(pool.charAt(r.nextInt(pool.length())));
    return b.toString();
  }

  private static List<String> matches(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) out.add(m.start() + "-" + m.end());
    return out;
  }
}
