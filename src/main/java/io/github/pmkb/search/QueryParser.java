package io.github.pmkb.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import io.github.pmkb.search.SearchQuery.Clause;
import io.github.pmkb.search.SearchQuery.Filter;

/** Reads {@link SearchQuery}'s syntax left to right; one instance per query. */
final class QueryParser {
  private final String text;
  private int pos;
  private final List<Clause> clauses = new ArrayList<>();
  private final List<Filter> filters = new ArrayList<>();

  QueryParser(String text) {
    this.text = text == null ? "" : text;
  }

  SearchQuery parse() {
    while (true) {
      skipSpace();
      if (pos >= text.length()) break;
      item();
    }
    return new SearchQuery(clauses, filters, Optional.empty());
  }

  private void item() {
    int start = pos;
    boolean negated = false;
    if (text.charAt(pos) == '-') {
      negated = true;
      pos++;
      if (pos >= text.length() || Character.isWhitespace(text.charAt(pos))) {
        throw new QuerySyntaxException("'-' must be followed by a word, a \"phrase\" or a field:value to exclude",
            start + 1);
      }
    }
    if (text.charAt(pos) == '"') {
      String phrase = quoted();
      if (!phrase.isBlank()) clauses.add(new Clause(phrase, true, negated));
      return;
    }
    int wordStart = pos;
    while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && text.charAt(pos) != ':'
        && text.charAt(pos) != '"') {
      pos++;
    }
    String word = text.substring(wordStart, pos);
    if (pos < text.length() && text.charAt(pos) == ':') {
      pos++;
      if (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
        filter(word, wordStart, negated);
        return;
      }
    }
    if (!word.isEmpty()) clauses.add(new Clause(word, false, negated));
  }

  private void filter(String name, int nameStart, boolean negated) {
    Optional<String> dim = SearchQuery.facetName(name);
    if (dim.isEmpty()) {
      throw new QuerySyntaxException("unknown field '" + name + "'; fields are "
          + String.join(", ", new TreeSet<>(List.of("root_cause", "contributing", "tag", "severity", "service", "year", "month")))
          + " (put text with a colon in quotes to search for it)", nameStart + 1);
    }
    String value;
    if (text.charAt(pos) == '"') {
      value = quoted();
    } else {
      int s = pos;
      while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) pos++;
      value = text.substring(s, pos);
    }
    if (value.isBlank()) throw new QuerySyntaxException("empty value for field '" + name + "'", nameStart + 1);
    filters.add(new Filter(dim.get(), value.strip(), negated));
  }

  private String quoted() {
    int open = pos;
    int close = text.indexOf('"', open + 1);
    if (close < 0) throw new QuerySyntaxException("unclosed quote", open + 1);
    pos = close + 1;
    return text.substring(open + 1, close).strip();
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
  }
}
