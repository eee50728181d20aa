package io.github.pmkb.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Groups of equivalent phrases, expanded at query time: a query word or run of words equal to one
 * phrase of a group also matches every other phrase of it ({@code OOM} also finds "out of memory").
 *
 * <p>Format: one group per line, phrases separated by commas, {@code #} starts a comment. Words are
 * compared after lower-casing and Porter stemming, so {@code certificates} matches {@code
 * certificate}. The defaults are in {@code synonyms.txt} beside this class; a knowledge base can
 * replace them with its own {@code search-synonyms.txt}.
 */
public final class Synonyms {
  private final List<List<String>> groups;

  private Synonyms(List<List<String>> groups) {
    this.groups = List.copyOf(groups);
  }

  public static Synonyms none() {
    return new Synonyms(List.of());
  }

  /** The file in a knowledge base's root folder that replaces the defaults. */
  public static final String FILE = "search-synonyms.txt";

  /** The synonyms a knowledge base searches with: its own {@link #FILE}, else the defaults. */
  public static Synonyms ofKnowledgeBase(Path root) {
    Path own = root.resolve(FILE);
    try {
      return Files.isRegularFile(own) ? parse(Files.readString(own)) : defaults();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + own, e);
    }
  }

  public static Synonyms defaults() {
    try (InputStream in = Synonyms.class.getResourceAsStream("synonyms.txt")) {
      if (in == null) throw new IllegalStateException("synonyms.txt missing from the pmkb jar");
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Synonyms parse(String text) {
    List<List<String>> groups = new ArrayList<>();
    for (String line : text.split("\n")) {
      int hash = line.indexOf('#');
      String l = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (l.isEmpty()) continue;
      List<String> phrases = new ArrayList<>();
      for (String p : l.split(",")) {
        String s = p.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (!s.isEmpty() && !phrases.contains(s)) phrases.add(s);
      }
      if (phrases.size() > 1) groups.add(List.copyOf(phrases));
    }
    return new Synonyms(groups);
  }

  /** The groups, each a list of lower-cased phrases (the browser export copies them). */
  public List<List<String>> groups() {
    return groups;
  }

  /** The group one of whose phrases has comparison key {@code phraseKey}, if any. */
  Optional<List<String>> groupOf(String phraseKey, java.util.function.Function<String, String> key) {
    for (List<String> group : groups) {
      for (String phrase : group) {
        if (key.apply(phrase).equals(phraseKey)) return Optional.of(group);
      }
    }
    return Optional.empty();
  }

  /** A match of a group in a word sequence: {@code length} words from the start position. */
  record Match(int length, List<String> phrases) {}

  /**
   * The longest group phrase that the words starting at {@code start} spell, comparing with
   * {@code key} (the caller's word normaliser).
   */
  Optional<Match> longestAt(List<String> keys, int start, java.util.function.Function<String, String> key) {
    Match best = null;
    for (List<String> group : groups) {
      for (String phrase : group) {
        String[] words = phrase.split(" ");
        if (start + words.length > keys.size()) continue;
        if (best != null && words.length <= best.length()) continue;
        boolean all = true;
        for (int i = 0; i < words.length && all; i++) all = key.apply(words[i]).equals(keys.get(start + i));
        if (all) best = new Match(words.length, group);
      }
    }
    return Optional.ofNullable(best);
  }
}
