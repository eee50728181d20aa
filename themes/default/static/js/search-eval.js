// Query evaluation: scoring over posting lists as Lucene's query does
// (io.github.pmkb.search.QueryFactory): required words, phrases, exclusions, word-pair boosts, over
// a plan (search-plan.js, whose functions this module passes on: it is the engine search-query.js
// loads). Combining runs synchronously over what was fetched.
export { rank } from "./search-rank.js";
export { Synonyms, needs, parseQuery, plan } from "./search-plan.js";

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
    work = null; // a query that failed midway may leave them dirty: the next one starts afresh
    throw e;
  }
}

function combineInto(p, n, idx) {
  const acc = new Float64Array(n), excluded = new Uint8Array(n), hits = scratch(n).hits.fill(0);
  const highlight = new Set(), lists = [];
  let required = 0, unions = 0;
  for (const u of p.units) {
    if (!u.synonyms) {
      required += unit(u.alts[0], idx, acc, hits, excluded, highlight, lists);
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
      if (r > 0) {
        some = true;
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

/**
 * Work arrays that do not leave combine, reused from query to query (it runs synchronously): hits,
 * a2 and h2 are cleared before use, sum and any cleared where they were set after use, and all are
 * dropped when a query throws. At 100k documents, fresh ones each time cost more than the
 * scoring, and their garbage makes the slowest queries.
 */
let work = null;
function scratch(n) {
  if (!work || work.sum.length !== n) {
    const unions = [];
    work = { sum: new Float64Array(n), any: new Uint8Array(n), a2: new Float64Array(n), h2: new Uint16Array(n),
      hits: new Uint16Array(n), union: (i) => unions[i] || (unions[i] = new Int32Array(n)) };
  }
  return work;
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
 * into {@code hits} (returned: how many a match needs), or, negated, the documents having all its
 * terms into {@code excluded}.
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
  for (const alts of alternatives) {
    required++;
    alts.forEach((e) => highlight.add(e.term));
    if (alts.length === 1) {
      add(alts[0], idx, acc, hits, lists);
      continue;
    }
    // Several alternatives (completions): a document scores its best one.
    const best = new Float32Array(n);
    for (const e of alts) {
      const p = idx.post(e);
      for (let i = 0; i < p.docs.length; i++) if (p.scores[i] > best[p.docs[i]]) best[p.docs[i]] = p.scores[i];
    }
    for (let d = 0; d < n; d++) if (best[d] > 0) { acc[d] += best[d]; hits[d]++; }
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
