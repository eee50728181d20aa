// Everything the page reads from an exported search/ folder, as text (PackSplitTest): the ranked
// results of each query with their corrections, every card and text, and the filter counts of
// every incident. Two exports of one index, packed differently, must print the same.
import "./page-stem.mjs"; // the page's stemmer, which search-analyzer.js calls
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { SearchIndex } from "../../../themes/default/static/js/search-core.js";
import { fileFetcher } from "./file-fetch.mjs";

const [dir, queriesFile] = process.argv.slice(2);
const index = new SearchIndex(pathToFileURL(dir).href + "/", fileFetcher().fetcher);
await index.init();
const out = [];
for (const q of JSON.parse(readFileSync(queriesFile, "utf8"))) {
  const r = await index.search(q, { prefix: "missing" });
  out.push(q + " -> " + Array.from(r.matches).join(" ") + " " + JSON.stringify(r.corrections));
}
for (let d = 0; d < index.n; d++) {
  out.push(JSON.stringify(await index.card(d)) + " " + JSON.stringify(await index.text(d)));
}
const all = (await index.search("")).matches;
const facets = await index.facets();
// The export's counts of every incident (what the panel shows for the empty query), then the
// same from the columns: the export lists a dimension's most frequent values only.
const written = (await facets.open(all, [])).counts(all, []);
for (const d of facets.dims) await facets.full(d.id);
await facets.durations();
const counted = facets.counts(all, []);
for (const d of facets.dims) counted[d.id] = counted[d.id].slice(0, written[d.id].length);
out.push(JSON.stringify(written));
out.push("the export's counts are the columns': " + (JSON.stringify(written) === JSON.stringify(counted)));
process.stdout.write(out.join("\n") + "\n");
