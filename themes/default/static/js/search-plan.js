// Query planning: parsing, synonyms, and which terms and word pairs each part of a query needs,
// as Lucene's query does (io.github.pmkb.search.QueryFactory), so that all are fetched together
// (one round trip per step) before search-eval.js scores them.
import { analyze, analyzeShingles } from "./search-analyzer.js";

const JOINER = /[-_.'\u2019]/;

/** Splits a query: words, "phrases", -exclusions and dim:value filters ({@code dims}: filter names). */
export function parseQuery(q, dims = []) {
  const units = [], filters = [];
  const re = /(-?)(?:"([^"]*)"?|(\S+))/g;
  for (const m of q.matchAll(re)) {
    const neg = m[1] === "-";
    const text = m[2] !== undefined ? m[2] : m[3];
    const colon = m[3] ? m[3].indexOf(":") : -1;
    if (colon > 0 && dims.includes(m[3].slice(0, colon).toLowerCase()) && colon < m[3].length - 1) {
      filters.push({ dim: m[3].slice(0, colon).toLowerCase(), value: m[3].slice(colon + 1), neg });
      continue;
    }
    if (text.trim()) units.push({ text, phrase: m[2] !== undefined, neg });
  }
  return { units, filters };
}

/**
 * Query-time synonym groups (the manifest's "syn"), grouped into query units exactly as
 * io.github.pmkb.search.QueryFactory#units does: a phrase or exclusion equal to a group phrase, or
 * the longest run of plain words spelling one, becomes a unit whose alternatives are the group.
 * Words compare by their first analysed term (lower-cased, stemmed; stop words as written).
 */
export class Synonyms {
  constructor(groups) {
    this.groups = groups.map((g) => g.map((phrase) => ({ phrase, keys: Synonyms.key(phrase).split(" ") })));
  }

  static key(words) {
    return words.toLowerCase().split(/\s+/).filter((w) => w).map((w) => analyze(w)[0] || w).join(" ");
  }

  /** Units [{alts: [text…], phrase, neg, last}] of parsed units; {@code last}: the last one covered. */
  units(parsed) {
    const out = [];
    let i = 0;
    while (i < parsed.length) {
      const c = parsed[i];
      if (c.phrase || c.neg) {
        const key = Synonyms.key(c.text);
        const g = this.groups.find((grp) => grp.some((p) => p.keys.join(" ") === key));
        out.push({ alts: g ? g.map((p) => p.phrase) : [c.text], phrase: c.phrase, neg: c.neg, last: i });
        i++;
        continue;
      }
      let end = i;
      while (end < parsed.length && !parsed[end].phrase && !parsed[end].neg) end++;
      const keys = parsed.slice(i, end).map((x) => Synonyms.key(x.text));
      let k = 0;
      while (k < keys.length) {
        let best = null;
        for (const grp of this.groups) {
          for (const p of grp) {
            if (k + p.keys.length > keys.length || (best && p.keys.length <= best.length)) continue;
            if (p.keys.every((w, j) => w === keys[k + j])) best = { length: p.keys.length, grp };
          }
        }
        if (best) {
          out.push({ alts: best.grp.map((p) => p.phrase), phrase: best.length > 1, neg: false, last: i + k + best.length - 1 });
          k += best.length;
        } else {
          out.push({ alts: [parsed[i + k].text], phrase: false, neg: false, last: i + k });
          k++;
        }
      }
      i = end;
    }
    return out;
  }
}

/**
 * What evaluating {@code parsed} needs: per query unit its alternatives, each with its terms,
 * identifier parts, required pairs and exclusions; {@code pairs}: adjacent typed words that score
 * as pairs. {@code complete}: the index of the last plain word when it may be completed.
 */
export function plan(parsed, synonyms, complete = -1) {
  const units = synonyms.units(parsed.units).map((u) => {
    const single = u.alts.length === 1;
    return {
      neg: u.neg,
      synonyms: !single,
      alts: u.alts.map((text) => alternative(text, single ? u.phrase : /\s/.test(text.trim()), u.neg,
        single && complete >= 0 && u.last === complete, single)),
    };
  });
  const texts = [];
  let run = [];
  for (const u of parsed.units) {
    if (u.neg) continue;
    if (u.phrase) { texts.push(u.text); if (run.length) texts.push(run.join(" ")); run = []; }
    else run.push(u.text);
  }
  if (run.length) texts.push(run.join(" "));
  return { units, pairs: texts.flatMap((t) => analyzeShingles(t)) };
}

function alternative(text, phrase, neg, complete, correctable) {
  let terms = analyze(text), parts = [];
  // An identifier (db-prod-17) is one whole term in the index, its parts stacked after it. Lucene
  // runs a phrase over all of them; here the whole term decides the match and the parts add score.
  if (!phrase && terms.length > 1 && JOINER.test(terms[0])) { parts = terms.slice(1); terms = [terms[0]]; }
  return {
    text, phrase, neg, terms, parts,
    // Lucene's phrase over the parts also matches "SEV 3" and "sev-3" for SEV3: so do the word
    // pairs of the parts, which every spelling shares, when they are exported.
    partPairs: parts.length > 0 && !neg ? analyzeShingles(text) : [],
    phrasePairs: phrase && terms.length > 1 ? analyzeShingles(text) : [],
    complete: complete && !phrase && !neg && terms.length === 1,
    // Typos are corrected in plain query words, not in synonyms the query expanded to.
    correct: correctable && !neg,
  };
}

/** Every word and pair a plan may read, for one batch of lookups. */
export function needs(p) {
  const words = new Set(), pairs = new Set(p.pairs);
  for (const u of p.units) for (const a of u.alts) {
    a.terms.forEach((t) => words.add(t));
    a.parts.forEach((t) => words.add(t));
    a.partPairs.forEach((t) => pairs.add(t));
    a.phrasePairs.forEach((t) => pairs.add(t));
  }
  return { words: [...words], pairs: [...pairs] };
}

