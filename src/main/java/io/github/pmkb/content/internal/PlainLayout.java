package io.github.pmkb.content.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a free-form postmortem (a body without a single Markdown heading, as most are when pasted
 * from a document) the structure its author meant, before it is rendered: plain heading lines
 * ("Issue Summary", "Root Cause and Resolution:") become headings, runs of time-stamped lines
 * become a list, {@code #Title} without its space becomes a heading, and a leading label ("Impact:
 * ...") is set in bold. The rules look at the shape of a line and its neighbours only, never at
 * particular words, so they hold for any language of headings.
 *
 * <p>The text keeps its line count, so every position flexmark reports is still the author's
 * line; a line that gained a prefix records its length in {@link Result#shift} for columns.
 */
final class PlainLayout {
  /** A heading is a short line: longer ones are sentences that happen to lack a period. */
  static final int MAX_HEADING_CHARS = 60;
  static final int MAX_HEADING_WORDS = 7;
  /** A line of prose wrapped by an editor is longer than this; a heading's neighbour may be shorter. */
  private static final int SHORT_LINE = 40;

  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(`{3,}|~{3,})");
  /** Lines that already have a block meaning in Markdown: lists, quotes, tables, HTML, rules. */
  private static final Pattern BLOCK = Pattern.compile("^\\s*(?:[-*+•]\\s|\\d{1,3}[.)]\\s|>|\\||<|[-*_=]{3,}\\s*$)");
  /** {@code #Title}: a heading whose author forgot the space CommonMark needs. */
  private static final Pattern HASH_TITLE = Pattern.compile("^\\s*(#{1,6})([^\\s#].{0,80})$");
  private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final String DATE = "(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|" + MONTH
      + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?(?:\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + "(?:\\s+\\d{4})?)";
  private static final String TIME = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?";
  private static final String ZONE = "(?:\\s*\\(?(?:utc|gmt|[a-z]{2,5})(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?\\)?)?";
  /** A line that starts with a time (perhaps after a date) or an ISO date, then its text. */
  private static final Pattern STAMPED = Pattern.compile("^\\s*[*_`]{0,2}(?:(?:" + DATE + "[\\s,T]+)?" + TIME + ZONE
      + "|\\d{4}-\\d{2}-\\d{2}):?[*_`]{0,2}\\s*(?:[-–—:|]\\s*)?\\S", Pattern.CASE_INSENSITIVE);
  /** A line that is all bold ("**Timeline:**"): a heading when it is short and starts a block. */
  private static final Pattern BOLD_LINE = Pattern.compile("^\\s*(\\*\\*|__)([^*_\\s][^*_]{0,59}?)\\1\\s*:?\\s*$");
  /** "Impact: the site was down": a short label, then its text. */
  private static final Pattern LABEL = Pattern.compile("^(\\p{Lu}[\\p{L}/&' -]{1,30}?):\\s+(\\S.*)$");

  /** The restructured text and, per line, how many characters were put before the author's text. */
  record Result(String text, int[] shift) {}

  private PlainLayout() {}

  static Result apply(String body) {
    String[] lines = body.split("\n", -1);
    String[] out = lines.clone();
    int[] shift = new int[lines.length];
    boolean[] code = fenced(lines);
    for (int i = 0; i < lines.length; i++) {
      if (code[i] || lines[i].isBlank()) continue;
      String line = lines[i];
      Matcher hash = HASH_TITLE.matcher(line);
      Matcher bold = BOLD_LINE.matcher(line);
      if (hash.matches()) {
        out[i] = hash.group(1) + " " + hash.group(2).strip();
      } else if (bold.matches() && nextText(lines, i) >= 0 && startsBlock(lines, code, i)) {
        out[i] = "## " + stripColon(bold.group(2).strip());
      } else if (isHeading(lines, code, i)) {
        // A lone first line is the document's title: an h1, which the page leaves out (it shows the title).
        boolean title = prevText(lines, i) < 0 && i + 1 < lines.length && lines[i + 1].isBlank();
        out[i] = (title ? "# " : "## ") + stripColon(line.strip());
      } else if (isStamped(lines, code, i)) {
        out[i] = "- " + line.strip();
      } else if (startsBlock(lines, code, i) && !line.contains("[") && LABEL.matcher(line.strip()).matches()
          && words(LABEL.matcher(line.strip()).replaceFirst("$1")) <= 5) {
        Matcher m = LABEL.matcher(line.strip());
        m.matches();
        out[i] = "**" + m.group(1) + ":** " + m.group(2);
      } else {
        continue;
      }
      shift[i] = out[i].length() - line.length();
    }
    return new Result(String.join("\n", out), shift);
  }

  /** Lines inside fenced code blocks, which keep their text exactly. */
  private static boolean[] fenced(String[] lines) {
    boolean[] code = new boolean[lines.length];
    String open = null;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = FENCE.matcher(lines[i]);
      if (open == null && m.find()) {
        open = m.group(1);
        code[i] = true;
      } else if (open != null) {
        code[i] = true;
        if (m.find() && m.group(1).charAt(0) == open.charAt(0) && m.group(1).length() >= open.length()) open = null;
      }
    }
    return code;
  }

  /**
   * A plain heading: a short line without sentence punctuation that starts a block (first line,
   * after a blank line, or after a line that ends one) and is followed by text; it reads as a
   * title (its longer words capitalised), or stands alone between blank lines, or ends with a
   * colon and is either a few words or followed by prose (a longer line ending in a colon before
   * a list or code is the sentence that introduces it). Labels with text after the colon ("Date:
   * 3 March") are not headings.
   */
  static boolean isHeading(String[] lines, boolean[] code, int i) {
    String t = lines[i].strip();
    if (t.length() < 2 || BLOCK.matcher(lines[i]).find() || STAMPED.matcher(t).find()) return false;
    if (!Character.isUpperCase(t.codePointAt(0)) && !Character.isDigit(t.codePointAt(0))) return false;
    boolean colon = t.endsWith(":");
    String text = stripColon(t);
    if (text.length() > MAX_HEADING_CHARS || words(text) > MAX_HEADING_WORDS) return false;
    if (text.isEmpty() || ".,;!?".indexOf(text.charAt(text.length() - 1)) >= 0 || text.contains(":")
        || text.contains("://") || text.contains("|") || text.contains("](")) return false;
    if (Character.isDigit(t.codePointAt(0)) && !text.matches("\\d+(?:\\.\\d+)*\\.?\\s+\\p{Lu}.*")) return false;
    int next = nextText(lines, i);
    if (next < 0 || !startsBlock(lines, code, i)) return false;
    boolean alone = i + 1 < lines.length && lines[i + 1].isBlank();
    if (isTitleCase(text) || (alone && words(text) <= 5)) return true;
    boolean prose = !BLOCK.matcher(lines[next]).find() && !FENCE.matcher(lines[next]).find();
    return colon && (words(text) <= 4 || prose);
  }

  /**
   * Whether line {@code i} begins a block: the first line, after a blank line, a fence, a list item
   * or a time-stamped line, or after a line that is short or ends a sentence. A line in the middle
   * of a wrapped paragraph follows a long line without final punctuation.
   */
  private static boolean startsBlock(String[] lines, boolean[] code, int i) {
    if (i == 0 || lines[i - 1].isBlank() || code[i - 1]) return true;
    String prev = lines[i - 1].strip();
    if (BLOCK.matcher(lines[i - 1]).find() || STAMPED.matcher(prev).find() || prev.startsWith("#")) return true;
    return prev.length() <= SHORT_LINE || ".!?:;)\"'”".indexOf(prev.charAt(prev.length() - 1)) >= 0;
  }

  /**
   * A time-stamped line that belongs to a run of at least two (blank lines may separate them), and
   * is not already a list item: a timeline written as lines.
   */
  private static boolean isStamped(String[] lines, boolean[] code, int i) {
    if (BLOCK.matcher(lines[i]).find() || !STAMPED.matcher(lines[i]).find()) return false;
    return isStampedLine(lines, code, prevText(lines, i)) || isStampedLine(lines, code, nextText(lines, i));
  }

  private static boolean isStampedLine(String[] lines, boolean[] code, int i) {
    return i >= 0 && !code[i] && STAMPED.matcher(lines[i]).find();
  }

  private static int nextText(String[] lines, int i) {
    for (int j = i + 1; j < lines.length; j++) if (!lines[j].isBlank()) return j;
    return -1;
  }

  private static int prevText(String[] lines, int i) {
    for (int j = i - 1; j >= 0; j--) if (!lines[j].isBlank()) return j;
    return -1;
  }

  /** Every word of four letters or more starts with a capital ("Root Cause and Resolution"). */
  private static boolean isTitleCase(String text) {
    for (String w : text.split("\\s+")) {
      if (w.length() >= 4 && Character.isLetter(w.codePointAt(0)) && !Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static String stripColon(String t) {
    return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
