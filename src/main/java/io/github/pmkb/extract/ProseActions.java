package io.github.pmkb.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.pmkb.model.ActionItem;
import io.github.pmkb.model.Section;
import io.github.pmkb.model.SectionKind;

/**
 * Action items stated in prose, for postmortems without an actions section or table: "To
 * prevent recurrence, the team has updated the runbook. It is also adding canary checks and
 * load tests." gives three items. A sentence that introduces follow-ups ("to prevent
 * recurrence", "improvements identified are", "post-incident actions included") and the
 * sentences after it in its paragraph that add to it ("Additionally, ...", "... is also ...")
 * are split at their list commas and "and"s; each part is an item. A paragraph that is one step
 * of a plan ("Secondly, we'll add ...", "As a long-term solution, we will ...") is one item.
 */
final class ProseActions {
  /** A sentence that introduces follow-up work; the list starts after the match. */
  private static final Pattern INTRO = Pattern.compile("(?i)\\b(?:to (?:prevent|avoid) (?:a |any )?(?:future |similar |further )?"
      + "(?:recurrences?|repeats?|reoccurrences?|incidents?|outages?|issues?|this|it)\\b[^,.]{0,40},?"
      + "|(?:post-incident|follow-up|corrective|preventive|preventative) (?:actions?|measures?|steps?|work)(?: \\w+){0,2}? (?:include[sd]?|involved?|are|were)\\b:?"
      + "|(?:improvements?|measures?|changes|steps|remediation|prevention efforts|mitigation strategies|lessons)(?: \\w+){0,2}?"
      + " (?:include[sd]?|involved?|identified (?:are|were|include)|planned (?:are|include))\\b:?)");
  /** A paragraph that is one step of a plan: "Secondly, we'll add a manual override ...". */
  private static final Pattern STEP = Pattern.compile("(?i)^(?:to (?:start|begin) with|first(?:ly)?|second(?:ly)?|third(?:ly)?|next|finally|lastly"
      + "|in the (?:short|medium|long)[- ]term|as an? (?:more |longer[- ]term |short[- ]term |long[- ]term )*(?:solution|fix|measure|step))\\b"
      + "[^.!?]*?\\b(?:will|we['\u2019]ll|we['\u2019]re going to|we are going to|we plan to)\\b");
  /**
   * A sentence that commits the team to a follow-up: "We will add an alert on ...", "Going
   * forward, the team will ...". Past or hypothetical forms ("we would", "we were going to") are
   * narrative, "we will continue to monitor" promises no change, and a promise to tell ("we will
   * provide another update", "the support team will reach out") is communication, not a follow-up.
   */
  private static final Pattern COMMITMENT = Pattern.compile("(?i)^(?:(?:going forward|moving forward|from now on|in the future|next|also|additionally"
      + "|finally|to prevent (?:this|a recurrence|recurrence)(?: from happening again)?),?\\s+)?(?:we|the team|our team|the \\w+ team)\\s+"
      + "(?:will|shall|are going to|plan to|intend to|commit to)\\s+(?:also\\s+)?(?!continue\\b|be\\b|keep\\b|never\\b|not\\b|always\\b|try\\b|learn\\b|remember\\b"
      + "|provide\\b|share\\b|post\\b|publish\\b|update (?:this|you|everyone|customers|users|affected|the status|our status)\\b|notify\\b|reach\\b|inform\\b|follow up\\b|see\\b|send\\b|let\\b"
      + "|contact\\b|communicate\\b|announce\\b|report\\b|investigate\\b|look into\\b|monitor\\b|watch\\b)\\p{L}{3,}\\s+\\S");
  /** A later sentence that adds to the list. */
  private static final Pattern MORE = Pattern.compile("(?i)^(?:additionally|also|moreover|furthermore|in addition|as well)\\b,?|\\b(?:is|are|will|was|were|has|have) also\\b");
  /** List separators: commas, semicolons, "and", "as well as". */
  private static final Pattern SEPARATORS = Pattern.compile(",\\s*(?:and|or)\\s+|;\\s*(?:and\\s+)?|,\\s+|\\s+(?:and|as well as)\\s+");
  private static final Pattern INCLUDING = Pattern.compile("(?i),?\\s*\\b(?:including|such as|namely)\\b");
  private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");
  private static final Pattern NOT_PROSE = Pattern.compile("^\\s*(?:[-*+\u2022|#>]|\\d{1,2}[.)]\\s|```|~~~)");

  private ProseActions() {}

  static List<ActionItem> find(BodyLines lines, List<Section> sections) {
    boolean[] skip = new boolean[lines.size()];
    // A timeline tells what happened; lessons say what was learnt, not what will be done.
    boolean[] lessons = new boolean[lines.size()];
    for (Section s : sections) {
      if (s.kind() != SectionKind.TIMELINE && s.kind() != SectionKind.LESSONS) continue;
      boolean[] mark = s.kind() == SectionKind.TIMELINE ? skip : lessons;
      for (int k = Math.max(0, lines.indexOf(s.line())); k <= lines.indexOf(s.endLine()) && k < lines.size(); k++) mark[k] = true;
    }
    List<ActionItem> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (skip[i] || lines.isFenced(i) || lines.isBlank(i) || NOT_PROSE.matcher(lines.get(i)).find()) {
        i++;
        continue;
      }
      int first = i;
      StringBuilder p = new StringBuilder();
      while (i < lines.size() && !skip[i] && !lines.isFenced(i) && !lines.isBlank(i) && !NOT_PROSE.matcher(lines.get(i)).find()) {
        p.append(lines.get(i++)).append(' ');
      }
      paragraph(ActionItemExtractor.clean(p.toString()), lines.lineNo(first), !lessons[first], out);
    }
    return out;
  }

  private static void paragraph(String text, int line, boolean commitments, List<ActionItem> out) {
    if (STEP.matcher(text).find()) {
      String first = SENTENCES.split(text)[0].strip();
      out.add(ActionItem.of(first, line));
      return;
    }
    boolean listing = false;
    for (String sentence : SENTENCES.split(text)) {
      Matcher m = INTRO.matcher(sentence);
      if (m.find()) {
        listing = true;
        items(sentence.substring(m.end()), line, out);
      } else if (listing && MORE.matcher(sentence).find()) {
        items(sentence, line, out);
      } else if (commitments && COMMITMENT.matcher(sentence).find()) {
        listing = false;
        out.add(ActionItem.of(sentence.strip(), line));
      } else {
        listing = false;
      }
    }
  }

  /** The items of a list written as a sentence: "move the indexer and write a runbook" gives two. */
  static void items(String list, int line, List<ActionItem> out) {
    String s = list.strip().replaceAll("[.!]+$", "");
    Matcher inc = INCLUDING.matcher(s);
    if (inc.find()) s = s.substring(inc.end());
    for (String part : SEPARATORS.split(s)) {
      String t = part.strip();
      if (t.split("\\s+").length >= 2) out.add(ActionItem.of(Character.toUpperCase(t.charAt(0)) + t.substring(1), line));
    }
  }
}
