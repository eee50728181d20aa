// A query with words, over a SearchIndex (search-core.js): its words and word pairs looked up,
// each word the index lacks completed, stemmed shorter or corrected, then scored (search-eval.js)
// and narrowed by the filters. Loaded with the first query that has words (the page asks for it
// early when the address holds one), so listing every incident does not download it.
import "./search-lookup.js";
import { conflated } from "./search-analyzer.js";
import { inflateRaw } from "./search-transport.js";

const UTF8 = new TextDecoder();
/** Completions kept for the last word typed (by df), as in SEARCH.md §5.1.7. */
const MAX_COMPLETIONS = 8;
const JOINER = /[-_.'\u2019]/;

/** SearchIndex.search for a query with words: the same options and result. */
export async function run(ix, query, opts) {
  const { prefix = false, correct: fixTypos = true, sort = "relevance", filters = [] } = opts;
  const { Synonyms, combine, needs, parseQuery, plan, release } = await ix.engine();
  ix.synonyms ||= new Synonyms(ix.m.syn || []);
  const parsed = parseQuery(query, ix.dims);
  const last = prefix && !/\s$/.test(query) ? parsed.units.length - 1 : -1;
  const p = plan(parsed, ix.synonyms, last);
  const need = needs(p);
  // Step 1: every word's block and every pair's slot, at once. The words' postings need only
  // their blocks (which the page may have asked for early): they do not wait for the pairs'
  // slots, whose postings follow in the same step when a slot does not hold them inline.
  const words = new Map(), pairs = new Map();
  const pairsRead = Promise.all(need.pairs.map(async (t) => {
    const e = await ix.pair(t);
    pairs.set(t, e);
    if (e) await ix.post(e);
  }));
  await Promise.all(need.words.map(async (t) => words.set(t, await ix.word(t))));
  const chosen = new Map();
  let corrections = [];
  const resolve = async (retry) => {
    corrections = [];
    const jobs = [];
    for (const u of p.units) for (const a of u.alts) for (const t of a.terms) {
      jobs.push((async () => {
        const e = words.get(t);
        let alts = e && !(retry && e.df <= 2 && a.correct) ? [e] : [];
        if (a.complete && (prefix === "typing" || !e)) {
          for (const q of new Set([t, a.text.toLowerCase()])) {
            for (const c of await complete(ix, q)) if (!alts.some((x) => x.term === c.term)) alts.push(c);
          }
          alts = alts.slice(0, MAX_COMPLETIONS + 1);
        }
        if (alts.length === 0 && fixTypos && a.correct) {
          const fixed = await fallback(ix, t, a.text);
          if (fixed && (!e || fixed.df > e.df)) {
            alts.push(fixed);
            corrections.push({ from: a.text, to: fixed.term });
          } else if (e) alts.push(e);
        }
        chosen.set(a.text + "\u0000" + t, alts);
      })());
    }
    await Promise.all(jobs);
    // Step 2: the postings of everything the query reads, at once.
    const all = [...words.values(), ...[...chosen.values()].flat()].filter((e) => e);
    await Promise.all([...all.map((e) => ix.post(e)), pairsRead]);
    return combine(p, ix.n, {
      get: (t) => words.get(t),
      pair: (t) => pairs.get(t),
      alts: (a, t) => chosen.get(a.text + "\u0000" + t) || [],
      post: (e) => e.inline,
    });
  };
  let r = await resolve(false);
  // Several words and no match: a rare word is more likely a typo of a common one.
  if (r.matches.length === 0 && fixTypos && r.required > 1 && [...words.values()].some((e) => e && e.df <= 2)) {
    const first = corrections, again = await resolve(true);
    if (again.matches.length > 0) r = again;
    else corrections = first;
  }
  // Nothing required: only exclusions or filters match every document not excluded (in doc-id
  // order: newest first); only stop words match nothing.
  const hasText = parsed.units.some((u) => !u.neg);
  const matches = r.required === 0 && !hasText ? ix.everything(r.excluded) : r.matches;
  // dim:value in the query text is part of the query; the filter panel's choices filter after it.
  const typed = parsed.filters.map((f) => (f.dim === "year" ? { dim: "date", from: f.value, to: f.value, neg: f.neg }
    : { dim: f.dim, values: [f.value], neg: f.neg }));
  const out = await ix.narrow(matches, typed, filters, sort, r, corrections);
  release(r); // ranked: its scores are read no more
  return out;
}

/** Up to MAX_COMPLETIONS common words starting with {@code prefix}, most frequent first. */
async function complete(ix, prefix) {
  if (prefix.length < 2) return [];
  const [here, next, ...swapped] = await Promise.all([ix.block(prefix), ix.block(prefix, 1),
    ...(prefix.length < 4 ? [] : conflated(prefix).map((t) => ix.word(t)))]);
  // Whole identifiers (memorypressure-geo-publish) only complete a word that has a joiner too.
  const joined = JOINER.test(prefix);
  const found = [...here, ...next].filter((e) => e.term.startsWith(prefix) && (joined || !JOINER.test(e.term)));
  for (const e of swapped) if (e && !found.some((f) => f.term === e.term)) found.push(e);
  found.sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1));
  return found.slice(0, MAX_COMPLETIONS);
}

