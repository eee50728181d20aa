// Query evaluation: parsing, synonyms, and scoring over posting lists as Lucene's query does
// (io.github.pmkb.search.QueryFactory): required words, phrases, exclusions, word-pair boosts.
// Planning says which terms a query needs, so they are fetched together (one round trip per
// step); combining then runs synchronously over what was fetched.
import { analyze, analyzeShingles } from "./search-analyzer.js";

import { dropScratch, lease, scratch } from "./search-scratch.js";

export { rank } from "./search-rank.js";
export { release } from "./search-scratch.js";

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

/** Damerau-Levenshtein (optimal string alignment) distance, or max+1 once it exceeds max. */
export function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2 = null, prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
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

/**
 * Scores documents for plan {@code p}. {@code get(term)} and {@code pair(pair)} return a looked-up
 * entry or null, {@code alts(a, t)} the entries standing for term t of alternative a (the term,
 * completions or a correction), {@code post(entry)} its postings {docs, scores}; all synchronous.
 * Returns {matches (doc ids, unranked, ascending), scores, highlight (terms), any (true when
 * nothing is required: every document not excluded matches)}.
 */
export function combine(p, n, idx) {
  try {
    return combineInto(p, n, idx);
  } catch (e) {
    dropScratch(); // a query that failed midway may leave them dirty: the next one starts afresh
    throw e;
  }
}

function combineInto(p, n, idx) {
  const { acc, excluded } = lease(n), hits = scratch(n).hits.fill(0);
  const highlight = new Set(), lists = [];
  let required = 0, unions = 0;
  for (const u of p.units) {
    if (!u.synonyms) {
      required += Math.abs(unit(u.alts[0], idx, acc, hits, excluded, highlight, lists));
      continue;
    }
    // Synonyms, as Lucene's SHOULD over the alternatives: a document matches the unit when it
    // matches one of them, and scores the sum of those it matches. Excluded: any of them.
    if (u.neg) {
      for (const a of u.alts) unit({ ...a, phrase: false }, idx, acc, hits, excluded, highlight);
      continue;
    }
    const { sum, any, a2, h2 } = scratch(n);
    let some = false;
    for (const a of u.alts) {
      const own = [];
      a2.fill(0);
      h2.fill(0);
      const r = unit(a, idx, a2, h2, excluded, highlight, own);
      if (r !== 0) some = true; // required, even when it cannot match
      if (r > 0) {
        // The alternative's matches are all in its shortest list: no need to scan every document.
        const short = own.reduce((x, y) => (y.length < x.length ? y : x), own[0]);
        for (let i = 0, m = short ? short.length : n; i < m; i++) {
          const d = short ? short[i] : i;
          if (h2[d] === r) { any[d] = 1; sum[d] += a2[d]; }
        }
      }
    }
    if (!some) continue; // then no alternative wrote to sum or any
    required++;
    let k = 0;
    const union = scratch(n).union(unions++);
    for (let d = 0; d < n; d++) { union[k] = d; k += any[d]; } // no branch: matches are dense and random
    for (let i = 0; i < k; i++) { const d = union[i]; hits[d]++; acc[d] += sum[d]; sum[d] = 0; any[d] = 0; }
    lists.push(union.subarray(0, k));
  }
  // Lucene's SHOULD clause on the shingles field: adjacent typed words score as pairs.
  if (required > 0) for (const t of p.pairs) add(idx.pair(t), idx, acc, null);
  // A match has every required term, so the shortest posting list of one holds all matches:
  // scanning it instead of every document matters at 100k.
  const shortest = lists.reduce((a, b) => (b.length < a.length ? b : a), lists[0]);
  const candidates = shortest || { length: n };
  let k = 0;
  const matches = new Int32Array(required > 0 ? candidates.length : 0);
  for (let i = 0; i < matches.length; i++) {
    const d = shortest ? shortest[i] : i;
    if (hits[d] === required && !excluded[d]) matches[k++] = d;
  }
  return { matches: matches.subarray(0, k), scores: acc, highlight, excluded, required };
}

function add(e, idx, acc, hits, lists) {
  if (!e) return;
  const p = idx.post(e);
  if (lists) lists.push(p.docs);
  for (let i = 0; i < p.docs.length; i++) {
    acc[p.docs[i]] += p.scores[i];
    if (hits) hits[p.docs[i]]++;
  }
}

/**
 * One word or phrase into the accumulators: its score into {@code acc}, a count per required term
 * into {@code hits} (returned: how many a match needs, negative when no document can match), or,
 * negated, the documents having all its terms into {@code excluded}.
 */
function unit(a, idx, acc, hits, excluded, highlight, lists = null) {
  const n = acc.length;
  if (a.terms.length === 0) return 0; // stop words only, as in Lucene
  let required = 0;
  if (a.partPairs.length > 0) {
    const pairs = a.partPairs.map((t) => idx.pair(t));
    if (pairs.every((e) => e)) {
      for (const e of pairs) {
        required++;
        const p = idx.post(e);
        lists?.push(p.docs);
        for (let i = 0; i < p.docs.length; i++) hits[p.docs[i]]++;
      }
      for (const t of [...a.terms, ...a.parts]) {
        const e = idx.get(t);
        if (!e) continue;
        if (t === a.terms[0]) highlight.add(t); // parts such as "3" would mark every number
        add(e, idx, acc, null);
      }
      return required;
    }
  }
  const alternatives = a.terms.map((t) => idx.alts(a, t));
  if (a.neg) {
    // Excluded: documents that have every term of the unit.
    if (!alternatives.every((x) => x.length)) return 0;
    const seen = new Uint16Array(n);
    for (const alts of alternatives) for (const e of alts) {
      const p = idx.post(e);
      for (let i = 0; i < p.docs.length; i++) seen[p.docs[i]]++;
    }
    for (let d = 0; d < n; d++) if (seen[d] >= alternatives.length) excluded[d] = 1;
    return 0;
  }
  // A term the index lacks (nor any completion or correction): nothing matches, and scoring the
  // other terms of "domain name system" over 100k documents would be work for no result.
  if (alternatives.some((x) => x.length === 0)) return -alternatives.length;
  for (const alts of alternatives) {
    required++;
    alts.forEach((e) => highlight.add(e.term));
    if (alts.length === 1) {
      add(alts[0], idx, acc, hits, lists);
      continue;
    }
    // Several alternatives (completions): a document scores its best one.
    const best = scratch(n).best; // zero, and left zero
    for (const e of alts) {
      const p = idx.post(e);
      for (let i = 0; i < p.docs.length; i++) if (p.scores[i] > best[p.docs[i]]) best[p.docs[i]] = p.scores[i];
    }
    for (let d = 0; d < n; d++) if (best[d] > 0) { acc[d] += best[d]; hits[d]++; best[d] = 0; }
  }
  for (const t of a.parts) add(idx.get(t), idx, acc, null);
  // Quoted phrase: each adjacent pair must be a known word pair of the document, when exported
  // (pairs seen once are not: the words alone decide).
  for (const t of a.phrasePairs) {
    const e = idx.pair(t);
    if (!e) continue;
    required++;
    const p = idx.post(e);
    lists?.push(p.docs);
    for (let i = 0; i < p.docs.length; i++) hits[p.docs[i]]++;
  }
  return required;
}
