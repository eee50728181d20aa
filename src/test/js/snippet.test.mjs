// node --test: snippets start and end at word boundaries and mark every form of a query word.
import "./page-stem.mjs"; // the page's stemmer, which search-analyzer.js calls
import test from "node:test";
import assert from "node:assert/strict";
import { snippetOf } from "../../../themes/default/static/js/search-snippet.js";

test("a snippet is cut at words and marks stems", () => {
  const text = "Before anything happened the team ran further investigation of the billing workers. " +
    "Later the worker was leaking memory and the leak grew until pods were killed by the kernel out of memory killer.";
  const parts = snippetOf(text, new Set(["leak"]), 80);
  const joined = parts.map((p) => p.text).join("");
  assert.match(joined, /^… [A-Za-z]/); // never "… urther"
  assert.doesNotMatch(joined, /\w…$/);
  assert.deepEqual(parts.filter((p) => p.hit).map((p) => p.text), ["leaking", "leak"]);
  const words = joined.replace(/^… /, "").replace(/ …$/, "").split(" ");
  for (const w of words) assert.ok(text.includes(w), w);
});

test("a row's blocks read as text: a dot between those that end without punctuation", async () => {
  const { blocks } = await import("../../../themes/default/static/js/search-core.js");
  assert.equal(blocks("Summary\nA planned upgrade failed over.\n  Timeline \n\n16:05 UTC: paged\n"),
    "Summary \u00b7 A planned upgrade failed over. Timeline \u00b7 16:05 UTC: paged");
  assert.equal(blocks("one line, no blocks"), "one line, no blocks");
});

test("with no query words the snippet is the text's start, cut at a space", async () => {
  const { lead } = await import("../../../themes/default/static/js/search-core.js");
  const parts = lead("The  batch\njob stalled overnight while the queue kept growing", 30);
  assert.equal(parts.length, 1);
  assert.equal(parts[0].text, "The batch job stalled \u2026");
  assert.equal(parts[0].hit, false);
  assert.deepEqual(lead("Short text.", 30), [{ text: "Short text.", hit: false }]);
  assert.deepEqual(lead("  ", 30), []);
});
