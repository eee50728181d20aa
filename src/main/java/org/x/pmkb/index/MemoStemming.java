package org.x.pmkb.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lucene's Porter stemming with a memo of the words already stemmed. A knowledge base repeats a
 * small vocabulary many times, and stemming was a tenth of the indexing time; a word seen before
 * is looked up instead, then marked as a keyword so the stemmer passes it through unchanged. The
 * terms are exactly the stemmer's: only the work is skipped.
 *
 * <p>The memo belongs to one analysis chain, which Lucene uses on one thread at a time.
 */
final class MemoStemming {
  /** Words remembered per chain before the memo starts again; bounds its memory. */
  static final int MAX_WORDS = 50_000;

  private MemoStemming() {}

  static TokenStream porter(TokenStream in) {
    Memo memo = new Memo();
    return new Remember(new PorterStemFilter(new Recall(in, memo)), memo);
  }

  private static final class Memo {
    final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);
    /** The current word before stemming, when it was not in the memo and is stemmed; else null. */
    char[] unstemmed;
    /** Whether the current word's stem came from the memo. */
    boolean recalled;
  }

  /** Before the stemmer: a remembered word becomes its stem, marked as a keyword. */
  private static final class Recall extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final Memo memo;

    Recall(TokenStream in, Memo memo) {
      super(in);
      this.memo = memo;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) return false;
      char[] stem = keyword.isKeyword() ? null : memo.stems.get(term.buffer(), 0, term.length());
      if (stem != null) {
        term.copyBuffer(stem, 0, stem.length);
        keyword.setKeyword(true);
        memo.unstemmed = null;
        memo.recalled = true;
      } else {
        memo.recalled = false;
        memo.unstemmed = keyword.isKeyword() ? null : Arrays.copyOf(term.buffer(), term.length());
      }
      return true;
    }
  }

  /** After the stemmer: remembers a new word's stem, and clears the keyword mark of a recalled one. */
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
      } else if (memo.unstemmed != null) {
        if (memo.stems.size() >= MAX_WORDS) memo.stems.clear();
        memo.stems.put(memo.unstemmed, Arrays.copyOf(term.buffer(), term.length()));
      }
      return true;
    }
  }
}
