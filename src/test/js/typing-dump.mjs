// Search as you type over an exported search/ folder (TypingTest): each word of the arguments typed
// letter by letter from its fourth, one line a prefix with its match count and corrections.
import "./page-stem.mjs"; // the page's stemmer, which search-analyzer.js calls
import { pathToFileURL } from "node:url";
import { SearchIndex } from "../../../themes/default/static/js/search-core.js";
import { fileFetcher } from "./file-fetch.mjs";

const [dir, ...words] = process.argv.slice(2);
const index = new SearchIndex(pathToFileURL(dir).href + "/", fileFetcher().fetcher);
await index.init();
const out = [];
for (const w of words) {
  for (let k = 4; k <= w.length; k++) {
    const r = await index.search(w.slice(0, k), { prefix: "typing" });
    out.push(w.slice(0, k) + " -> " + r.matches.length + " " + JSON.stringify(r.corrections));
  }
}
process.stdout.write(out.join("\n") + "\n");
