package io.github.pmkb.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.diag.SourcePos;

/**
 * Refuses files that cannot be a postmortem before anything parses them: too large, empty, or
 * binary (an image or archive saved as {@code .md}). Each refusal is an error at the file, so the
 * author learns why the page is missing, and the rest of the site still builds.
 */
public final class SourceGuard {
  /** How much of a file is inspected for binary signatures. */
  private static final int SNIFF_BYTES = 8192;

  private SourceGuard() {}

  /** Checks the size on disk, so an oversized file is never read into memory. */
  public static boolean withinLimit(Path file, String rel, long maxBytes, Diagnostics diags) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      diags.error("IO001", "cannot read file: " + e.getMessage(), SourcePos.of(rel));
      return false;
    }
    if (size <= maxBytes) return true;
    diags.error("SRC001", "file is " + size + " bytes, over the limit of " + maxBytes + " bytes; skipped",
        SourcePos.of(rel), "split it, move attachments out of content/, or raise content.maxFileSize in site.properties");
    return false;
  }

  /** True when {@code bytes} may be decoded as Markdown; otherwise reports why not. */
  public static boolean accept(String rel, byte[] bytes, Diagnostics diags) {
    if (isBlank(bytes)) {
      diags.error("SRC002", "file is empty; skipped", SourcePos.of(rel),
          "write the postmortem (pmkb new creates a skeleton) or delete the file");
      return false;
    }
    Optional<String> kind = binaryKind(bytes);
    if (kind.isPresent()) {
      diags.error("SRC003", "file is binary (" + kind.get() + "), not Markdown; skipped", SourcePos.of(rel),
          "give it its real extension; images may sit beside a postmortem and be linked from it");
      return false;
    }
    return true;
  }

  /**
   * The position of the first byte that is not UTF-8, so the warning can point at it; the start of
   * the file when every byte is valid (the caller only asks after decoding failed).
   */
  public static SourcePos firstInvalidUtf8(byte[] bytes, int start, String rel) {
    int line = 1;
    int col = 1;
    int i = start;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      int len = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
      if (len == 0 || !continues(bytes, i, len)) return new SourcePos(rel, line, col);
      if (b == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
      i += len;
    }
    return SourcePos.of(rel);
  }

  private static boolean continues(byte[] bytes, int i, int len) {
    if (i + len > bytes.length) return false;
    for (int k = 1; k < len; k++) if ((bytes[i + k] & 0xC0) != 0x80) return false;
    if (len == 3) {
      int b0 = bytes[i] & 0xff;
      int b1 = bytes[i + 1] & 0xff;
      // Overlong forms and UTF-16 surrogates are malformed.
      if (b0 == 0xE0 && b1 < 0xA0 || b0 == 0xED && b1 > 0x9F) return false;
    } else if (len == 4) {
      int b0 = bytes[i] & 0xff;
      int b1 = bytes[i + 1] & 0xff;
      if (b0 == 0xF0 && b1 < 0x90 || b0 == 0xF4 && b1 > 0x8F) return false;
    }
    return true;
  }

  private static boolean isBlank(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') return false;
    }
    return true;
  }

  /** A known signature, or "NUL bytes": text files never contain NUL, binary formats almost always do. */
  static Optional<String> binaryKind(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) return Optional.of("PNG image");
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) return Optional.of("JPEG image");
    if (startsWith(b, 'G', 'I', 'F', '8')) return Optional.of("GIF image");
    if (startsWith(b, '%', 'P', 'D', 'F', '-')) return Optional.of("PDF document");
    if (startsWith(b, 'P', 'K', 3, 4)) return Optional.of("ZIP archive or Office document");
    if (startsWith(b, 0x1F, 0x8B)) return Optional.of("gzip archive");
    if (startsWith(b, 'R', 'I', 'F', 'F')) return Optional.of("RIFF media (WebP, WAV, AVI)");
    if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF)) return Optional.of("UTF-16 text; save it as UTF-8");
    int n = Math.min(b.length, SNIFF_BYTES);
    for (int i = 0; i < n; i++) if (b[i] == 0) return Optional.of("contains NUL bytes");
    return Optional.empty();
  }

  private static boolean startsWith(byte[] b, int... sig) {
    if (b.length < sig.length) return false;
    for (int i = 0; i < sig.length; i++) if ((b[i] & 0xff) != sig[i]) return false;
    return true;
  }
}
