package io.github.pmkb.render;

/** A theme or site template that cannot be rendered, with the template's file and line. */
public final class TemplateException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String template;
  private final int line;

  public TemplateException(String template, int line, String message, Throwable cause) {
    super(message, cause);
    this.template = template;
    this.line = line;
  }

  public String template() {
    return template;
  }

  public int line() {
    return line;
  }
}
