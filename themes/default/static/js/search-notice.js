// The notice above a corrected query's results ("Showing results for memory leak (you typed memroy
// leak)"), loaded with the first correction: most queries need none, so the page does not carry it.
import { analyze, tokens } from "./search-analyzer.js";

/**
 * The notice for query {@code q} run with {@code corrections} [{from, to}]: the whole query as it
 * ran, each corrected word, in order, a strong element (which nameCorrected names as the results
 * write it); a correction not found in the text goes last. {@code el(tag, text, cls)} makes elements.
 */
export function notice(q, corrections, el) {
  const text = q.trim(), lower = text.toLowerCase(), out = [], after = [];
  let at = 0;
  for (const c of corrections) {
    const strong = el("strong", c.to);
    strong.dataset.term = c.to;
    // Places found in the lower-cased text cut the typed one only while both have one length
    // (lower-casing "İ" gives two characters): otherwise the corrections are listed after it.
    const i = lower.length === text.length ? lower.indexOf(c.from.toLowerCase(), at) : -1;
    if (i < 0) {
      after.push(" ", strong);
      continue;
    }
    out.push(text.slice(at, i), strong);
    at = i + c.from.length;
  }
  const p = el("span", "Showing results for ", "search-corrected");
  p.append(...out, text.slice(at), ...after, " (you typed " + text + "). ");
  return p;
}

/**
 * Names the corrected terms of {@code status}'s notice as the results in {@code list} write them
 * ("memory", not the stem "memori"): a highlighted word of a snippet, else a word of a title
 * (snippets load only for rows on screen).
 */
export function nameCorrected(status, list) {
  const named = status.querySelectorAll("strong[data-term]");
  if (named.length === 0) return;
  const words = [...list.querySelectorAll("mark")].map((m) => m.textContent);
  for (const a of list.querySelectorAll("a.title")) for (const t of tokens(a.textContent)) words.push(t.text);
  for (const strong of named) {
    const word = words.find((w) => analyze(w).some((t) => t.startsWith(strong.dataset.term)));
    if (word) strong.textContent = word.toLowerCase();
  }
}
