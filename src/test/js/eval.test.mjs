// node --test: query parsing, synonyms, planning and scoring over postings given by hand.
import "./page-stem.mjs"; // the page's stemmer, which search-analyzer.js calls
import test from "node:test";
import assert from "node:assert/strict";
import { parseQuery, Synonyms, editDistance, plan, needs, combine, rank, release } from "../../../themes/default/static/js/search-eval.js";

const post = (docs, scores) => ({ inline: { docs: Int32Array.from(docs), scores: Float32Array.from(scores ?? docs.map(() => 1)) } });

function index(words, pairs = {}) {
  const entry = (t, p) => (p ? { term: t, df: p.inline.docs.length, ...p } : null);
  return {
    get: (t) => entry(t, words[t]),
    pair: (t) => entry(t, pairs[t]),
    alts: (a, t) => (words[t] ? [entry(t, words[t])] : []),
    post: (e) => e.inline,
  };
}

test("queries split into words, phrases, exclusions and filters", () => {
  const q = parseQuery('memory "load balancer" -redis tag:dns Year:2024 foo:bar', ["tag", "year"]);
  assert.deepEqual(q.units, [{ text: "memory", phrase: false, neg: false }, { text: "load balancer", phrase: true, neg: false },
    { text: "redis", phrase: false, neg: true }, { text: "foo:bar", phrase: false, neg: false }]);
  assert.deepEqual(q.filters, [{ dim: "tag", value: "dns", neg: false }, { dim: "year", value: "2024", neg: false }]);
});

test("synonym groups become one unit with alternatives", () => {
  const s = new Synonyms([["oom", "out of memory"]]);
  const units = s.units(parseQuery("oom kill").units);
  assert.deepEqual(units.map((u) => u.alts), [["oom", "out of memory"], ["kill"]]);
});

test("edit distance counts a transposition as one edit", () => {
  assert.equal(editDistance("memroi", "memori", 2), 1);
  assert.equal(editDistance("certfic", "certific", 2), 1);
  assert.equal(editDistance("abc", "xyz", 1), 2);
});

test("every word is required, exclusions remove, pairs add score", () => {
  const idx = index({ memori: post([1, 2, 3], [1, 1, 1]), leak: post([2, 3, 4], [1, 2, 1]), redi: post([3]) },
    { "memori leak": post([2], [5]) });
  const p = plan(parseQuery("memory leak"), new Synonyms([]));
  assert.deepEqual(needs(p), { words: ["memori", "leak"], pairs: ["memori leak"] });
  const r = combine(p, 6, idx);
  assert.deepEqual(Array.from(r.matches), [2, 3]);
  assert.deepEqual(Array.from(rank(r.matches, r.scores)), [2, 3]); // the pair lifts doc 2 above doc 3
  const ex = combine(plan(parseQuery("memory -redis"), new Synonyms([])), 6, idx);
  assert.deepEqual(Array.from(ex.matches), [1, 2]);
});

test("a quoted phrase requires its word pairs", () => {
  const idx = index({ load: post([1, 2]), balanc: post([1, 2]) }, { "load balanc": post([2]) });
  const r = combine(plan(parseQuery('"load balancer"'), new Synonyms([])), 4, idx);
  assert.deepEqual(Array.from(r.matches), [2]);
});

test("a document matches a synonym unit through any alternative", () => {
  const idx = index({ oom: post([1]), out: post([2, 3]), memori: post([2, 3]) }, { "out of": post([2]), "of memori": post([2]) });
  const r = combine(plan(parseQuery("oom"), new Synonyms([["oom", "out of memory"]])), 5, idx);
  assert.deepEqual(Array.from(r.matches), [1, 2]);
});

test("synonym queries back to back score as each does alone", () => {
  const idx = index({ oom: post([1], [2]), out: post([2, 3]), memori: post([2, 3, 5], [1, 3, 1]), db: post([4], [2]),
    databas: post([3, 6], [1, 4]), lb: post([6]), load: post([1, 6]), balanc: post([1, 6], [2, 1]) },
  { "out of": post([2]), "of memori": post([2]), "load balanc": post([1, 6], [1, 3]) });
  const s = new Synonyms([["oom", "out of memory"], ["db", "database"], ["lb", "load balancer"]]);
  const run = (q) => {
    const r = combine(plan(parseQuery(q), s), 8, idx);
    return { matches: Array.from(r.matches), scores: Array.from(r.scores) };
  };
  const first = run("oom");
  assert.deepEqual(first.matches, [1, 2]);
  const two = run("db lb");
  assert.deepEqual(two.matches, [6]);
  assert.deepEqual(run("oom"), first);
  assert.deepEqual(run("db lb"), two);
});

