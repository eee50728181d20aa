package io.github.pmkb.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The anchors of every signal of a {@link Taxonomy}, found in one pass over a sentence. Asking
 * each signal whether its anchors occur costs a substring search per anchor per signal per
 * sentence; walking a trie of all anchors from each position of the sentence finds them all at
 * once, and then a signal's question is a few array reads. Same answers as {@link
 * Taxonomy.Signal#mayMatch}, which stays the definition.
 */
final class SignalAnchors {
  /** A trie node: children by character (linear search: most nodes have one or two) and the anchor ending here. */
  private static final class Node {
    char[] keys = new char[0];
    Node[] kids = new Node[0];
    int anchor = -1;

    Node child(char c) {
      for (int i = 0; i < keys.length; i++) if (keys[i] == c) return kids[i];
      return null;
    }

    Node add(char c) {
      Node n = child(c);
      if (n != null) return n;
      keys = Arrays.copyOf(keys, keys.length + 1);
      kids = Arrays.copyOf(kids, kids.length + 1);
      keys[keys.length - 1] = c;
      return kids[kids.length - 1] = new Node();
    }
  }

  /** The root's children by ASCII code, the first step of every walk. */
  private final Node[] rootAscii = new Node[128];
  private final Node root = new Node();
  private final int anchorCount;
  /** The id of the empty anchor, which every sentence holds, or -1. */
  private final int emptyAnchor;
  /** Per category, per signal: the ids of its anchors, or null when it has none (always run). */
  private final int[][][] ids;

  /** The anchors of {@code taxonomy}; those of the defaults are built once, since a classifier is made per file. */
  static SignalAnchors of(Taxonomy taxonomy) {
    return taxonomy == Taxonomy.defaults() ? Defaults.ANCHORS : new SignalAnchors(taxonomy);
  }

  private static final class Defaults {
    static final SignalAnchors ANCHORS = new SignalAnchors(Taxonomy.defaults());
  }

  private SignalAnchors(Taxonomy taxonomy) {
    Map<String, Integer> byText = new LinkedHashMap<>();
    List<Taxonomy.Category> cats = taxonomy.categories();
    ids = new int[cats.size()][][];
    for (int c = 0; c < cats.size(); c++) {
      List<Taxonomy.Signal> signals = cats.get(c).signals();
      ids[c] = new int[signals.size()][];
      for (int s = 0; s < signals.size(); s++) {
        List<String> anchors = signals.get(s).anchors();
        if (anchors.isEmpty()) continue;
        List<Integer> own = new ArrayList<>();
        for (String a : anchors) own.add(byText.computeIfAbsent(a, k -> byText.size()));
        ids[c][s] = own.stream().mapToInt(Integer::intValue).toArray();
      }
    }
    anchorCount = byText.size();
    for (Map.Entry<String, Integer> e : byText.entrySet()) {
      String a = e.getKey();
      // The empty string is in every sentence: its signal always runs.
      if (a.isEmpty()) continue;
      Node n = root.add(a.charAt(0));
      if (a.charAt(0) < 128) rootAscii[a.charAt(0)] = n;
      for (int i = 1; i < a.length(); i++) n = n.add(a.charAt(i));
      n.anchor = e.getValue();
    }
    emptyAnchor = byText.getOrDefault("", -1);
  }

  /** Which anchors {@code lowerCased} contains, by id. */
  boolean[] find(String lowerCased) {
    boolean[] found = new boolean[anchorCount];
    if (emptyAnchor >= 0) found[emptyAnchor] = true;
    int len = lowerCased.length();
    for (int i = 0; i < len; i++) {
      char c = lowerCased.charAt(i);
      Node n = c < 128 ? rootAscii[c] : root.child(c);
      for (int j = i + 1; n != null; j++) {
        if (n.anchor >= 0) found[n.anchor] = true;
        if (j >= len) break;
        n = n.child(lowerCased.charAt(j));
      }
    }
    return found;
  }

  /** Whether signal {@code signal} of category {@code category} may match, given {@link #find}'s answer. */
  boolean mayMatch(int category, int signal, boolean[] found) {
    int[] own = ids[category][signal];
    if (own == null) return true;
    for (int id : own) if (found[id]) return true;
    return false;
  }
}
