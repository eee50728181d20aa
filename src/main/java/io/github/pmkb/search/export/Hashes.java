package io.github.pmkb.search.export;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short content hashes for file names. */
final class Hashes {
  /** 40 bits: collisions among a site's few thousand files are negligible, names stay short. */
  static final int HEX = 10;

  private Hashes() {}

  static String of(byte[] bytes) {
    return of(bytes, bytes.length);
  }

  /** The hash of {@code bytes[0, length)}. */
  static String of(byte[] bytes, int length) {
    MessageDigest sha = sha256();
    sha.update(bytes, 0, length);
    return hex(sha);
  }

  /** A digest to feed a file's bytes piece by piece; {@link #hex} names them as {@link #of} does. */
  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String hex(MessageDigest sha) {
    return HexFormat.of().formatHex(sha.digest()).substring(0, HEX);
  }
}
