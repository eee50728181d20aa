package io.github.pmkb.search.export;

import java.util.Arrays;

/**
 * A growable byte buffer with the encodings the browser's codec ({@code search-codec.js}) reads:
 * LEB128 varints, little-endian uint16, and scores as IEEE half-precision floats.
 */
final class Bytes {
  private byte[] buf;
  private int size;

  Bytes() {
    this(256);
  }

  Bytes(int capacity) {
    buf = new byte[Math.max(16, capacity)];
  }

  int size() {
    return size;
  }

  /** The backing array: bytes {@code [0, size())} are the content. */
  byte[] array() {
    return buf;
  }

  byte[] toArray() {
    return Arrays.copyOf(buf, size);
  }

  void clear() {
    size = 0;
  }

  private void room(int n) {
    if (size + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
  }

  Bytes u8(int v) {
    room(1);
    buf[size++] = (byte) v;
    return this;
  }

  Bytes u16(int v) {
    room(2);
    buf[size++] = (byte) v;
    buf[size++] = (byte) (v >>> 8);
    return this;
  }

  Bytes varint(long v) {
    room(10);
    while ((v & ~0x7FL) != 0) {
      buf[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[size++] = (byte) v;
    return this;
  }

  Bytes bytes(byte[] b, int from, int length) {
    room(length);
    System.arraycopy(b, from, buf, size, length);
    size += length;
    return this;
  }

  Bytes bytes(byte[] b) {
    return bytes(b, 0, b.length);
  }

  /** Overwrites two bytes at {@code at} (a length written after its content). */
  void setU16(int at, int v) {
    buf[at] = (byte) v;
    buf[at + 1] = (byte) (v >>> 8);
  }

  /**
   * {@code v} as an IEEE 754 half-precision float (rounded to nearest), for non-negative scores;
   * 10 bits of mantissa keep about 3 significant digits, more than 8-bit impacts resolve.
   */
  static int half(float v) {
    if (!(v > 0)) return 0;
    int bits = Float.floatToIntBits(v);
    int exp = ((bits >>> 23) & 0xFF) - 127 + 15;
    int mant = bits & 0x7FFFFF;
    if (exp >= 31) return 0x7BFF;
    if (exp <= 0) {
      if (exp < -10) return 0;
      int m = mant | 0x800000;
      int shift = 14 - exp;
      int h = m >>> shift;
      if (((m >>> (shift - 1)) & 1) != 0) h++;
      return h;
    }
    int h = (exp << 10) | (mant >>> 13);
    if ((mant & 0x1000) != 0) h++;
    return Math.min(h, 0x7BFF);
  }

  /** The value a half-precision float stands for: what the browser decodes. */
  static float fromHalf(int h) {
    int exp = (h >>> 10) & 0x1F;
    int mant = h & 0x3FF;
    if (exp == 0) return mant * 0x1p-24f;
    return (1 + mant / 1024f) * (float) Math.pow(2, exp - 15);
  }
}
