// Pagefind's own pagefind.js in Node against its bundle served over loopback HTTP, counting gzip
// bytes of every request (the method of shared/docs/SEARCH.md §2): cold first queries with 5
// result fragments, the same queries as search-web.mjs.
import http from "node:http";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const dir = process.argv[2]; // <site>/pagefind
const only = process.argv[3]; // "1" or "2": one query set only
const ONE = ["memory", "database", "certificate", "timeout", "deploy", "latency", "dns", "disk", "cache", "queue",
  "replica", "configuration", "network", "kubernetes", "redis", "rollback", "outage", "alert", "throttling", "migration"];
const TWO = ["memory leak", "connection pool", "disk full", "certificate expiry", "root cause", "database failover",
  "cache stampede", "dns resolution", "config change", "rate limit", "load balancer", "replication lag",
  "deploy rollback", "error budget", "thread pool", "queue backlog", "expired certificate", "health check",
  "traffic spike", "retry storm"];
let bytes = 0;
const server = http.createServer((req, res) => {
  try {
    const body = readFileSync(join(dir, decodeURIComponent(new URL(req.url, "http://x").pathname)));
    bytes += gzipSync(body).length;
    res.writeHead(200, { "Content-Type": req.url.endsWith(".js") ? "text/javascript" : "application/octet-stream" });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
}).listen(0, "127.0.0.1");
await new Promise((r) => server.on("listening", r));
const base = `http://127.0.0.1:${server.address().port}/`;
globalThis.window = globalThis.window || { location: { href: base, origin: base } };
const js = gzipSync(readFileSync(join(dir, "pagefind.js"))).length;

async function cold(q, i) {
  const pf = await import(pathToFileURL(join(dir, "pagefind.js")).href + "?fresh=" + q + i);
  await pf.options({ basePath: base });
  bytes = 0;
  await pf.init();
  const init = bytes;
  const r = await pf.search(q);
  await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
  return { init, total: bytes, t: r.timings };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const kb = (b) => (b / 1024).toFixed(1);
for (const [name, qs] of [["1 word", ONE], ["2 words", TWO]].filter(([n]) => !only || n.startsWith(only))) {
  const totals = [];
  for (let i = 0; i < qs.length; i++) {
    let r;
    // A loaded machine sometimes resets a loopback connection: retry the whole cold query.
    for (let attempt = 0; !r; attempt++) {
      try {
        r = await cold(qs[i], name + i + "-" + attempt);
      } catch (e) {
        if (attempt >= 3) throw e;
      }
    }
    totals.push(js + r.total);
  }
  console.log(`pagefind ${name}: first query total median ${kb(median(totals))} KB, max ${kb(Math.max(...totals))} KB`);
}
// pagefind.js fetches entry, meta and WASM on its first search: that is its init.
const { readdirSync } = await import("node:fs");
const initFiles = readdirSync(dir).filter((f) => f === "pagefind-entry.json" || f.endsWith(".pf_meta") || f === "wasm.en.pagefind");
const init = initFiles.reduce((a, f) => a + gzipSync(readFileSync(join(dir, f))).length, js);
console.log(`pagefind init (pagefind.js + ${initFiles.join(" + ")}): ${kb(init)} KB`);
server.close();
process.exit(0);
