// Everything the page reads from an exported search/ folder, as text (PackSplitTest): the ranked
// results of each query with their corrections, every card and text, and the filter counts of
// every incident. Two exports of one index, packed differently, must print the same.
import "./page-stem.mjs"; // the page's stemmer, which search-analyzer.js calls
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { SearchIndex } from "../../../themes/default/static/js/search-core.js";
import { fileFetcher } from "./file-fetch.mjs";
import { agreement } from "./facet-agreement.mjs";

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
const { written, same } = await agreement(await index.facets(), all);
out.push(JSON.stringify(written));
out.push("the export's counts are the columns': " + same);
process.stdout.write(out.join("\n") + "\n");
