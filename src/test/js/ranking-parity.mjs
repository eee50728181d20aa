// Runs each query of a JSON array over an exported search/ folder; prints the top-10 doc ids (one line each) of
// each (BrowserSearchParityIT). No prefix completion: Lucene does not complete words either.
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
  const r = await index.search(q, { prefix: false, correct: false });
  out.push(Array.from(r.matches.subarray(0, 10)));
}
process.stdout.write(out.map((docs) => docs.join(" ")).join("\n") + "\n");
