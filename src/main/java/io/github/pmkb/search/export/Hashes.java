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
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(bytes, 0, length);
      return HexFormat.of().formatHex(sha.digest()).substring(0, HEX);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
