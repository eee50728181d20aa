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

// ---- Porter stemmer: a line-by-line port of Lucene's PorterStemmer (Porter 1980). ----
let b, k, k0, j;

function cons(i) {
  switch (b[i]) {
    case "a": case "e": case "i": case "o": case "u": return false;
    case "y": return i === k0 ? true : !cons(i - 1);
    default: return true;
  }
}

function m() {
  let n = 0, i = k0;
  for (;;) { if (i > j) return n; if (!cons(i)) break; i++; }
  i++;
  for (;;) {
    for (;;) { if (i > j) return n; if (cons(i)) break; i++; }
    i++; n++;
    for (;;) { if (i > j) return n; if (!cons(i)) break; i++; }
    i++;
  }
}

function vowelinstem() {
  for (let i = k0; i <= j; i++) if (!cons(i)) return true;
  return false;
}

function doublec(x) {
  return x >= k0 + 1 && b[x] === b[x - 1] && cons(x);
}

function cvc(i) {
  if (i < k0 + 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) return false;
  const ch = b[i];
  return !(ch === "w" || ch === "x" || ch === "y");
}

function ends(s) {
  const l = s.length, o = k - l + 1;
  if (o < k0) return false;
  for (let i = 0; i < l; i++) if (b[o + i] !== s[i]) return false;
  j = k - l;
  return true;
}

function setto(s) {
  const l = s.length, o = j + 1;
  for (let i = 0; i < l; i++) b[o + i] = s[i];
  k = j + l;
}

function r(s) { if (m() > 0) setto(s); }

function step1() {
  if (b[k] === "s") {
    if (ends("sses")) k -= 2;
    else if (ends("ies")) setto("i");
    else if (b[k - 1] !== "s") k--;
  }
  if (ends("eed")) {
    if (m() > 0) k--;
  } else if ((ends("ed") || ends("ing")) && vowelinstem()) {
    k = j;
    if (ends("at")) setto("ate");
    else if (ends("bl")) setto("ble");
    else if (ends("iz")) setto("ize");
    else if (doublec(k)) {
      const ch = b[k--];
      if (ch === "l" || ch === "s" || ch === "z") k++;
    } else if (m() === 1 && cvc(k)) setto("e");
  }
}

function step2() { if (ends("y") && vowelinstem()) b[k] = "i"; }

const STEP3 = {
  a: [["ational", "ate"], ["tional", "tion"]], c: [["enci", "ence"], ["anci", "ance"]], e: [["izer", "ize"]],
  l: [["bli", "ble"], ["alli", "al"], ["entli", "ent"], ["eli", "e"], ["ousli", "ous"]],
  o: [["ization", "ize"], ["ation", "ate"], ["ator", "ate"]],
  s: [["alism", "al"], ["iveness", "ive"], ["fulness", "ful"], ["ousness", "ous"]],
  t: [["aliti", "al"], ["iviti", "ive"], ["biliti", "ble"]], g: [["logi", "log"]],
};
const STEP4 = {
  e: [["icate", "ic"], ["ative", ""], ["alize", "al"]], i: [["iciti", "ic"]], l: [["ical", "ic"], ["ful", ""]],
  s: [["ness", ""]],
};

function replaceFirst(rules) {
  if (!rules) return;
  for (const [suffix, repl] of rules) if (ends(suffix)) { r(repl); return; }
}

function step3() { if (k !== k0) replaceFirst(STEP3[b[k - 1]]); }
function step4() { replaceFirst(STEP4[b[k]]); }

const STEP5 = {
  a: ["al"], c: ["ance", "ence"], e: ["er"], i: ["ic"], l: ["able", "ible"], n: ["ant", "ement", "ment", "ent"],
  s: ["ism"], t: ["ate", "iti"], u: ["ous"], v: ["ive"], z: ["ize"],
};

function step5() {
  if (k === k0) return;
  const c = b[k - 1];
  let found = false;
  if (c === "o") {
    found = (ends("ion") && j >= 0 && (b[j] === "s" || b[j] === "t")) || ends("ou");
  } else if (STEP5[c]) {
    for (const s of STEP5[c]) if (ends(s)) { found = true; break; }
  }
  if (found && m() > 1) k = j;
}

function step6() {
  j = k;
  if (b[k] === "e") {
    const a = m();
    if (a > 1 || (a === 1 && !cvc(k - 1))) k--;
  }
  if (b[k] === "l" && doublec(k) && m() > 1) k--;
}

/** Lucene's PorterStemmer.stem: words of 1–2 chars are left alone. */
export function stem(word) {
  if (word.length <= 2) return word;
  b = word.split("");
  k = word.length - 1;
  k0 = 0;
  j = 0;
  step1(); step2(); step3(); step4(); step5(); step6();
  return b.slice(0, k + 1).join("");
}
