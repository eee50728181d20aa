package io.github.pmkb.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-safe identifiers: lower case ASCII letters, digits and single hyphens. */
public final class Slugs {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
  private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");

  private Slugs() {}

  public static String of(String text) {
    String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    String s = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
    s = EDGE_HYPHENS.matcher(s).replaceAll("");
    if (s.length() > 80) s = TRAILING_HYPHENS.matcher(s.substring(0, 80)).replaceAll("");
    return s;
  }
}
