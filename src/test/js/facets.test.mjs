// node --test: filter counts (values of one facet ORed, its own choices left out of its counts),
// year ranges from doc-id runs and duration ranges; what opening the panel reads.
import test from "node:test";
import assert from "node:assert/strict";
import { Facets, DATE, DURATION } from "../../../themes/default/static/js/search-facets.js";
import { column } from "./facet-column.mjs";

const enc = new TextEncoder();

const COLUMNS = {
  sev: column(["SEV2", "SEV1", "SEV10"], false, [[1], [2], [1], [3], [1]]),
  tag: column(["dns", "tls"], true, [[1], [1, 2], [2], [], [1]]),
  dur: column([], false, [[1], [3], [4], [0], [9]]),
};
const manifest = {
  dims: [{ id: "severity", label: "Severity", n: 3, multi: 0, order: "value", col: "sev" },
    { id: "tag", label: "Tag", n: 2, multi: 1, order: "count", col: "tag" }],
  duration: { b: [15, 30, 60, 120, 240, 480, 1440, 4320], col: "dur" },
  years: [["2025", 0, 2], ["2024", 2, 4], ["2023", 4, 5]],
};

test("counts leave out a dimension's own choices and follow the others", async () => {
  const all = Int32Array.from([0, 1, 2, 3, 4]);
  const f = await new Facets(manifest, 5, async (at) => COLUMNS[at]).open(all, [{ dim: "tag", values: ["tls"] }]);
  const counts = f.counts(all, [{ dim: "tag", values: ["tls"] }]);
  assert.deepEqual(counts.severity, [{ value: "SEV1", count: 1 }, { value: "SEV2", count: 1 }]);
  assert.deepEqual(counts.tag, [{ value: "dns", count: 3 }, { value: "tls", count: 2 }]);
  assert.deepEqual(counts[DATE], [{ value: "2025", count: 1 }, { value: "2024", count: 1 }, { value: "2023", count: 0 }]);
  assert.deepEqual(Array.from(f.filter(all, [{ dim: "tag", values: ["dns", "tls"] }])), [0, 1, 2, 4]);
  // Values listed by their count among the matches, not over every incident.
  assert.deepEqual(f.counts(Int32Array.from([1, 2]), []).tag, [{ value: "tls", count: 2 }, { value: "dns", count: 1 }]);
});

test("years and durations filter as ranges", async () => {
  const all = Int32Array.from([0, 1, 2, 3, 4]);
  const f = await new Facets(manifest, 5, async (at) => COLUMNS[at]).open(all, [{ dim: DATE, from: "2024" }]);
  await f.need([{ dim: DURATION, min: 30, max: null }]);
  assert.deepEqual(Array.from(f.filter(all, [{ dim: DATE, from: "2024", to: "2025" }])), [0, 1, 2, 3]);
  assert.deepEqual(Array.from(f.filter(all, [{ dim: DATE, from: "2023", to: "2023" }])), [4]);
  // At least 30 minutes: buckets from 30–60 up; unknown durations drop out.
  assert.deepEqual(Array.from(f.filter(all, [{ dim: DURATION, min: 30, max: null }])), [1, 2, 4]);
  assert.deepEqual(Array.from(f.filter(all, [{ dim: DURATION, min: null, max: 60 }])), [0, 1]);
});

// The tag dimension is lazy here (as one with many values is): its box opens on demand.
const lazy = { ...manifest, dims: [manifest.dims[0], { ...manifest.dims[1], lazy: 1 }], all: "all" };
const ALL = enc.encode(JSON.stringify({ dims: { severity: [["SEV2", 3], ["SEV1", 1], ["SEV10", 1]], tag: [["dns", 3], ["tls", 2]] },
  duration: [1, 1, 0, 1, 1, 0, 0, 0, 0, 1] }));

test("a lazy dimension's column is read only once its box opens", async () => {
  const reads = [];
  const f = new Facets(lazy, 5, async (at) => { reads.push(at); return at === "all" ? ALL : COLUMNS[at]; });
  const some = Int32Array.from([0, 1, 2]);
  await f.open(some, []);
  assert.deepEqual(reads.sort(), ["sev"]);
  assert.equal(f.counts(some).tag, undefined);
  await f.open(some, [], new Set(["tag"]));
  assert.deepEqual(reads.sort(), ["sev", "tag"]);
  assert.deepEqual(f.counts(some).tag, [{ value: "dns", count: 2 }, { value: "tls", count: 2 }]);
});

test("the empty query's counts are the export's, with no column read, and agree with the columns", async () => {
  const reads = [];
  const f = new Facets(lazy, 5, async (at) => { reads.push(at); return at === "all" ? ALL : COLUMNS[at]; });
  const all = Int32Array.from([0, 1, 2, 3, 4]);
  await f.open(all, [], new Set(["tag"]));
  assert.deepEqual(reads, ["all"]);
  const fromColumns = await new Facets(manifest, 5, async (at) => COLUMNS[at]).open(Int32Array.from([0, 1, 2, 3]), []);
  await fromColumns.durations();
  assert.deepEqual(f.counts(all), fromColumns.counts(all));
});

test("a failed read is forgotten: the next open reads again", async () => {
  let fail = new Set(["all", "sev"]);
  const f = new Facets(lazy, 5, async (at) => {
    if (fail.has(at)) { fail.delete(at); throw new Error("offline"); }
    return at === "all" ? ALL : COLUMNS[at];
  });
  const all = Int32Array.from([0, 1, 2, 3, 4]), some = Int32Array.from([0, 1]);
  await assert.rejects(f.open(all, []), /offline/);
  await assert.rejects(f.open(some, []), /offline/);
  await f.open(all, []);
  await f.open(some, []);
  assert.deepEqual(f.counts(all).severity, [{ value: "SEV1", count: 1 }, { value: "SEV2", count: 3 }, { value: "SEV10", count: 1 }]);
  assert.deepEqual(f.counts(some).severity, [{ value: "SEV1", count: 1 }, { value: "SEV2", count: 1 }]);
});

test("a dimension named like the export's counts keeps its own column", async () => {
  const named = { ...lazy, dims: [{ ...lazy.dims[0], id: "all" }, lazy.dims[1]] };
  const reads = [];
  const f = new Facets(named, 5, async (at) => { reads.push(at); return at === "all" ? ALL : COLUMNS[at]; });
  await f.open(Int32Array.from([0, 1, 2, 3, 4]), []);
  const some = Int32Array.from([0, 1]);
  await f.open(some, []);
  assert.deepEqual(reads, ["all", "sev"]);
  assert.deepEqual(f.counts(some).all, [{ value: "SEV1", count: 1 }, { value: "SEV2", count: 1 }]);
});
