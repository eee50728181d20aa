// node --test: the decoders against bytes written by hand in the Java export's formats.
import test from "node:test";
import assert from "node:assert/strict";
import { Reader, layout, decodeCard, slotBody, minutesText } from "../../../themes/default/static/js/search-codec.js";
import { half, fnv1a, decodeBlock, find, decodePostings, blockOf } from "../../../themes/default/static/js/search-lookup.js";
import { decodeColumn } from "../../../themes/default/static/js/search-facets.js";

const enc = new TextEncoder();
const varint = (v) => { const out = []; while (v > 0x7f) { out.push((v & 0x7f) | 0x80); v = Math.floor(v / 128); } out.push(v); return out; };

test("varints, uint16 and half floats read as Bytes.java writes them", () => {
  const r = new Reader(Uint8Array.from([...varint(300), ...varint(5), 0x34, 0x12]));
  assert.equal(r.varint(), 300);
  assert.equal(r.varint(), 5);
  assert.equal(r.u16(), 0x1234);
  assert.equal(half(0x3c00), 1);
  assert.equal(half(0x3800), 0.5);
  assert.equal(half(0x7bff), 65504);
  assert.equal(half(1), 2 ** -24); // subnormal
});

test("FNV-1a matches HashedDictionary.hash", () => {
  assert.equal(fnv1a("a"), 0xe40c292c);
  assert.equal(fnv1a("memori leak"), 3174140869);
});

test("a block decodes front-coded terms with inline and stored postings", () => {
  const bytes = Uint8Array.from([
    ...varint(3),
    // "leak": df 2, min 1.0, range 0.5, docs 4 and 9 with impacts 0 and 255
    0, 4, ...enc.encode("leak"), 2, 0x00, 0x3c, 0x00, 0x38, 4, 0, 5, 255,
    // "leaki" (prefix 4): df 1, min 2.0, doc 7
    4, 1, ...enc.encode("i"), 1, 0x00, 0x40, 7,
    // "memori": df 30, stored in part 1 at 1000, 77 bytes, deflated
    0, 6, ...enc.encode("memori"), 30, 0x00, 0x3c, 0x00, 0x3c, 1, ...varint(1000), ...varint(2 * 77 + 1),
  ]);
  const entries = decodeBlock(bytes, 8);
  assert.deepEqual(entries.map((e) => e.term), ["leak", "leaki", "memori"]);
  assert.deepEqual(Array.from(entries[0].inline.docs), [4, 9]);
  assert.deepEqual(Array.from(entries[0].inline.scores), [1, 1.5]);
  assert.deepEqual(Array.from(entries[1].inline.docs), [7]);
  assert.equal(entries[1].inline.scores[0], 2);
  assert.deepEqual(entries[2].at, [1, 1000, 77, true]);
  assert.equal(find(entries, "leaki"), entries[1]);
  assert.equal(find(entries, "leaks"), null);
});

test("postings decode from varint deltas and from a bitset", () => {
  const e = { df: 3, min: 1, range: 2.55 };
  const deltas = decodePostings(Uint8Array.from([0, 2, 3, 200, 1, 0, 100, 255]), e, 1000);
  assert.deepEqual(Array.from(deltas.docs), [2, 5, 205]);
  assert.deepEqual(Array.from(deltas.scores).map((s) => +s.toFixed(3)), [1, 2, 3.55]);
  const bits = decodePostings(Uint8Array.from([1, 0b00100101, 0, 0, 0]), e, 16);
  assert.deepEqual(Array.from(bits.docs), [0, 2, 5]);
  // Bit 1: impacts for the listed positions only (k = 2: position 0, then 2), the rest at min.
  const top = decodePostings(Uint8Array.from([3, 0b00100101, 0, 2, 0, 100, 2, 255]), e, 16);
  assert.deepEqual(Array.from(top.docs), [0, 2, 5]);
  assert.deepEqual(Array.from(top.scores).map((s) => +s.toFixed(3)), [2, 1, 3.55]);
});

test("the root finds a term's block and lays blocks out across parts", () => {
  assert.equal(blockOf(["", "d", "m", "s"], "memory"), 2);
  assert.equal(blockOf(["", "d", "m", "s"], "a"), 0);
  assert.equal(blockOf(["", "d", "m", "s"], "zebra"), 3);
  assert.deepEqual(layout([10, 20, 30, 40], [2]), [[0, 0, 10], [0, 10, 20], [1, 0, 30], [1, 30, 40]]);
  assert.deepEqual(layout([5, 6], [], [2, 100]), [[2, 100, 5], [2, 105, 6]]);
});

test("cards, slots, columns and durations", () => {
  const card = enc.encode('["db-failover","DB failover","2024-03-01","SEV2","bad-deploy",95]   ');
  assert.deepEqual(decodeCard(card, ["incidents/", ".html"]), { url: "incidents/db-failover.html", title: "DB failover",
    date: "2024-03-01", severity: "SEV2", rootCause: "bad-deploy", minutes: 95 });
  assert.deepEqual(Array.from(slotBody(Uint8Array.from([2, 0, 7, 8, 0, 0]))), [7, 8]);
  const header = enc.encode('{"v":["dns","tls"],"m":1}');
  const col = decodeColumn(Uint8Array.from([header.length, 0, 0, 0, ...header, 1, 1, 0, 0, 2, 0]), 3);
  assert.deepEqual(col.names, ["dns", "tls"]);
  assert.deepEqual(Array.from(col.flat.subarray(col.start[0], col.start[1])), [1, 2]);
  assert.equal(col.start[2] - col.start[1], 0);
  assert.deepEqual(Array.from(col.flat.subarray(col.start[2], col.start[3])), [2]);
  assert.equal(minutesText(45), "45 min");
  assert.equal(minutesText(95), "1 h 35 min");
  assert.equal(minutesText(120), "2 h");
  assert.equal(minutesText(3000), "2 d 2 h");
  assert.equal(minutesText(-1), "");
});
