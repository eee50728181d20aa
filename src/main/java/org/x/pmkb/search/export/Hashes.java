package org.x.pmkb.search.export;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short content hashes for file names. */
final class Hashes {
  /** 40 bits: collisions among a site's few thousand files are negligible, names stay short. */
  static final int HEX = 10;

  private Hashes() {}

  static String of(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, HEX);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
