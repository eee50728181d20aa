package io.github.pmkb.testing;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code file:line:col: level[CODE]: message} lines of a command's output, for comparing two commands. */
public final class CompilerLines {
  private static final Pattern LINE = Pattern.compile("(?m)^(\\S+:\\d+:\\d+: (?:error|warning)\\[[A-Z]+\\d+\\]: .*)$");

  private CompilerLines() {}

  /** Every diagnostic line of {@code output}, sorted, hints left out. */
  public static Set<String> of(String output) {
    Set<String> out = new TreeSet<>();
    Matcher m = LINE.matcher(output);
    while (m.find()) out.add(m.group(1));
    return out;
  }
}
