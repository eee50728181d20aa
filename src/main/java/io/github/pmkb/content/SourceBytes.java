package io.github.pmkb.content;

import io.github.pmkb.fs.Sha256;

/**
 * A source file's bytes as read, with their sha256: read and hashed once (by the build cache,
 * which hashes them to look the file up) and then parsed without reading the file again.
 */
public record SourceBytes(byte[] bytes, String sha256) {
  public static SourceBytes of(byte[] bytes) {
    return new SourceBytes(bytes, Sha256.hex(bytes));
  }
}
