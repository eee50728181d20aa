// node --test: range requests leave with their Range header, near ones merge, and a server
// without ranges is asked once per file.
import test from "node:test";
import assert from "node:assert/strict";
import { Transport } from "../../../themes/default/static/js/search-transport.js";

const FILE = Uint8Array.from({ length: 5000 }, (_, i) => i % 251);

function server(ranges = true) {
  const seen = [];
  const fetcher = async (url, init = {}) => {
    const h = init.headers && init.headers.Range;
    seen.push(h || "whole");
    const m = ranges && h && /^bytes=(\d+)-(\d+)$/.exec(h);
    const body = m ? FILE.subarray(+m[1], +m[2] + 1) : FILE;
    return { ok: true, status: m ? 206 : 200, arrayBuffer: async () => body.slice().buffer };
  };
  return { fetcher, seen };
}

test("requests made together go out as few ranges, each with its Range header", async () => {
  const s = server();
  const t = new Transport("https://x/search/", s.fetcher);
  const [a, b, c] = await Promise.all([t.range("p.bin", 0, 10), t.range("p.bin", 100, 10), t.range("p.bin", 4000, 5)]);
  assert.deepEqual(s.seen, ["bytes=0-109", "bytes=4000-4004"]);
  assert.deepEqual(Array.from(a), Array.from(FILE.subarray(0, 10)));
  assert.deepEqual(Array.from(b), Array.from(FILE.subarray(100, 110)));
  assert.deepEqual(Array.from(c), Array.from(FILE.subarray(4000, 4005)));
});

test("a server that ignores ranges is asked once; the file is sliced from then on", async () => {
  const s = server(false);
  const t = new Transport("https://x/search/", s.fetcher);
  assert.deepEqual(Array.from(await t.range("p.bin", 10, 3)), [10, 11, 12]);
  assert.deepEqual(Array.from(await t.range("p.bin", 3000, 2)), Array.from(FILE.subarray(3000, 3002)));
  assert.equal(s.seen.length, 1);
});

test("the default fetcher passes the Range header on", () => {
  const t = new Transport("https://x/search/");
  const calls = [];
  globalThis.fetch = (u, init) => { calls.push(init); return new Promise(() => {}); };
  t.fetcher("https://x/search/p.bin", { headers: { Range: "bytes=0-9" } });
  assert.equal(calls[0].headers.Range, "bytes=0-9");
});

test("a record the page asked for early is taken over once; a failed one is asked again", async () => {
  const s = server();
  const early = new Map([["p.bin:20:4", Promise.resolve(Uint8Array.of(1, 2, 3, 4))], ["p.bin:40:2", Promise.resolve(null)]]);
  const t = new Transport("https://x/search/", s.fetcher, early);
  assert.deepEqual(Array.from(await t.range("p.bin", 20, 4)), [1, 2, 3, 4]);
  assert.deepEqual(s.seen, []);
  assert.deepEqual(Array.from(await t.range("p.bin", 40, 2)), [40, 41]);
  assert.deepEqual(Array.from(await t.range("p.bin", 20, 4)), [20, 21, 22, 23]);
  assert.deepEqual(s.seen, ["bytes=40-41", "bytes=20-23"]);
});
