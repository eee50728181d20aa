package io.github.pmkb.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.diag.SourcePos;

/**
 * Reads a content file's bytes and decodes them: UTF-8 with the BOM removed and line endings
 * normalised to {@code \n}; bytes that are not UTF-8 fall back to Windows-1252 with a warning;
 * lines with provable mojibake are repaired ({@link MojibakeRepair}), also with a warning.
 * The file itself is never modified.
 */
public final class SourceReader {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private SourceReader() {}

  /** The decoded file, or empty (with an error) when it cannot be read. */
  public static Optional<SourceFile> read(Path root, Path file, Diagnostics diags) {
    String rel = relative(root, file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      diags.error("IO001", "cannot read file: " + e.getMessage(), SourcePos.of(rel));
      return Optional.empty();
    }
    return of(root, file, SourceBytes.of(bytes), diags);
  }

  /**
   * {@link #read} of bytes already read (by the build cache, which hashed them to look the file
   * up), so a file is read and hashed once.
   */
  public static Optional<SourceFile> of(Path root, Path file, SourceBytes read, Diagnostics diags) {
    String rel = relative(root, file);
    if (!SourceGuard.accept(rel, read.bytes(), diags)) return Optional.empty();
    return Optional.of(new SourceFile(rel, file, decode(read.bytes(), rel, diags), read.sha256()));
  }

  /** Site-relative path with forward slashes, as shown in diagnostics. */
  public static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  /** Decodes bytes as {@link #read} does; public for tools and tests that hold bytes, not files. */
  public static String decode(byte[] bytes, String rel, Diagnostics diags) {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(in)
          .toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, start, bytes.length - start, WINDOWS_1252);
      diags.warning("ENC001", "file is not valid UTF-8; read as Windows-1252",
          SourceGuard.firstInvalidUtf8(bytes, start, rel),
          "save the file as UTF-8");
    }
    // Repair after newline normalisation so the warning's line numbers match the editor's.
    return MojibakeRepair.repair(normaliseNewlines(text), rel, 1, diags);
  }

  static String normaliseNewlines(String text) {
    if (text.indexOf('\r') < 0) return text;
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

}
