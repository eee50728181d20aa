package io.github.pmkb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One text analysed once for both chains of {@link Analyzers}: the tokens of the text chain with
 * the stop words kept and marked, and the whole identifiers marked. {@link #text()} replays the
 * text chain's tokens (stop words dropped, their positions kept as gaps) and {@link #pairs} the
 * shingle chain's (parts only, stop words kept, adjacent pairs), so a document's prose goes
 * through the tokenizer, the identifier splitter and the stemmer once, not twice. The terms,
 * positions and offsets are exactly those of the two analyzers ({@code TokenTapeTest}).
 */
final class TokenTape {
  private final int length;
  private final char[] chars;
  /** Per token: where its term starts in {@link #chars} (the next token's start ends it). */
  private final int[] termStart;
  private final int[] posInc;
  private final int[] startOffset;
  private final int[] endOffset;
  private final int[] flags;
  private final int count;
  private final int finalOffset;
  private final int finalPosInc;

  private TokenTape(int length, char[] chars, int[] termStart, int[] posInc, int[] startOffset, int[] endOffset,
      int[] flags, int count, int finalOffset, int finalPosInc) {
    this.length = length;
    this.chars = chars;
    this.termStart = termStart;
    this.posInc = posInc;
    this.startOffset = startOffset;
    this.endOffset = endOffset;
    this.flags = flags;
    this.count = count;
    this.finalOffset = finalOffset;
    this.finalPosInc = finalPosInc;
  }

  /** Analyses {@code text} with {@code recording} ({@link Analyzers#recording()}). */
  static TokenTape of(Analyzer recording, String text) {
    try (TokenStream ts = recording.tokenStream(Fields.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      FlagsAttribute flag = ts.addAttribute(FlagsAttribute.class);
      int cap = 16;
      char[] chars = new char[Math.max(16, text.length())];
      int[] starts = new int[cap + 1];
      int[] incs = new int[cap];
      int[] from = new int[cap];
      int[] to = new int[cap];
      int[] flags = new int[cap];
      int n = 0;
      int used = 0;
      ts.reset();
      while (ts.incrementToken()) {
        if (n == cap) {
          cap *= 2;
          starts = Arrays.copyOf(starts, cap + 1);
          incs = Arrays.copyOf(incs, cap);
          from = Arrays.copyOf(from, cap);
          to = Arrays.copyOf(to, cap);
          flags = Arrays.copyOf(flags, cap);
        }
        int len = term.length();
        if (used + len > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
        System.arraycopy(term.buffer(), 0, chars, used, len);
        starts[n] = used;
        used += len;
        incs[n] = inc.getPositionIncrement();
        from[n] = offset.startOffset();
        to[n] = offset.endOffset();
        flags[n] = flag.getFlags();
        n++;
      }
      starts[n] = used;
      ts.end();
      return new TokenTape(text.length(), chars, starts, incs, from, to, flags, n, offset.endOffset(),
          inc.getPositionIncrement());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text", e);
    }
  }

  /** The text chain's tokens ({@link Analyzers#text()}). */
  TokenStream text() {
    return new Replay(List.of(this), true);
  }

  /**
   * The shingle chain's tokens ({@link Analyzers#shingles()}) over the texts joined by a line
   * break, as if they were one text.
   */
  static TokenStream pairs(List<TokenTape> tapes) {
    ShingleFilter shingles = new ShingleFilter(new Replay(tapes, false), 2, 2);
    shingles.setOutputUnigrams(false);
    return shingles;
  }

  private boolean has(int i, int flag) {
    return (flags[i] & flag) != 0;
  }

  /** Plays tapes back as one token stream, in the text chain's or the shingle chain's form. */
  private static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final List<TokenTape> tapes;
    /** The text chain's form: stop words dropped; else the shingle chain's: whole identifiers dropped. */
    private final boolean textForm;
    private int tape;
    private int next;
    /** Where the current tape starts in the joined text. */
    private int base;
    /** Positions of the tokens dropped so far and not yet added to a token's increment. */
    private int skipped;

    Replay(List<TokenTape> tapes, boolean textForm) {
      this.tapes = tapes;
      this.textForm = textForm;
    }

    @Override
    public boolean incrementToken() {
      while (tape < tapes.size()) {
        TokenTape t = tapes.get(tape);
        while (next < t.count) {
          int i = next++;
          if (textForm && t.has(i, Normalising.STOP_WORD)) {
            skipped += t.posInc[i];
            continue;
          }
          if (!textForm && t.has(i, IdentifierSplitFilter.WHOLE)) {
            // The parts-only chain gives the whole identifier's increment to its first part.
            skipped += t.posInc[i];
            continue;
          }
          clearAttributes();
          term.copyBuffer(t.chars, t.termStart[i], t.termStart[i + 1] - t.termStart[i]);
          inc.setPositionIncrement(t.posInc[i] + skipped);
          skipped = 0;
          offset.setOffset(base + t.startOffset[i], base + t.endOffset[i]);
          return true;
        }
        base += t.length + 1;
        tape++;
        next = 0;
      }
      return false;
    }

    @Override
    public void end() throws IOException {
      super.end();
      TokenTape last = tapes.isEmpty() ? null : tapes.get(tapes.size() - 1);
      if (last == null) return;
      int b = base - last.length - 1;
      inc.setPositionIncrement(last.finalPosInc + skipped);
      offset.setOffset(b + last.finalOffset, b + last.finalOffset);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      tape = 0;
      next = 0;
      base = 0;
      skipped = 0;
    }
  }
}
