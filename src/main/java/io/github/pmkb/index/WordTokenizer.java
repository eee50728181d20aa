package io.github.pmkb.index;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Emits the matches of {@link Analyzers#TOKEN}, hand-written: Java's regex engine took about a
 * microsecond per character with Unicode classes, which made indexing 10k postmortems take
 * minutes. {@code WordTokenizerTest} checks that both agree.
 *
 * <p>Rule: a token is a run of letters, marks and digits; a single {@code - _ . ' ’} between two
 * such runs joins them. Tokens longer than {@link #MAX_TOKEN} chars are cut (base64 blobs,
 * hashes), as Lucene's StandardTokenizer does.
 */
final class WordTokenizer extends Tokenizer {
  static final int MAX_TOKEN = 255;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private char[] buf = new char[4096];
  private int len;
  private int pos;
  private boolean loaded;

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    if (!loaded) load();
    while (pos < len && !isWord(Character.codePointAt(buf, pos, len))) pos += Character.charCount(Character.codePointAt(buf, pos, len));
    if (pos >= len) return false;
    int start = pos;
    while (pos - start < MAX_TOKEN) {
      while (pos < len && pos - start < MAX_TOKEN) {
        int cp = Character.codePointAt(buf, pos, len);
        if (!isWord(cp)) break;
        pos += Character.charCount(cp);
      }
      if (pos + 1 < len && isJoiner(buf[pos]) && isWord(Character.codePointAt(buf, pos + 1, len))) {
        pos++;
        continue;
      }
      break;
    }
    term.copyBuffer(buf, start, pos - start);
    offset.setOffset(correctOffset(start), correctOffset(pos));
    return true;
  }

  private void load() throws IOException {
    len = 0;
    int n;
    while ((n = input.read(buf, len, buf.length - len)) != -1) {
      len += n;
      if (len == buf.length) buf = java.util.Arrays.copyOf(buf, buf.length * 2);
    }
    loaded = true;
  }

  static boolean isWord(int cp) {
    // Most text is ASCII, where only letters and digits are words: no Unicode table look-up.
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' || cp >= '0' && cp <= '9';
    if (Character.isLetter(cp)) return true; // \p{L}
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER // \p{N}
        || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }

  static boolean isJoiner(char c) {
    return c == '-' || c == '_' || c == '.' || c == '\'' || c == '\u2019';
  }

  @Override
  public void end() throws IOException {
    super.end();
    int end = correctOffset(len);
    offset.setOffset(end, end);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    loaded = false;
    len = 0;
    pos = 0;
  }
}
