// node --test: the search page's early script (themes/default/templates/search.peb) asks for the
// very records the engine reads for a query in the address: the dictionary blocks of its words and
// the slots of their pairs. (Its stemmer is the analyzer's: AnalyzerParityTest holds it to Lucene's.)
import test from "node:test";
import assert from "node:assert/strict";
import { STOP, analyzeShingles, stem } from "../../../themes/default/static/js/search-analyzer.js";
import { layout } from "../../../themes/default/static/js/search-codec.js";
import { blockOf, fnv1a } from "../../../themes/default/static/js/search-lookup.js";
import { script } from "./page-stem.mjs";

/** Runs the early script for the address query {@code q} and manifest {@code m}; returns the ranges it asked for. */
function early(q, m) {
  const asked = [];
  const el = (attrs) => ({ ...attrs });
  const doc = {
    head: { append() {} },
    createElement: () => el({}),
    querySelector: (sel) => (sel.startsWith("link") ? { href: "https://x.test/kb/js/search.js" } : { content: JSON.stringify(m) }),
  };
  const fetch = (url, init) => {
    asked.push(url.pathname.replace("/kb/search/", "") + " " + init.headers.Range);
    return Promise.resolve({ status: 206, arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)) });
  };
  const win = {};
  new Function("location", "document", "fetch", "window", script)({ search: "?q=" + encodeURIComponent(q) }, doc, fetch, win);
  return asked.sort();
}

test("the early script asks for the blocks and pair slots the engine reads", () => {
  const keys = ["", "b", "cert", "d", "l", "m", "r", "s"];
  const m = {
    terms: { f: ["d.1.bin", "d.2.bin"], k: keys, l: [10, 20, 30, 40, 50, 60, 70, 80], p: [4] },
    pairs: { f: ["q.1.bin", "q.2.bin", "q.3.bin"], k: 1000, s: 600, per: 400 },
  };
  const range = (f, at, n) => f + " bytes=" + at + "-" + (at + n - 1);
  const at = layout(m.terms.l, m.terms.p);
  const expect = (q) => {
    const stems = q.split(" ").filter((w) => !STOP.has(w.toLowerCase())).map((w) => stem(w.toLowerCase()));
    const out = stems.map((s) => { const [part, offset, n] = at[blockOf(keys, s)]; return range(m.terms.f[part], offset, n); });
    for (const pair of analyzeShingles(q)) {
      const b = fnv1a(pair) % m.pairs.k;
      out.push(range(m.pairs.f[Math.floor(b / m.pairs.per)], (b % m.pairs.per) * m.pairs.s, m.pairs.s));
    }
    return [...new Set(out)].sort();
  };
  for (const q of ["memory leak", "Certificate expiry", "root causes", "DNS resolution failures", "zebra", "out of memory",
    "The cause"]) {
    assert.deepEqual(early(q, m), expect(q), q);
  }
  // Stop words have no postings: the script knows the analyzer's list, all of it.
  for (const w of STOP) assert.deepEqual(early(w, m), [], w);
  // Words the analyzer splits or folds (identifiers, camel case, accents) are left to the engine.
  for (const q of ["db-prod-17 failover", "iOS crash", "café outage", "\"memory leak\"", "tag:dns"]) assert.deepEqual(early(q, m), [], q);
});

test("the early script's stop words are the analyzer's, no more and no fewer", () => {
  const m = script.match(/const stop = \/\^\(([^)]*)\)\$\//);
  assert.ok(m, "the early script names its stop words in one regular expression");
  const words = m[1].split("|");
  assert.equal(new Set(words).size, words.length, "no word twice");
  assert.deepEqual([...words].sort(), [...STOP].sort());
});

test("the early script reads what a synonym group expands to from the record the export's maps name, not from blocks", () => {
  const m = {
    syn: [["oom", "out of memory"], ["dns", "domain name system", "on-call"]],
    // The export's maps (SynonymEntries): which record holds each word and pair; "call" and
    // "on call" come from a phrase "on-call" that the export's analyzer splits.
    sy: { f: ["y.1.bin"], a: [[0, 0, 40], [0, 40, 30]],
      w: { call: 1, dn: 1, domain: 1, memori: 0, name: 1, oom: 0, out: 0, system: 1 },
      p: { "domain name": 1, "name system": 1, "of memori": 0, "on call": 1, "out of": 0 } },
    terms: { f: ["d.1.bin"], k: ["", "m", "r"], l: [10, 20, 30], p: [] },
    pairs: { f: ["q.1.bin"], k: 1000, s: 600, per: 1000 },
  };
  const group = (g) => "y.1.bin bytes=" + m.sy.a[g][1] + "-" + (m.sy.a[g][1] + m.sy.a[g][2] - 1);
  const slot = (pair) => { const b = fnv1a(pair) % m.pairs.k; return "q.1.bin bytes=" + b * m.pairs.s + "-" + (b * m.pairs.s + m.pairs.s - 1); };
  // "dns" and its pair with "resolution": the group's record, the block of "resolution", the pair's slot.
  assert.deepEqual(early("DNS resolution", m), [group(1), "d.1.bin bytes=30-59", slot("dn resolv")].sort());
  // Memory is a word the first group expands to; its pairs with "out" and "of" are the group's too.
  assert.deepEqual(early("memory", m), [group(0)]);
  assert.deepEqual(early("out of memory", m), [group(0)]);
  assert.deepEqual(early("name system", m), [group(1)]);
  // Words and pairs the early script's own splitting would not find in the phrases: the maps have them.
  assert.deepEqual(early("call", m), [group(1)]);
  assert.deepEqual(early("on call", m), [group(1)]);
  // Without the records (an index written before them), blocks and slots as before.
  assert.deepEqual(early("memory", { ...m, sy: undefined }), ["d.1.bin bytes=10-29"]);
});
