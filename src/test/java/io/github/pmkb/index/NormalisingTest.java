package io.github.pmkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import io.github.pmkb.testing.TestSeed;

/**
 * {@link Normalising} must give exactly what Lucene's own four filters give, in both chains (with
 * and without stop words): same terms, positions and offsets, and the same final position and
 * offset after the last token.
 */
class NormalisingTest {
  private static final CharArraySet STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  /** The chain with Lucene's filters, as Analyzers had it before Normalising. */
  private static TokenStream lucene(TokenStream s, boolean stop) {
    s = new LowerCaseFilter(s);
    s = new EnglishPossessiveFilter(s);
    if (stop) s = new StopFilter(s, STOP);
    return new Conflate(new PorterStemFilter(s));
  }

  private static Analyzer analyzer(boolean keepOriginal, Function<TokenStream, TokenStream> tail) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WordTokenizer();
        return new TokenStreamComponents(source, tail.apply(new IdentifierSplitFilter(source, keepOriginal)));
      }
    };
  }

  /** Every token as term/increment/start-end, then the state after end(). */
  private static List<String> tokens(Analyzer a, String text) {
    return tokens(a.tokenStream(Fields.BODY, text));
  }

  /** Every token of {@code stream} as term/increment/start-end, then the state after end(); closes it. */
  static List<String> tokens(TokenStream stream) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = stream) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(t + "/" + p.getPositionIncrement() + "/" + o.startOffset() + "-" + o.endOffset());
      ts.end();
      out.add("end/" + p.getPositionIncrement() + "/" + o.endOffset());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static final String[] PIECES = {"the", "The", "THE", "a", "an", "and", "is", "it's", "service's", "SERVICE'S",
      "ops’s", "team＇s", "'s", "s", "memory", "Memories", "leaking", "leaked", "db-prod-17", "OOMKilled", "v2.14.3",
      "İstanbul", "STRASSE", "ß", "ΣΊΣΥΦΟΣ", "\uD835\uDC00BC", "caching", "cached", "connection", "generalizations",
      "to", "be", "or", "not", "x", "Q", "42", "réseau", "naïve", "was", "were", "into", "such", "there's"};
  private static final String[] GAPS = {" ", "  ", ", ", ". ", "\n", " - ", "/", "(", ") ", "'", "’"};

  static String random(Random r, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (r.nextInt(5) == 0) {
        for (int k = 1 + r.nextInt(9); k > 0; k--) b.append((char) ('a' + r.nextInt(26)));
      } else {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      b.append(GAPS[r.nextInt(GAPS.length)]);
    }
    return b.toString();
  }

  private static void assertSame(List<String> texts) {
    for (boolean text : new boolean[] {true, false}) {
      // One analyzer each for the whole run, so the memo carries over from text to text.
      try (Analyzer expected = analyzer(text, s -> lucene(s, text));
          Analyzer actual = analyzer(text, s -> Normalising.chain(s, text ? STOP : null))) {
        for (String s : texts) assertThat(tokens(actual, s)).as(s).isEqualTo(tokens(expected, s));
      }
    }
  }

  @Test
  void randomTextGivesLucenesTerms() {
    long seed = TestSeed.get();
    Random r = new Random(seed);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) texts.add(random(r, r.nextInt(40)));
    texts.add("");
    texts.add("the the the");
    texts.add("memory the");
    System.out.println("NormalisingTest seed " + seed);
    assertSame(texts);
  }

  @Test
  void theMemoStartsAgainWhenFull() {
    // More distinct words than the memo holds, then the same words again.
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Normalising.MAX_WORDS + 500; i++) b.append("w").append(Integer.toString(i, 36)).append("ing ");
    assertSame(List.of(b.toString(), b.toString()));
  }

  /** Postmortems written for the project (mis-decoded text, plain-line headings, tables): run without ../shared too. */
  /** The texts of the postmortems written for the project. */
  static List<String> ownTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String dir : List.of("src/test/resources/fixtures", "src/test/resources/sites/own/content", "content")) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) texts.add(Files.readString(f));
      }
    }
    assertThat(texts).hasSizeGreaterThan(10);
    return texts;
  }

  /** The texts of ../shared/corpus/real; the test is skipped without it. */
  static List<String> realTexts() throws IOException {
    Path real = Path.of("..", "shared", "corpus", "real");
    Assumptions.assumeTrue(Files.isDirectory(real), "../shared/corpus/real not found: real postmortems not compared");
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(real)) {
      for (Path f : files.sorted().toList()) texts.add(Files.readString(f));
    }
    return texts;
  }

  @Test
  void ownPostmortemsGiveLucenesTerms() throws IOException {
    assertSame(ownTexts());
  }

  @Test
  void realPostmortemsGiveLucenesTerms() throws IOException {
    assertSame(realTexts());
  }
}
