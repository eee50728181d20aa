package io.github.pmkb.diag;

/**
 * A 1-based position in a user's file, relative to the knowledge base root.
 *
 * <p>Libraries count from zero (flexmark lines, SnakeYAML marks); convert at the boundary so every
 * diagnostic a user sees can be pasted into an editor's "go to line".
 */
public record SourcePos(String file, int line, int column) {
  public SourcePos {
    if (file == null) throw new IllegalArgumentException("file is required");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }

  /** The start of a file, for problems that concern it as a whole. */
  public static SourcePos of(String file) {
    return new SourcePos(file, 1, 1);
  }

  public static SourcePos of(String file, int line) {
    return new SourcePos(file, Math.max(1, line), 1);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
