package io.github.pmkb.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import io.github.pmkb.model.ActionItem;
import io.github.pmkb.model.ActionItem.Status;

/**
 * A label of an actions section with its list on the same line: "Next steps: move the job and
 * add an alert." The text beside the label is a list only when it reads as one and no list or
 * table follows it.
 */
final class InlineActions {
  private InlineActions() {}

  /** The text after the colon of a label line that names {@code heading}, unless it only leads in to a list below. */
  static Optional<String> text(String line, String heading) {
    String t = line.strip();
    int at = t.indexOf(heading);
    if (t.startsWith("#") || at < 0 || at > 4) return Optional.empty();
    int colon = t.indexOf(':', at + heading.length());
    if (colon < 0 || colon > at + heading.length() + 3) return Optional.empty();
    String rest = ActionItemExtractor.clean(t.substring(colon + 1));
    if (rest.split("\\s+").length < 3 || ActionItemExtractor.isLeadIn(rest) || NOT_A_LIST.matcher(rest).find()) return Optional.empty();
    return Optional.of(rest);
  }

  /**
   * Text beside a label that states something rather than listing work: "none at this time",
   * "three changes are planned", "all items are tracked in the epic".
   */
  private static final Pattern NOT_A_LIST = Pattern.compile("(?i)^(?:none|nothing|no\\b|n/a\\b|not applicable)"
      + "|\\b(?:is|are|was|were|has|have|had|been)\\b");

  static boolean listFollows(BodyLines lines, int from, int to, Pattern item) {
    for (int i = Math.max(0, from); i <= Math.min(to, lines.size() - 1); i++) {
      if (!lines.isFenced(i) && (item.matcher(lines.get(i)).matches() || lines.get(i).strip().startsWith("|"))) return true;
    }
    return false;
  }

  /** The items of the label's text, each with the owner, status, due date and ticket it states taken out of its text. */
  static void items(String text, int line, Predicate<String> ordinary, List<ActionItem> out) {
    List<ActionItem> parts = new ArrayList<>();
    ProseActions.items(text, line, parts);
    for (ActionItem a : parts) {
      ActionFields.Read r = ActionFields.read(a.text(), ordinary);
      out.add(new ActionItem(r.text(), r.owner(), r.status().orElse(Status.NOT_STATED), r.due(), r.ticket(), a.line()));
    }
  }
}
