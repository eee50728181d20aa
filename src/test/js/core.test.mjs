// node --test: SearchIndex's lookups (search-lookup.js) of the words and pairs synonym groups expand
// to: the record the manifest's maps name, and nothing else.
import "./page-stem.mjs";
import test from "node:test";
import assert from "node:assert/strict";
import { SearchIndex } from "../../../themes/default/static/js/search-core.js";
import "../../../themes/default/static/js/search-lookup.js";

function index(record, block, slot) {
  const ix = new SearchIndex("https://x.test/search/", () => assert.fail("no fetch in this test"));
  ix.m = { n: 10, terms: { k: [""] }, rare: {}, pairs: {} };
  ix.n = 10;
  ix.cover = { words: new Map([["memori", 0]]), pairs: new Map([["memori leak", 0]]) };
  const read = [];
  ix.group = async (g) => { read.push("y" + g); return record; };
  ix.block = async (t) => { read.push("block " + t); return block; };
  ix.slot = async (dict, t) => { read.push("slot " + t); return slot.find((e) => e.term === t) || null; };
  return { ix, read };
}

test("a word or pair its group's record holds is read from the record alone", async () => {
  const word = { term: "memori", df: 3 }, pair = { term: "memori leak", df: 2 };
  const { ix, read } = index({ words: [word], pairs: [pair] }, [], []);
  assert.equal(await ix.word("memori"), word);
  assert.equal(await ix.pair("memori leak"), pair);
  assert.deepEqual(read, ["y0", "y0"]);
});

test("a word or pair the export's maps put in a record is read there only: no block or slot for an expansion the corpus lacks", async () => {
  const { ix, read } = index({ words: [], pairs: [] }, [{ term: "memori", df: 3 }], [{ term: "memori leak", df: 2 }]);
  assert.equal(await ix.word("memori"), null);
  assert.equal(await ix.pair("memori leak"), null);
  assert.deepEqual(read, ["y0", "y0"]);
});

test("the maps come with the manifest: set as the index starts, before any query module loads", async () => {
  const ix = new SearchIndex("https://x.test/search/", () => assert.fail("no fetch in this test"));
  await ix.init({ v: 8, n: 3, syn: [["oom", "out of memory"]], terms: { l: [1], p: [], k: [""] }, facets: { dims: [] },
    sy: { f: ["y.bin"], a: [[0, 0, 5]], w: { memori: 0, oom: 0, out: 0 }, p: { "of memori": 0, "out of": 0 } } });
  assert.equal(ix.cover.words.get("memori"), 0);
  assert.equal(ix.cover.pairs.get("out of"), 0);
  assert.equal(ix.cover.words.get("leak"), undefined);
});

test("a word in no record, block or slot is absent", async () => {
  const { ix } = index({ words: [], pairs: [] }, [], []);
  assert.equal(await ix.word("memori"), null);
  assert.equal(await ix.pair("memori leak"), null);
});

test("a manifest of another format version is refused with the version in the message", async () => {
  // Version 7 held Porter's "failur" where 8 conflates it with "fail", and had no export-time facet counts.
  for (const v of [7, 9]) {
    const ix = new SearchIndex("https://x.test/search/", () => assert.fail("no fetch in this test"));
    await assert.rejects(ix.init({ v, n: 0, syn: [] }), new RegExp("unsupported search index version " + v));
  }
  const ix = new SearchIndex("https://x.test/search/", () => assert.fail("no fetch in this test"));
  assert.equal((await ix.init({ v: 8, n: 0, syn: [] })).n, 0);
});

test("a page whose stemmer is of another version (an overridden search.peb) is refused", async () => {
  const v = globalThis.pmkbStem.v;
  globalThis.pmkbStem.v = 7;
  try {
    const ix = new SearchIndex("https://x.test/search/", () => assert.fail("no fetch in this test"));
    await assert.rejects(ix.init({ v: 8, n: 0, syn: [] }), /stemmer is for index version 7, not 8/);
  } finally {
    globalThis.pmkbStem.v = v;
  }
});
