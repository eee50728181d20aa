package io.github.pmkb.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Lower-casing, the English possessive, stop words and Porter stemming as one step with a memo
 * of the words already seen. It gives exactly the terms and positions of Lucene's {@code
 * LowerCaseFilter}, {@code EnglishPossessiveFilter}, {@code StopFilter}, {@code
 * PorterStemFilter} and {@link Conflate} in that order ({@code NormalisingTest} compares them): a knowledge base repeats
 * a small vocabulary, and those five filters with their two look-ups per token were a third of
 * the indexing time. A word seen before (as written, case included) becomes its final term with
 * one look-up; a new one goes through the steps, and the stemmer's result is remembered.
 *
 * <p>The memo belongs to one analysis chain, which Lucene uses on one thread at a time.
 */
final class Normalising {
  /** Words remembered per chain before the memo starts again; bounds its memory. */
  static final int MAX_WORDS = 50_000;

  /** The memo's value for a stop word that is dropped. */
  private static final char[] STOP = new char[0];

  /** {@link FlagsAttribute} bit of a stop word kept by {@link #marking}. */
  static final int STOP_WORD = 1;

  private Normalising() {}

  /** @param stopWords removed with their positions kept as gaps; null keeps every word */
  static TokenStream chain(TokenStream in, CharArraySet stopWords) {
    return chain(in, stopWords, true);
  }

  /**
   * Like {@link #chain} without stop-word removal, but each of {@code stopWords} keeps its
   * {@link #STOP_WORD} flag: one pass serves both chains ({@link TokenTape}).
   */
  static TokenStream marking(TokenStream in, CharArraySet stopWords) {
    return chain(in, stopWords, false);
  }

  private static TokenStream chain(TokenStream in, CharArraySet stopWords, boolean drop) {
    Memo memo = new Memo();
    return new Remember(new Conflate(new PorterStemFilter(new Recall(in, memo, stopWords, drop))), memo);
  }

  /** A remembered stop word's term, when stop words are marked rather than dropped. */
  private record StopTerm(char[] term) {}

  private static final class Memo {
    /** A word as written to its term: a char[], STOP, or a StopTerm when stop words are marked. */
    final CharArrayMap<Object> terms = new CharArrayMap<>(1024, false);
    /** The current word as written, when it was new and is being stemmed; else null. */
    char[] written;
    /** Whether the current new word is a stop word (kept, marked). */
    boolean stop;
    /** Whether the current word's term came from the memo. */
    boolean recalled;

    void put(char[] word, Object term) {
      if (terms.size() >= MAX_WORDS) terms.clear();
      terms.put(word, term);
    }
  }

  /**
   * Before the stemmer: a remembered word becomes its term, marked as a keyword so the stemmer
   * passes it; a new word is lower-cased and loses its possessive; stop words are dropped.
   */
  private static final class Recall extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);
    private final Memo memo;
    private final CharArraySet stopWords;
    private final boolean drop;
    /** Positions of the stop words dropped before the current token, as StopFilter counts them. */
    private int skipped;

    Recall(TokenStream in, Memo memo, CharArraySet stopWords, boolean drop) {
      super(in);
      this.memo = memo;
      this.stopWords = stopWords;
      this.drop = drop;
    }

    @Override
    public boolean incrementToken() throws IOException {
      skipped = 0;
      while (input.incrementToken()) {
        if (keep()) {
          if (skipped != 0) posInc.setPositionIncrement(posInc.getPositionIncrement() + skipped);
          return true;
        }
        skipped += posInc.getPositionIncrement();
      }
      return false;
    }

    /** Normalises the current token; false when it is a stop word. */
    private boolean keep() {
      Object found = keyword.isKeyword() ? null : memo.terms.get(term.buffer(), 0, term.length());
      if (found == STOP) return false;
      if (!drop) flags.setFlags(found instanceof StopTerm ? flags.getFlags() | STOP_WORD : flags.getFlags() & ~STOP_WORD);
      char[] known = found instanceof StopTerm st ? st.term() : (char[]) found;
      if (known != null) {
        term.copyBuffer(known, 0, known.length);
        keyword.setKeyword(true);
        memo.recalled = true;
        memo.written = null;
        return true;
      }
      memo.recalled = false;
      char[] written = keyword.isKeyword() ? null : Arrays.copyOf(term.buffer(), term.length());
      CharacterUtils.toLowerCase(term.buffer(), 0, term.length());
      stripPossessive();
      memo.stop = stopWords != null && stopWords.contains(term.buffer(), 0, term.length());
      if (memo.stop && drop) {
        if (written != null) memo.put(written, STOP);
        return false;
      }
      if (memo.stop) flags.setFlags(flags.getFlags() | STOP_WORD);
      memo.written = written;
      return true;
    }

    /** EnglishPossessiveFilter's rule: a trailing 's, ’s or ＇s goes. */
    private void stripPossessive() {
      char[] b = term.buffer();
      int n = term.length();
      if (n >= 2 && (b[n - 2] == '\'' || b[n - 2] == '\u2019' || b[n - 2] == '\uFF07')
          && (b[n - 1] == 's' || b[n - 1] == 'S')) {
        term.setLength(n - 2);
      }
    }

    @Override
    public void end() throws IOException {
      super.end();
      posInc.setPositionIncrement(posInc.getPositionIncrement() + skipped);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      skipped = 0;
    }
  }

  /** After the stemmer: remembers a new word's term, and clears the keyword mark of a recalled one. */
  private static final class Remember extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final Memo memo;

    Remember(TokenStream in, Memo memo) {
      super(in);
      this.memo = memo;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) return false;
      if (memo.recalled) {
        keyword.setKeyword(false);
      } else if (memo.written != null) {
        char[] stemmed = Arrays.copyOf(term.buffer(), term.length());
        memo.put(memo.written, memo.stop ? new StopTerm(stemmed) : stemmed);
      }
      return true;
    }
  }
}
