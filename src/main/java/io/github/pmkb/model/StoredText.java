package io.github.pmkb.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A long text kept as UTF-8 bytes rather than as a {@link String}, in memory or in a spill file
 * ({@code io.github.pmkb.build.SpillFile}), and decoded each time it is read. A build holds every
 * postmortem's body until it ends; one character above U+00FF (a dash, a curly quote) makes Java
 * store a whole string at two bytes per character, and at 100,000 postmortems even the UTF-8
 * bytes are hundreds of megabytes, hence the spill file.
 *
 * <p>Two stored texts are equal when their texts are: a postmortem parsed again from unchanged
 * bytes equals the previous one, wherever each keeps its text.
 */
public abstract class StoredText {
  private final int length;
  private final int hash;

  /**
   * @param length the number of UTF-8 bytes
   * @param hash {@link Arrays#hashCode(byte[])} of the UTF-8 bytes
   */
  protected StoredText(int length, int hash) {
    this.length = length;
    this.hash = hash;
  }

  /** {@code text} as UTF-8 bytes in memory. */
  public static StoredText of(String text) {
    return new InMemory(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The text's UTF-8 bytes; a fresh array the caller may keep. */
  public abstract byte[] utf8();

  /** The text, decoded anew on each call: callers should not hold on to it. */
  public String text() {
    return new String(utf8(), StandardCharsets.UTF_8);
  }

  /** The number of UTF-8 bytes. */
  public int length() {
    return length;
  }

  @Override
  public final boolean equals(Object o) {
    if (this == o) return true;
    return o instanceof StoredText t && t.length == length && t.hash == hash && Arrays.equals(t.utf8(), utf8());
  }

  @Override
  public final int hashCode() {
    return hash;
  }

  /** A short description, never the text (it may be large and is not meant to be printed whole). */
  @Override
  public String toString() {
    return "StoredText[" + length + " bytes]";
  }

  private static final class InMemory extends StoredText {
    private final byte[] utf8;

    InMemory(byte[] utf8) {
      super(utf8.length, Arrays.hashCode(utf8));
      this.utf8 = utf8;
    }

    @Override
    public byte[] utf8() {
      return utf8.clone();
    }

    @Override
    public String text() {
      return new String(utf8, StandardCharsets.UTF_8);
    }
  }
}
