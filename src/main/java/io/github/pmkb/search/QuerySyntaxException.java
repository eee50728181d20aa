package io.github.pmkb.search;

/** A user query pmkb cannot read, with the 1-based column of the problem. */
public final class QuerySyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final int column;

  public QuerySyntaxException(String message, int column) {
    super(message + " (at column " + column + ")");
    this.column = column;
  }

  public int column() {
    return column;
  }
}
