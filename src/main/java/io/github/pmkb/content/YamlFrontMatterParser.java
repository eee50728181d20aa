package io.github.pmkb.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.diag.SourcePos;

/**
 * Parses YAML front matter with SnakeYAML Engine (YAML 1.2, no arbitrary objects), keeping the
 * line of each top-level key. Hostile input never escapes as an exception: it becomes a
 * diagnostic at the best position known.
 */
final class YamlFrontMatterParser {
  /** Front matter is metadata; a larger block is almost certainly a mistake or an attack. */
  static final int MAX_CODE_POINTS = 64 * 1024;

  private YamlFrontMatterParser() {}

  static Optional<FrontMatter> parse(String rel, FrontMatterSplitter.Split split, Diagnostics diags) {
    // Checked before SnakeYAML sees the text: its StreamReader slows down quadratically on a large
    // scalar before its own code point limit trips (a 10 MB title took minutes).
    if (split.header().length() > MAX_CODE_POINTS) {
      diags.error("FM007", "front matter is larger than " + MAX_CODE_POINTS / 1024 + " KiB ("
          + split.header().length() + " characters)", SourcePos.of(rel, split.headerStartLine()),
          YamlHints.forProblem("exceeds the limit"));
      return Optional.empty();
    }
    // SnakeYAML recurses once per nesting level: bounded here so a hostile block cannot overflow the stack.
    Optional<SourcePos> deep = YamlNesting.tooDeep(split.header(), split.headerStartLine(), rel);
    if (deep.isPresent()) {
      diags.error("FM008", "front matter is nested more than " + YamlNesting.MAX_DEPTH + " levels deep", deep.get(),
          "write lists and maps out flat; front matter holds short metadata");
      return Optional.empty();
    }
    LoadSettings settings = LoadSettings.builder()
        .setLabel(rel)
        .setAllowDuplicateKeys(false)
        .setMaxAliasesForCollections(50)
        .setCodePointLimit(MAX_CODE_POINTS)
        .build();
    int offset = split.headerStartLine();
    try {
      Optional<Node> node = new Compose(settings).composeString(split.header());
      if (node.isEmpty()) {
        return Optional.of(new FrontMatter(FrontMatter.Kind.YAML, Map.of(), Map.of(), split.bodyStartLine()));
      }
      if (!(node.get() instanceof MappingNode mapping)) {
        diags.error("FM003", "front matter must be a mapping of keys to values", SourcePos.of(rel, offset),
            "write one 'key: value' per line");
        return Optional.empty();
      }
      Map<String, Integer> keyLines = new LinkedHashMap<>();
      for (NodeTuple t : mapping.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k) {
          int line = t.getKeyNode().getStartMark().map(m -> m.getLine() + offset).orElse(offset);
          keyLines.put(k.getValue(), line);
        }
      }
      Object value = new StandardConstructor(settings).constructSingleDocument(node);
      if (!(value instanceof Map<?, ?> map)) {
        diags.error("FM003", "front matter must be a mapping of keys to values", SourcePos.of(rel, offset));
        return Optional.empty();
      }
      Map<String, Object> values = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (e.getValue() != null) values.put(String.valueOf(e.getKey()), e.getValue());
      }
      return Optional.of(new FrontMatter(FrontMatter.Kind.YAML, values, keyLines, split.bodyStartLine()));
    } catch (MarkedYamlEngineException e) {
      // SnakeYAML marks are 0-based and relative to the block; add the opening '---' line.
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      // An unclosed bracket or quote is noticed only where the block ends; the author needs the
      // line that opened it, which SnakeYAML gives as the context mark.
      String context = e.getContext() == null ? "" : e.getContext();
      if (e.getContextMark().isPresent() && (context.contains("flow") || context.contains("quoted"))) {
        mark = e.getContextMark();
      }
      int line = mark.map(m -> m.getLine() + offset).orElse(offset);
      int col = mark.map(m -> m.getColumn() + 1).orElse(1);
      String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
      diags.error("FM001", "invalid YAML front matter: " + problem, new SourcePos(rel, line, col),
          YamlHints.forProblem(problem));
      return Optional.empty();
    } catch (StackOverflowError e) {
      // A nesting shape the scan above does not know.
      diags.error("FM008", "front matter is nested too deeply to read", SourcePos.of(rel, offset),
          "write lists and maps out flat; front matter holds short metadata");
      return Optional.empty();
    } catch (RuntimeException e) {
      // SnakeYAML Engine throws plain runtime exceptions on some hostile inputs (e.g. "!o%e").
      String problem = firstLine(e.getMessage());
      diags.error("FM001", "invalid YAML front matter: " + problem, SourcePos.of(rel, offset),
          YamlHints.forProblem(problem));
      return Optional.empty();
    }
  }

  private static String firstLine(String s) {
    if (s == null) return "unreadable";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