test("a synonym group none of whose words is indexed matches nothing, beside a word that is", () => {
  const idx = index({ redi: post([1, 2]), kubernet: post([3]) });
  const s = new Synonyms([["k8s", "kubernetes"], ["pg", "postgres"]]);
  assert.deepEqual(Array.from(combine(plan(parseQuery("pg redis"), s), 4, idx).matches), []);
  assert.deepEqual(Array.from(combine(plan(parseQuery("k8s redis"), s), 4, idx).matches), []); // kubernet is in doc 3 only
  assert.deepEqual(Array.from(combine(plan(parseQuery("k8s"), s), 4, idx).matches), [3]);
});

test("completion queries back to back: each document scores its best completion of this query only", () => {
  const words = { memori: post([1, 2], [3, 1]), membership: post([2], [2]), disk: post([3, 4], [1, 2]), dispatch: post([4, 5], [5, 1]) };
  const completions = { mem: ["memori", "membership"], di: ["disk", "dispatch"] };
  const idx = { ...index(words), alts: (a, t) => (completions[t] || []).map((w) => ({ term: w, df: 1, ...words[w] })) };
  const run = (q) => { const r = combine(plan(parseQuery(q), new Synonyms([]), 0), 6, idx); return [Array.from(r.matches), Array.from(r.scores)]; };
  assert.deepEqual(run("mem"), [[1, 2], [0, 3, 2, 0, 0, 0]]);
  assert.deepEqual(run("dis"), [[3, 4, 5], [0, 0, 0, 1, 5, 1]]);
  assert.deepEqual(run("mem"), [[1, 2], [0, 3, 2, 0, 0, 0]]);
});

test("a query that throws midway leaves nothing behind for the next", () => {
  const words = { oom: post([1], [2]), out: post([2]), memori: post([2]), db: post([4]), databas: post([6]) };
  const pairs = { "out of": post([2]), "of memori": post([2]) };
  const idx = index(words, pairs);
  const s = new Synonyms([["oom", "out of memory"], ["db", "database"]]);
  const alone = combine(plan(parseQuery("db"), s), 8, idx);
  const failing = { ...idx, post: (e) => { if (e.term === "out") throw new Error("not loaded"); return e.inline; } };
  // "oom" is scored into the synonym sums before "out of memory" throws.
  assert.throws(() => combine(plan(parseQuery("oom"), s), 8, failing), /not loaded/);
  const after = combine(plan(parseQuery("db"), s), 8, idx);
  assert.deepEqual(Array.from(after.matches), Array.from(alone.matches));
  assert.deepEqual(Array.from(after.scores), Array.from(alone.scores));
});

test("a released result's arrays score the next query as fresh ones would", () => {
  const idx = index({ disk: post([1, 3], [2, 1]), full: post([3, 5], [4, 4]), redi: post([5]) });
  const s = new Synonyms([]);
  const fresh = (q) => { const r = combine(plan(parseQuery(q), s), 8, idx); return [Array.from(r.matches), Array.from(r.scores), Array.from(r.excluded)]; };
  const first = fresh("full -redis"), second = fresh("disk");
  const r = combine(plan(parseQuery("full -redis"), s), 8, idx);
  const held = r.scores;
  release(r);
  assert.equal(r.scores, null); // the result no longer reads them
  const next = combine(plan(parseQuery("disk"), s), 8, idx);
  assert.equal(next.scores, held); // reused, not allocated again
  assert.deepEqual([Array.from(next.matches), Array.from(next.scores), Array.from(next.excluded)], second);
  release(next);
  const again = combine(plan(parseQuery("full -redis"), s), 8, idx);
  assert.deepEqual([Array.from(again.matches), Array.from(again.scores), Array.from(again.excluded)], first);
});

test("rank orders by score, ties by doc id", () => {
  const scores = new Float64Array([0, 2, 5, 2]);
  assert.deepEqual(Array.from(rank(Int32Array.from([1, 2, 3]), scores)), [2, 1, 3]);
});

test("rank selects page by page what a full sort gives", () => {
  let seed = 3;
  const rnd = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 4294967296; };
  const n = 20000, scores = new Float64Array(n);
  for (let d = 0; d < n; d++) scores[d] = Math.floor(rnd() * 50) / 7; // many ties, broken by doc id
  const docs = Int32Array.from({ length: n }, (_, d) => d).filter((d) => d % 3 !== 1);
  const full = Array.from(docs).sort((a, b) => scores[b] - scores[a] || a - b);
  const ranked = rank(docs, scores);
  assert.equal(ranked.length, docs.length);
  assert.deepEqual(Array.from(ranked.subarray(0, 20)), full.slice(0, 20));
  assert.deepEqual(Array.from(ranked.subarray(20, 40)), full.slice(20, 40));
  assert.deepEqual(Array.from(ranked.subarray(300, 700)), full.slice(300, 700));
  assert.deepEqual(Array.from(ranked), full);
  assert.deepEqual(Array.from(rank(Int32Array.from([]), scores)), []);
});
