package io.github.pmkb.extract;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe identifiers: lower case ASCII letters, digits and single hyphens. */
public final class Slugs {
  private Slugs() {}

  public static String of(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    s = s.replaceAll("^-+|-+$", "");
    if (s.length() > 80) s = s.substring(0, 80).replaceAll("-+$", "");
    return s;
  }
}
