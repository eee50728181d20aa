// The facet export alone (FacetColumnsTest): its manifest entry, the number of documents and the
// folder of its pack; prints the export's counts and whether the full columns agree with them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { Facets } from "../../../themes/default/static/js/search-facets.js";
import { agreement } from "./facet-agreement.mjs";

const [entryFile, n, dir] = process.argv.slice(2);
const m = JSON.parse(readFileSync(entryFile, "utf8"));
const read = async ([part, offset, length]) =>
  new Uint8Array(inflateRawSync(readFileSync(join(dir, m.f[part])).subarray(offset, offset + length)));
const all = Int32Array.from({ length: +n }, (_, i) => i);
const { written, same } = await agreement(new Facets(m, +n, read), all);
process.stdout.write(JSON.stringify(written) + "\nthe export's counts are the columns': " + same + "\n");