/**
 * For a word the index lacks: the longest common word that starts it ("certificat" gives
 * "certif", the stem of "certificate"), from the block already fetched; else a spelling
 * correction. Null when neither exists.
 */
async function fallback(ix, term, typed) {
  const stem = (await ix.block(term)).filter((e) => term.startsWith(e.term) && e.term.length >= Math.max(4, term.length - 4)
    && !JOINER.test(e.term)).sort((a, b) => b.term.length - a.term.length)[0];
  if (stem) return stem;
  const fixed = await correct(ix, term, typed);
  return fixed ? ix.word(fixed) : null;
}

/**
 * The closest known word (edit distance ≤ 1 below 8 chars, ≤ 2 from 8), or null. The typed
 * word's length sets the allowance: stemming shortens "certficate" to "certfic".
 */
async function correct(ix, term, typed = term) {
  const sp = ix.m.spell;
  if (!sp || term.length < 4) return null;
  const roots = await ix.once("spell", async () => JSON.parse(UTF8.decode(await ix.t.inflated(sp.f[sp.r[0]], sp.r[1], sp.r[2]))));
  const r = roots[term.codePointAt(0).toString(16)];
  if (!r) return null;
  const [minLen, part, start] = r, lens = r.slice(3);
  const max = Math.max(term.length, typed.length) >= 8 ? 2 : 1;
  const lo = Math.max(minLen, term.length - max), hi = Math.min(minLen + lens.length - 1, term.length + max);
  if (lo > hi) return null;
  let from = start;
  for (let len = minLen; len < lo; len++) from += lens[len - minLen];
  let total = 0;
  for (let len = lo; len <= hi; len++) total += lens[len - minLen];
  if (total === 0) return null;
  const [bytes, { editDistance }] = await Promise.all([ix.t.range(sp.f[part], from, total), ix.engine()]);
  let best = null;
  for (let len = lo, at = 0; len <= hi; len++) {
    const size = lens[len - minLen];
    if (size === 0) continue;
    const bucket = JSON.parse(UTF8.decode(await inflateRaw(bytes.subarray(at, at + size))));
    at += size;
    for (let i = 0; i < bucket.length; i += 2) {
      const d = editDistance(term, bucket[i], max);
      if (d > max || d === 0) continue;
      const c = { term: bucket[i], df: bucket[i + 1], d };
      if (!best || c.d < best.d || (c.d === best.d && (c.df > best.df || (c.df === best.df && c.term < best.term)))) best = c;
    }
  }
  return best && best.term;
}
