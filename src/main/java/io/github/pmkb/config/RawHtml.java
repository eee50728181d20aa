package io.github.pmkb.config;

import java.util.Locale;
import java.util.Optional;

/** What happens to HTML written inside Markdown ({@code content.rawHtml}). */
public enum RawHtml {
  /** Kept after the OWASP sanitizer removed scripts, handlers, frames and styles (the default). */
  SANITIZE,
  /** Shown as text; Markdown-made HTML is still sanitised (links such as {@code javascript:}). */
  ESCAPE,
  /** Kept as written: only for a knowledge base whose every author is trusted. */
  TRUST;

  static Optional<RawHtml> parse(String v) {
    for (RawHtml m : values()) if (m.name().equalsIgnoreCase(v.strip())) return Optional.of(m);
    return Optional.empty();
  }

  /** The value as written in {@code site.properties}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
