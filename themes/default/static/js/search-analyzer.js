// pmkb's analysis chains in JavaScript: the same terms as io.github.pmkb.index.Analyzers (text and
// shingles), checked by AnalyzerParityTest. Each step names the Java class it mirrors.

// Analyzers.TOKEN: letters, marks and digits, joined by single - _ . ' ’
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-_.'\u2019][\p{L}\p{M}\p{N}]+)*/gu;
// Java's Character.isLetterOrDigit (letters, Nd) or NON_SPACING_MARK, per UTF-16 unit.
const WORD_CHAR = /^[\p{L}\p{Nd}\p{Mn}'\u2019]$/u;
const DIGIT = /^\p{Nd}$/u;
const LOWER = /^\p{Lowercase}$/u;
const UPPER = /^\p{Uppercase}$/u;

// EnglishAnalyzer.ENGLISH_STOP_WORDS_SET
export const STOP = new Set(("a an and are as at be but by for if in into is it no not of on or such that the " +
  "their then there these they this to was will with").split(" "));

/** Tokens with their UTF-16 offsets: [{text, start, end}]. */
export function tokens(text) {
  const out = [];
  for (const m of text.matchAll(TOKEN)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

// IdentifierParts.of: [start, end) of each part, per UTF-16 unit like the Java loop.
function parts(s) {
  const out = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (!WORD_CHAR.test(c)) {
      if (start >= 0) out.push([start, i]);
      start = -1;
      continue;
    }
    if (start >= 0 && i > start && startsPart(s, i)) {
      out.push([start, i]);
      start = i;
    }
    if (start < 0) start = i;
  }
  if (start >= 0) out.push([start, s.length]);
  return out;
}

function startsPart(s, i) {
  const prev = s[i - 1], c = s[i];
  if (prev === "'" || prev === "\u2019" || c === "'" || c === "\u2019") return false;
  if (DIGIT.test(prev) !== DIGIT.test(c)) return true;
  if (LOWER.test(prev) && UPPER.test(c)) return true;
  return UPPER.test(prev) && UPPER.test(c) && i + 1 < s.length && LOWER.test(s[i + 1]);
}

// LowerCaseFilter: Character.toLowerCase per code point (no context rules such as final sigma).
function lower(s) {
  let out = "";
  for (const ch of s) {
    if (ch === "\u0130") { out += "i"; continue; }
    const l = ch.toLowerCase();
    out += [...l].length === 1 ? l : ch;
  }
  return out;
}

// EnglishPossessiveFilter
function possessive(s) {
  const n = s.length;
  if (n >= 2 && (s[n - 2] === "'" || s[n - 2] === "\u2019" || s[n - 2] === "\uFF07") && (s[n - 1] === "s" || s[n - 1] === "S")) {
    return s.slice(0, n - 2);
  }
  return s;
}

/** Words of one token, before stop words and stemming: whole (if kept) then parts. */
function words(tok, keepOriginal) {
  const p = parts(tok);
  const raw = p.length <= 1 ? [tok] : (keepOriginal ? [tok] : []).concat(p.map(([a, b]) => tok.slice(a, b)));
  return raw.map((w) => possessive(lower(w)));
}

/** Analyzers.text(): the terms of {@code text}, in order. */
export function analyze(text) {
  const out = [];
  for (const t of tokens(text)) {
    for (const w of words(t.text, true)) if (!STOP.has(w)) out.push(stem(w));
  }
  return out;
}

/** Analyzers.shingles(): adjacent word pairs "a b" (stop words kept, stemmed). */
export function analyzeShingles(text) {
  const ws = [];
  for (const t of tokens(text)) for (const w of words(t.text, false)) ws.push(stem(w));
  const out = [];
  for (let i = 0; i + 1 < ws.length; i++) out.push(ws[i] + " " + ws[i + 1]);
  return out;
}

/**
 * Lucene's PorterStemmer.stem (words of 1–2 chars are left alone). The search page defines it,
 * inline, as window.pmkbStem: it stems the words of a query in the address before any script
 * loads, and one stemmer is enough to download (src/test/js/page-stem.mjs gives Node the same).
 */
export function stem(word) {
  if (!globalThis.pmkbStem) throw new Error("no stemmer: the search page defines window.pmkbStem");
  return globalThis.pmkbStem(word);
}

/**
 * The stems the index gives in place of Porter's for words that start with {@code prefix} or that
 * {@code prefix} runs past: typing "resoluti" means "resolv", which no prefix lookup finds.
 */
export function conflated(prefix) {
  const out = [];
  for (const r of (globalThis.pmkbStem?.table || "").trim().split(" ")) {
    const [from, to] = r.split(":");
    if (to && (from.startsWith(prefix) || prefix.startsWith(from))) out.push(to);
  }
  return out;
}
