package io.github.pmkb.serve;

import io.github.pmkb.escape.Markup;

import java.util.List;
import io.github.pmkb.diag.Diagnostic;

/**
 * The error box shown on every served page while the site has errors: one line per error with
 * its file:line and message, as in the terminal. Styles are inline so no theme can hide it.
 */
final class Overlay {
  private static final int MAX_SHOWN = 20;

  private Overlay() {}

  static String html(List<Diagnostic> diagnostics) {
    List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
    if (errors.isEmpty()) return "";
    StringBuilder b = new StringBuilder(512);
    b.append("<div id=\"pmkb-errors\" role=\"alert\" style=\"position:fixed;left:0;right:0;bottom:0;z-index:2147483647;")
        .append("max-height:50vh;overflow:auto;margin:0;padding:1em;background:#2b0b0b;color:#ffdede;")
        .append("font:14px/1.4 monospace;border-top:4px solid #e5484d\">")
        .append("<strong>pmkb: ").append(errors.size()).append(errors.size() == 1 ? " error" : " errors")
        .append("</strong><ul style=\"margin:.5em 0 0;padding-left:1.2em\">");
    for (Diagnostic d : errors.subList(0, Math.min(MAX_SHOWN, errors.size()))) {
      b.append("<li>").append(Markup.escape(d.format())).append("</li>");
    }
    if (errors.size() > MAX_SHOWN) b.append("<li>… and ").append(errors.size() - MAX_SHOWN).append(" more</li>");
    return b.append("</ul></div>").toString();
  }

}
