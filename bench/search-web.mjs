// Browser-search benchmark over a built site (see search-web.sh): bytes on the wire (gzip for
// text, raw for .bin, as GitHub Pages serves them) for cold first queries, facet counts and the
// code, and warm query times. Runs the shipped search-core.js in Node (same V8 as Chromium).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import { SearchIndex } from "../themes/default/static/js/search-core.js";
import { fileFetcher } from "../src/test/js/file-fetch.mjs";

const site = process.argv[2];
const SHOWN = 5; // results the page shows at first (search.js PAGE)
const ONE = ["memory", "database", "certificate", "timeout", "deploy", "latency", "dns", "disk", "cache", "queue",
  "replica", "configuration", "network", "kubernetes", "redis", "rollback", "outage", "alert", "throttling", "migration"];
const TWO = ["memory leak", "connection pool", "disk full", "certificate expiry", "root cause", "database failover",
  "cache stampede", "dns resolution", "config change", "rate limit", "load balancer", "replication lag",
  "deploy rollback", "error budget", "thread pool", "queue backlog", "expired certificate", "health check",
  "traffic spike", "retry storm"];

const gz = (f) => gzipSync(readFileSync(f), { level: 6 }).length;
const js = ["search.js", "search-core.js", "search-analyzer.js"].map((f) => gz(`${site}/js/${f}`));
const base = pathToFileURL(`${site}/search`).href + "/";

async function cold(q) {
  const { fetcher, counter } = fileFetcher();
  const idx = new SearchIndex(base, fetcher);
  await idx.init();
  const init = counter.gzip;
  const r = await idx.search(q, { prefix: false });
  const docs = Array.from(r.matches.subarray(0, SHOWN));
  await Promise.all(docs.map((d) => idx.card(d)));
  await Promise.all(docs.map((d) => idx.snippet(d, r.terms)));
  return { init, query: counter.gzip - init, hits: r.matches.length, files: counter.files };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)];
const kb = (b) => (b / 1024).toFixed(1);

const code = js.reduce((a, b) => a + b, 0);
const first = await cold("memory");
console.log(`init before first query: ${kb(code + first.init)} KB (JS ${kb(code)} KB: ${js.map(kb).join(" + ")}; manifest ${kb(first.init)} KB)`);
for (const [name, qs] of [["1 word", ONE], ["2 words", TWO]]) {
  const rs = [];
  for (const q of qs) rs.push(await cold(q));
  const totals = rs.map((r) => code + r.init + r.query);
  console.log(`${name}: first query total median ${kb(median(totals))} KB, max ${kb(Math.max(...totals))} KB ` +
    `(query part median ${kb(median(rs.map((r) => r.query)))} KB, ${median(rs.map((r) => r.files))} requests)`);
}
for (const phrase of ["memory leak", "certificate expiry", "root cause"]) {
  // Type-ahead: every keystroke from the 2nd char runs a prefix search and shows 5 cards and
  // snippets (the worst case: the page's debounce skips keystrokes typed quickly).
  const { fetcher, counter } = fileFetcher();
  const idx = new SearchIndex(base, fetcher);
  await idx.init();
  const before = counter.gzip;
  for (let i = 2; i <= phrase.length; i++) {
    const r = await idx.search(phrase.slice(0, i), { prefix: true });
    const docs = Array.from(r.matches.subarray(0, SHOWN));
    await Promise.all(docs.map((d) => idx.card(d)));
    await Promise.all(docs.map((d) => idx.snippet(d, r.terms)));
  }
  console.log(`type-ahead "${phrase}" key by key: +${kb(counter.gzip - before)} KB after init`);
}
{
  // Facet panel: opening it loads each dimension's column of most frequent values (the whole
  // column when it has few values); "All N …" loads one dimension's full column.
  const { fetcher, counter } = fileFetcher();
  const idx = new SearchIndex(base, fetcher);
  await idx.init();
  const r = await idx.search("memory", { prefix: false });
  const before = counter.gzip;
  await idx.facets();
  const panel = counter.gzip - before;
  const t = performance.now();
  idx.counts(r.unfiltered, []);
  const ms = performance.now() - t;
  const full = [];
  for (const dim of idx.manifest.facets.dims) {
    if (idx.columns[dim].complete) continue;
    const b = counter.gzip;
    await idx.fullColumn(dim);
    full.push(`${dim} +${kb(counter.gzip - b)} KB (${idx.manifest.facets.n[dim]} values)`);
  }
  const t2 = performance.now();
  idx.counts(r.unfiltered, []);
  console.log(`facet counts: +${kb(panel)} KB when the panel opens (counting ${ms.toFixed(2)} ms over ${r.unfiltered.length} hits); ` +
    `all values of one dimension on request: ${full.join(", ") || "none needed"}; everything ${kb(counter.gzip - before)} KB (counting ${(performance.now() - t2).toFixed(2)} ms)`);
}
{
  // Warm query time: files loaded, the engine's own work per query (what a keystroke costs).
  const idx = new SearchIndex(base, fileFetcher().fetcher);
  await idx.init();
  await idx.facets();
  const times = [], best = [];
  for (const q of [...ONE, ...TWO]) {
    await idx.search(q, { prefix: true });
    let min = Infinity;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await idx.search(q, { prefix: true });
      const ms = performance.now() - t;
      times.push(ms);
      min = Math.min(min, ms);
    }
    best.push(min);
  }
  console.log(`warm query time (prefix on, ${times.length} runs): median ${median(times).toFixed(2)} ms, p95 ${pct(times, 0.95).toFixed(2)} ms` +
    `; best of 5 per query (filters out other processes on a shared machine): median ${median(best).toFixed(2)} ms, p95 ${pct(best, 0.95).toFixed(2)} ms`);
  console.log(`load average while measuring: ${(await import("node:os")).loadavg().map((x) => x.toFixed(1)).join(" ")}`);
}
