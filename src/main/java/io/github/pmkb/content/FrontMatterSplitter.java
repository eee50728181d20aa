package io.github.pmkb.content;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds where a metadata block ends and the body begins, without parsing the block.
 *
 * <p>YAML front matter opens with {@code ---} on the first line and closes with {@code ---} or
 * {@code ...}. A JBake header is {@code key=value} lines closed by the header separator ({@code
 * ~~~~~~}). A file that opens with {@code ---} followed by prose is a Markdown rule, not front
 * matter (seen in real postmortems), so the block's first line must look like a YAML key.
 */
public final class FrontMatterSplitter {
  /** How far to look for a closing line before deciding the file has no front matter. */
  static final int MAX_HEADER_LINES = 2000;

  private static final Pattern YAML_KEY = Pattern.compile("^(?:[\"']?[A-Za-z_][\\w .-]*[\"']?\\s*:(?:\\s|$)|#).*");
  /** Words and spaces without a colon: a sentence, not a YAML key. */
  private static final Pattern PROSE = Pattern.compile("^\\s*\\p{L}[^:]*\\s[^:]*$");
  private static final Pattern JBAKE_LINE = Pattern.compile("^\\s*[A-Za-z_][\\w.-]*\\s*=.*");

  private FrontMatterSplitter() {}

  /**
   * A split text.
   *
   * @param header the block's text without its delimiters
   * @param headerStartLine 1-based line of the block's first line of content
   * @param body the rest of the file
   * @param bodyStartLine 1-based line where {@code body} starts
   * @param unclosed a YAML block was opened but never closed
   */
  public record Split(FrontMatter.Kind kind, String header, int headerStartLine, String body, int bodyStartLine,
      boolean unclosed) {}

  public static Split split(String text, String jbakeSeparator) {
    String[] lines = text.split("\n", -1);
    Optional<Split> yaml = yaml(text, lines);
    if (yaml.isPresent()) return yaml.get();
    Optional<Split> jbake = jbake(text, lines, jbakeSeparator);
    return jbake.orElseGet(() -> new Split(FrontMatter.Kind.NONE, "", 1, text, 1, false));
  }

  private static Optional<Split> yaml(String text, String[] lines) {
    if (lines.length < 2 || !lines[0].stripTrailing().equals("---")) return Optional.empty();
    int firstContent = 1;
    while (firstContent < lines.length && lines[firstContent].isBlank()) firstContent++;
    if (firstContent >= lines.length) return Optional.empty();
    String first = lines[firstContent];
    for (int i = 1; i < Math.min(lines.length, MAX_HEADER_LINES); i++) {
      String l = lines[i].stripTrailing();
      if (l.equals("---") || l.equals("...")) {
        // A closed block is front matter unless it reads as a sentence (then the '---' are rules).
        if (PROSE.matcher(first).matches()) return Optional.empty();
        return Optional.of(new Split(FrontMatter.Kind.YAML, join(lines, 1, i), 2, join(lines, i + 1, lines.length),
            i + 2, false));
      }
    }
    // Never closed: front matter only if it clearly starts like one; otherwise a rule before prose.
    if (!YAML_KEY.matcher(first).matches()) return Optional.empty();
    return Optional.of(new Split(FrontMatter.Kind.YAML, "", 2, text, 1, true));
  }

  private static Optional<Split> jbake(String text, String[] lines, String separator) {
    int limit = Math.min(lines.length, 200);
    for (int i = 0; i < limit; i++) {
      String l = lines[i].strip();
      if (l.equals(separator)) {
        if (i == 0) return Optional.empty();
        return Optional.of(new Split(FrontMatter.Kind.JBAKE, join(lines, 0, i), 1, join(lines, i + 1, lines.length),
            i + 2, false));
      }
      if (!l.isEmpty() && !JBAKE_LINE.matcher(lines[i]).matches()) return Optional.empty();
    }
    return Optional.empty();
  }

  private static String join(String[] lines, int from, int to) {
    if (from >= to) return "";
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) sb.append('\n');
      sb.append(lines[i]);
    }
    return sb.toString();
  }
}
