// Snippets: a window of the document's text around its densest matches, cut at word
// boundaries, with every token whose analysed form is a query term marked ("leaking" marks
// "leak" and "leaks").
import { analyze, tokens } from "./search-analyzer.js";

/** Parts [{text, hit}] of a window of about {@code chars} characters of {@code text}. */
export function snippetOf(text, terms, chars = 180) {
  const toks = tokens(text);
  const hit = toks.map((t) => analyze(t.text).some((x) => terms.has(x)));
  let bestStart = 0, bestCount = -1;
  for (let i = 0, j = 0, count = 0; i < toks.length; i++) {
    while (j < toks.length && toks[j].end - toks[i].start <= chars) { if (hit[j]) count++; j++; }
    if (hit[i] && count > bestCount) { bestCount = count; bestStart = i; }
    if (hit[i]) count--;
  }
  if (toks.length === 0) return text ? [{ text: text.slice(0, chars), hit: false }] : [];
  // A few words of context before the first match, starting at a word.
  let first = bestStart;
  while (first > 0 && toks[bestStart].start - toks[first - 1].start <= 30) first--;
  const from = first === 0 ? 0 : toks[first].start;
  // End at the end of the last word that fits.
  let last = first;
  while (last + 1 < toks.length && toks[last + 1].end - from <= chars) last++;
  const to = toks[last].end;
  const parts = [];
  if (from > 0) parts.push({ text: "\u2026 ", hit: false });
  let pos = from;
  for (let i = first; i <= last; i++) {
    if (!hit[i]) continue;
    const t = toks[i];
    if (t.start > pos) parts.push({ text: text.slice(pos, t.start), hit: false });
    parts.push({ text: text.slice(t.start, t.end), hit: true });
    pos = t.end;
  }
  if (to > pos) parts.push({ text: text.slice(pos, to), hit: false });
  if (to < text.trimEnd().length) parts.push({ text: " \u2026", hit: false });
  return parts.map((p) => ({ text: p.text.replace(/\s+/g, " "), hit: p.hit }));
}
