package io.github.pmkb.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A long text kept as UTF-8 bytes rather than as a {@link String}, in memory or in the build's
 * body store ({@code io.github.pmkb.build.BodyStore}, a scratch file), and decoded each time it is
 * read. A build holds every postmortem's body until it ends; one character above U+00FF (a dash,
 * a curly quote) makes Java store a whole string at two bytes per character, and at 100,000
 * postmortems even the UTF-8 bytes are hundreds of megabytes, hence the store.
 *
 * <p>Two stored texts are equal when their SHA-256 digests (taken when the text was stored) are:
 * comparing never reads the text back, so a postmortem parsed again from unchanged bytes equals
 * the previous one wherever each keeps its text, even after the previous one's store closed.
 */
public abstract class StoredText {
  private final int length;
  private final byte[] digest;

  /**
   * @param length the number of UTF-8 bytes
   * @param digest the SHA-256 digest of the UTF-8 bytes ({@link #digestOf})
   */
  protected StoredText(int length, byte[] digest) {
    this.length = length;
    this.digest = digest.clone();
  }

  /** The empty text, one for all: most postmortems have no root-cause lines. */
  private static final StoredText EMPTY = new InMemory(new byte[0]);

  /** {@code text} as UTF-8 bytes in memory. */
  public static StoredText of(String text) {
    return text.isEmpty() ? EMPTY : new InMemory(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The empty text, wherever it would be stored (it equals any other empty text). */
  public static StoredText empty() {
    return EMPTY;
  }

  /** The SHA-256 digest of {@code utf8}, what equality compares. */
  public static byte[] digestOf(byte[] utf8) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(utf8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }

  /** The text's UTF-8 bytes; a fresh array the caller may keep. */
  public abstract byte[] utf8();

  /** The text, decoded anew on each call: callers should not hold on to it. */
  public String text() {
    return new String(utf8(), StandardCharsets.UTF_8);
  }

  /** The SHA-256 digest of the UTF-8 bytes, what equality compares (a copy). */
  public byte[] digest() {
    return digest.clone();
  }

  /** The number of UTF-8 bytes. */
  public int length() {
    return length;
  }

  @Override
  public final boolean equals(Object o) {
    if (this == o) return true;
    return o instanceof StoredText t && t.length == length && Arrays.equals(t.digest, digest);
  }

  @Override
  public final int hashCode() {
    return (digest[0] & 0xff) << 24 | (digest[1] & 0xff) << 16 | (digest[2] & 0xff) << 8 | digest[3] & 0xff;
  }

  /** A short description, never the text (it may be large and is not meant to be printed whole). */
  @Override
  public String toString() {
    return "StoredText[" + length + " bytes]";
  }

  private static final class InMemory extends StoredText {
    private final byte[] utf8;

    InMemory(byte[] utf8) {
      super(utf8.length, digestOf(utf8));
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
