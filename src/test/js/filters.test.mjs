// node --test: the filter panel's boxes (search-filters.js) over a fake DOM.
import test from "node:test";
import assert from "node:assert/strict";
import { installDom, el } from "./fake-dom.mjs";
import { Facets } from "../../../themes/default/static/js/search-facets.js";
import { column } from "./facet-column.mjs";

installDom();
const { render } = await import("../../../themes/default/static/js/search-filters.js");

// Five incidents; "dns" is the tag column's only top value (docs 0–2), "rare" is in the full
// column only (docs 3–4).
const COLUMNS = {
  sev: column(["SEV1", "SEV2"], false, [[1], [2], [1], [2], [1]]),
  tagTop: column(["dns"], true, [[1], [1], [1], [], []]),
  tag: column(["dns", "rare"], true, [[1], [1], [1], [2], [2]]),
  dur: column([], false, [[1], [3], [4], [0], [9]]),
};
const manifest = {
  dims: [{ id: "severity", label: "Severity", n: 2, multi: 0, order: "value", col: "sev" },
    { id: "tag", label: "Tag", n: 2, multi: 1, order: "count", col: "tag", top: "tagTop", lazy: 1 }],
  duration: { b: [15, 30, 60, 120, 240, 480, 1440, 4320], col: "dur" },
  years: [["2025", 0, 5]],
};

function ui(opened) {
  const groups = el("div");
  return {
    filters: new Map(), ranges: { date: { from: "", to: "" }, duration: { min: "", max: "" } },
    expanded: new Set(), opened, groups, el, toggle() {}, label: (d, v) => v, named: (d, v) => v,
    durations: manifest.duration.b, chosen: [], rerun() {}, refresh() {},
  };
}

const boxOf = (u, dim) => u.groups.children.find((b) => b.dataset.dim === dim);

test("an opened lazy box stays, with its Show all button, when none of its top values is among the matches", async () => {
  const reads = [];
  const f = new Facets(manifest, 5, async (at) => { reads.push(at); return COLUMNS[at]; });
  const matches = Int32Array.from([3, 4]);
  const opened = new Set(["tag"]);
  await f.open(matches, [], opened);
  const u = ui(opened);
  render(f, { unfiltered: matches }, u);
  const tag = boxOf(u, "tag");
  assert.ok(tag, "the tag box is drawn");
  const buttons = tag.all((e) => e.tagName === "BUTTON");
  assert.equal(buttons[0].attributes["aria-expanded"], "true");
  const all = buttons.find((b) => b.className === "search-all-values");
  assert.ok(all, "the box offers every value");
  assert.equal(all.textContent, "Show all 2");
  // Showing all reads the full column, and the values the matches have appear.
  u.refresh = () => render(f, { unfiltered: matches }, u);
  await all.fire("click");
  assert.ok(reads.includes("tag"));
  const values = boxOf(u, "tag").all((e) => e.tagName === "INPUT").map((i) => i.value);
  assert.deepEqual(values, ["rare"]);
});

test("an opened lazy box stays, saying so, when the matches have none of its values", async () => {
  const f = new Facets(manifest, 5, async (at) => COLUMNS[at]);
  const matches = Int32Array.from([3, 4]);
  const opened = new Set(["tag"]);
  await f.open(matches, [], opened);
  await f.full("tag");
  const u = ui(opened);
  render(f, { unfiltered: Int32Array.from([]) }, u);
  const tag = boxOf(u, "tag");
  assert.ok(tag, "the tag box is drawn");
  assert.equal(tag.all((e) => e.tagName === "P")[0].textContent, "None among these incidents.");
  assert.equal(boxOf(u, "severity"), undefined, "a box that is not lazy and has no values is not drawn");
});

test("two quick clicks on a closed lazy box's name open and close it", async () => {
  const f = new Facets(manifest, 5, async (at) => COLUMNS[at]);
  const matches = Int32Array.from([0, 1, 2, 3, 4]);
  const opened = new Set();
  await f.open(matches, [], opened);
  const u = ui(opened);
  render(f, { unfiltered: matches }, u);
  const name = boxOf(u, "tag").all((e) => e.tagName === "BUTTON")[0];
  assert.equal(name.attributes["aria-expanded"], "false");
  await name.fire("click"); // the panel is not drawn again in between
  assert.ok(opened.has("tag"));
  await name.fire("click");
  assert.ok(!opened.has("tag"));
});
