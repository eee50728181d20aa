package io.github.pmkb.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.diag.SourcePos;

/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 or MacRoman and saved again
 * ("weâ€™ve" for "we’ve"). Only lines that carry an unmistakable marker are touched, and a line is
 * changed only when every marker disappears and each repaired run re-decodes as strict UTF-8, so
 * legitimate accented text ("café", "Straße“") is left alone.
 */
final class MojibakeRepair {
  /** What UTF-8 bytes look like through each decoder; from POSTMORTEMS.md §7. */
  private static final Pattern CP1252_MARKER =
      Pattern.compile("â€|Ã[\\x{80}-\\x{BF}\\x{152}\\x{153}\\x{160}\\x{161}\\x{178}\\x{17D}\\x{17E}\\x{192}\\x{2C6}\\x{2DC}\\x{2013}-\\x{203A}\\x{20AC}\\x{2122}]|Â[\\x{A0}-\\x{BF}]|ðŸ|ï»¿|ï¼");

  private static final Pattern MACROMAN_MARKER = Pattern.compile("\\x{F8FF}ü|‚Ä");

  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final Charset MACROMAN = Charset.forName("x-MacRoman");

  private MojibakeRepair() {}

  /** The text with damaged lines repaired; a warning names each repaired line. */
  static String repair(String text, String rel, int firstLine, Diagnostics diags) {
    // Every marker starts with one of a few characters; most files have none, and a plain scan
    // is far cheaper than the markers' regexes.
    if (!hasMarkerStart(text) || !CP1252_MARKER.matcher(text).find() && !MACROMAN_MARKER.matcher(text).find()) return text;
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String fixed = repairLine(line, CP1252_MARKER, CP1252);
      fixed = repairLine(fixed, MACROMAN_MARKER, MACROMAN);
      if (!fixed.equals(line)) {
        diags.warning("ENC002", "repaired mojibake (UTF-8 that was read in a legacy encoding) on this line",
            SourcePos.of(rel, firstLine + i), "save the file as UTF-8; pmkb shows the repaired text");
      }
      if (i > 0) out.append('\n');
      out.append(fixed);
    }
    return out.toString();
  }

  /** Whether a character some marker starts with occurs: â Ã Â ð ï (CP1252), U+F8FF ‚ (MacRoman). */
  private static boolean hasMarkerStart(String text) {
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '\u00E2', '\u00C3', '\u00C2', '\u00F0', '\u00EF', '\uF8FF', '\u201A':
          return true;
        default:
          break;
      }
    }
    return false;
  }

  /** One line repaired with {@code legacy}, or the line unchanged when the repair is not exact. */
  static String repairLine(String line, Pattern marker, Charset legacy) {
    if (!marker.matcher(line).find()) return line;
    StringBuilder out = new StringBuilder(line.length());
    int i = 0;
    while (i < line.length()) {
      int end = i;
      while (end < line.length() && line.charAt(end) >= 0x80) end++;
      if (end == i) {
        out.append(line.charAt(i++));
        continue;
      }
      out.append(repairRun(line.substring(i, end), legacy));
      i = end;
    }
    String fixed = out.toString();
    return marker.matcher(fixed).find() ? line : fixed;
  }

  /**
   * A run of non-ASCII characters: each maximal stretch that re-encodes to a whole UTF-8
   * sequence is decoded; everything else stays as written.
   */
  private static String repairRun(String run, Charset legacy) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < run.length()) {
      int lead = byteOf(run.charAt(i), legacy);
      int len = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
      String decoded = len > 0 && i + len <= run.length() ? decode(run.substring(i, i + len), legacy) : null;
      if (decoded == null) {
        out.append(run.charAt(i++));
      } else {
        out.append(decoded);
        i += len;
      }
    }
    return out.toString();
  }

  /** The legacy byte for one character, or -1. C1 controls map to themselves (cp1252's holes). */
  private static int byteOf(char c, Charset legacy) {
    if (legacy == CP1252 && c >= 0x80 && c <= 0x9F) return c;
    byte[] b = encode(String.valueOf(c), legacy);
    return b == null || b.length != 1 ? -1 : b[0] & 0xff;
  }

  private static String decode(String chars, Charset legacy) {
    byte[] bytes = new byte[chars.length()];
    for (int k = 0; k < chars.length(); k++) {
      int b = byteOf(chars.charAt(k), legacy);
      if (b < 0x80) return null;
      bytes[k] = (byte) b;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static byte[] encode(String s, Charset legacy) {
    CharsetEncoder enc = legacy.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer bb = enc.encode(CharBuffer.wrap(s));
      byte[] b = new byte[bb.remaining()];
      bb.get(b);
      return b;
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
