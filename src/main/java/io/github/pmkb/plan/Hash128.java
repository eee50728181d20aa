package io.github.pmkb.plan;

/**
 * A streaming 128-bit hash (the MurmurHash3 x64 128-bit construction, seed 0) for {@link
 * ViewDigest}: bytes fed in any number of pieces give the hash of their concatenation.
 *
 * <p>Not a cryptographic digest. It tells apart the models of one site's pages, which come from
 * the knowledge base's own sources: at 128 bits an accidental collision is out of reach at any
 * page count, and a crafted one would only keep a page its own author could write anyway. It
 * replaces SHA-256 there because the JVM runs SHA-256 fast only in its optimising compiler (an
 * intrinsic of C2): a rebuild after one edit runs with C1 alone (see the launcher), where hashing
 * every page's model with SHA-256 took about two thirds of the digest stage.
 */
final class Hash128 {
  /** Bytes of {@link #finish()}. */
  static final int BYTES = 16;

  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private long h1;
  private long h2;
  private long length;
  /** Bytes not yet making a whole 16-byte block. */
  private final byte[] tail = new byte[16];
  private int pending;

  /** Feeds {@code len} bytes of {@code b} from {@code off}. */
  void update(byte[] b, int off, int len) {
    length += len;
    int i = off;
    int end = off + len;
    if (pending > 0) {
      while (pending < 16 && i < end) tail[pending++] = b[i++];
      if (pending < 16) return;
      block(tail, 0);
      pending = 0;
    }
    for (; end - i >= 16; i += 16) block(b, i);
    while (i < end) tail[pending++] = b[i++];
  }

  void update(byte[] b) {
    update(b, 0, b.length);
  }

  /** The hash of everything fed, 16 bytes, big-endian h1 then h2; the hasher is then reset. */
  byte[] finish() {
    long k1 = 0;
    long k2 = 0;
    for (int j = pending - 1; j >= 8; j--) k2 = (k2 << 8) | (tail[j] & 0xffL);
    for (int j = Math.min(pending, 8) - 1; j >= 0; j--) k1 = (k1 << 8) | (tail[j] & 0xffL);
    if (pending > 8) {
      k2 *= C2;
      k2 = Long.rotateLeft(k2, 33);
      k2 *= C1;
      h2 ^= k2;
    }
    if (pending > 0) {
      k1 *= C1;
      k1 = Long.rotateLeft(k1, 31);
      k1 *= C2;
      h1 ^= k1;
    }
    h1 ^= length;
    h2 ^= length;
    h1 += h2;
    h2 += h1;
    h1 = mix(h1);
    h2 = mix(h2);
    h1 += h2;
    h2 += h1;
    byte[] out = new byte[BYTES];
    for (int j = 0; j < 8; j++) {
      out[j] = (byte) (h1 >>> (56 - 8 * j));
      out[8 + j] = (byte) (h2 >>> (56 - 8 * j));
    }
    h1 = 0;
    h2 = 0;
    length = 0;
    pending = 0;
    return out;
  }

  private void block(byte[] b, int i) {
    long k1 = littleEndian(b, i);
    long k2 = littleEndian(b, i + 8);
    k1 *= C1;
    k1 = Long.rotateLeft(k1, 31);
    k1 *= C2;
    h1 ^= k1;
    h1 = Long.rotateLeft(h1, 27);
    h1 += h2;
    h1 = h1 * 5 + 0x52dce729;
    k2 *= C2;
    k2 = Long.rotateLeft(k2, 33);
    k2 *= C1;
    h2 ^= k2;
    h2 = Long.rotateLeft(h2, 31);
    h2 += h1;
    h2 = h2 * 5 + 0x38495ab5;
  }

  private static long littleEndian(byte[] b, int i) {
    return (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24
        | (b[i + 4] & 0xffL) << 32 | (b[i + 5] & 0xffL) << 40 | (b[i + 6] & 0xffL) << 48 | (b[i + 7] & 0xffL) << 56;
  }

  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
