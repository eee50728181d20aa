package io.github.pmkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import io.github.pmkb.testing.TestSeed;

/** The analysis chains, term by term: the browser search's JavaScript must produce the same. */
class AnalyzersTest {
  /** Terms as {@code term/positionIncrement}. */
  static List<String> analyse(Analyzer a, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(Fields.BODY, text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(t + "/" + p.getPositionIncrement());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Test
  void identifiersAreIndexedWholeAndInParts() {
    assertThat(analyse(Analyzers.text(), "db-prod-17 INC-4821 v2.14.3 OOMKilled"))
        .containsExactly("db-prod-17/1", "db/0", "prod/1", "17/1", "inc-4821/1", "inc/0", "4821/1",
            "v2.14.3/1", "v/0", "2/1", "14/1", "3/1", "oomkil/1", "oom/0", "kill/1");
  }

  @Test
  void proseIsLowerCasedStemmedWithoutStopWordsOrPossessives() {
    assertThat(analyse(Analyzers.text(), "The service's memory leaks caused outages"))
        .containsExactly("servic/2", "memori/1", "leak/1", "caus/1", "outag/1");
  }

  @Test
  void wordsOfOneLatinStemMeetWherePorterLeavesThemApart() {
    assertThat(analyse(Analyzers.text(), "resolution resolver resolves")).containsExactly("resolv/1", "resolv/1", "resolv/1");
    assertThat(analyse(Analyzers.text(), "notification notify notified")).containsExactly("notif/1", "notif/1", "notif/1");
    assertThat(analyse(Analyzers.text(), "reduction reduced subscription subscribe description describes"))
        .containsExactly("reduc/1", "reduc/1", "subscrib/1", "subscrib/1", "describ/1", "describ/1");
    // Unrelated families stay apart (a Kafka producer is not production, nor a consumer memory consumption).
    assertThat(analyse(Analyzers.text(), "production producer consumption consumer specific specified absolute absolve"))
        .containsExactly("product/1", "produc/1", "consumpt/1", "consum/1", "specif/1", "specifi/1", "absolut/1", "absolv/1");
    // A failure is what failed; a failover is another thing.
    assertThat(analyse(Analyzers.text(), "failure failures failed fails failing failover failovers"))
        .containsExactly("fail/1", "fail/1", "fail/1", "fail/1", "fail/1", "failov/1", "failov/1");
    // Other words keep Porter's term.
    assertThat(analyse(Analyzers.text(), "prompt interrupt")).containsExactly("prompt/1", "interrupt/1");
  }

  @Test
  void shinglesArePairsOfStemmedWordsKeepingStopWords() {
    assertThat(analyse(Analyzers.shingles(), "Memory leaks in the load-balancer"))
        .containsExactly("memori leak/1", "leak in/1", "in the/1", "the load/1", "load balanc/1");
  }

  @Test
  void tokenizerAgreesWithTheDocumentedPattern() {
    String text = "Kubernetes' pods (OOMKilled) at 02:15 — ünïcode naïve café ½ x² \u0301 e.g. "
        + "https://tracker/ISSUE-42 a--b 10.0.0.1: ok'd rock’n’roll _x_ " + "z".repeat(300);
    List<String> expected = new ArrayList<>();
    Matcher m = Analyzers.TOKEN.matcher(text);
    while (m.find()) {
      String s = m.group();
      // The tokenizer cuts tokens at MAX_TOKEN chars; the pattern would not.
      while (s.length() > WordTokenizer.MAX_TOKEN) {
        expected.add(s.substring(0, WordTokenizer.MAX_TOKEN));
        s = s.substring(WordTokenizer.MAX_TOKEN);
      }
      expected.add(s);
    }
    Analyzer raw = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new WordTokenizer());
      }
    };
    List<String> actual = analyse(raw, text).stream().map(s -> s.substring(0, s.lastIndexOf('/'))).toList();
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void asciiNeedsNoUnicodeTablesAndPlainWordsNoSplitting() {
    java.util.regex.Pattern wordChar = java.util.regex.Pattern.compile("[\\p{L}\\p{M}\\p{N}]");
    for (int cp = 0; cp < 0x80; cp++) {
      assertThat(WordTokenizer.isWord(cp)).as("U+%04X", cp).isEqualTo(wordChar.matcher(Character.toString(cp)).matches());
    }
    long seed = TestSeed.get();
    java.util.Random r = new java.util.Random(seed);
    char[] alphabet = "aqzAQZ09-.'\u00e9\u00c9_".toCharArray();
    int plain = 0;
    for (int i = 0; i < 20_000; i++) {
      char[] token = new char[1 + r.nextInt(6)];
      for (int k = 0; k < token.length; k++) token[k] = alphabet[r.nextInt(alphabet.length)];
      if (!IdentifierParts.isPlainWord(token, token.length)) continue;
      plain++;
      assertThat(IdentifierParts.of(token, token.length)).as("seed %d: %s", seed, new String(token))
          .singleElement().satisfies(p -> assertThat(p).containsExactly(0, token.length));
    }
    assertThat(plain).isPositive();
  }
}
