// node --test: the search page's early script (themes/default/templates/search.peb) stems query
// words exactly as search-analyzer.js does and asks for the very records the engine reads: the
// dictionary blocks of the words and the slots of their pairs.
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { analyzeShingles, stem } from "../../../themes/default/static/js/search-analyzer.js";
import { blockOf, fnv1a, layout } from "../../../themes/default/static/js/search-codec.js";

const page = readFileSync(new URL("../../../themes/default/templates/search.peb", import.meta.url), "utf8");
const script = page.slice(page.indexOf("<script>(() => {") + "<script>".length, page.indexOf("})();</script>") + "})();".length);
const earlyStem = new Function(script.slice(script.indexOf("const stem = "), script.indexOf("\nconst stems")) + "\nreturn stem;")();

/** Words made of stems and the suffixes the stemmer's rules name, so that every rule and its exceptions run. */
function words(count) {
  const suffixes = ("ational tional enci anci izer bli alli entli eli ousli ization ation ator alism iveness fulness ousness " +
    "aliti iviti biliti logi icate ative alize iciti ical ful ness al ance ence er ic able ible ant ement ment ent ism " +
    "ate iti ous ive ize sion tion ion ou sses ies ss s eed ed ing y e ll at bl iz").split(" ");
  const letters = "abcdeefghiiklmnoopqrsstuuvwxyyz";
  let seed = 7;
  const rnd = (n) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
  const out = [];
  for (let i = 0; i < count; i++) {
    let w = "";
    for (let j = 1 + rnd(7); j > 0; j--) w += letters[rnd(letters.length)];
    for (let j = rnd(3); j > 0; j--) w += suffixes[rnd(suffixes.length)];
    out.push(w);
  }
  return out;
}

test("the early script stems as the analyzer does", () => {
  const own = ("memory leaking leaks leaked certificate certificates expiry expired expires database failover " +
    "connection connections pooling pool rate limiting limits configuration config changes changed root cause causes " +
    "replication lag deploy deploying rollback rollbacks hopping hoped filing failing sized agreed feed controlled " +
    "relational conditional rational valenci hesitanci digitizer conformabli radicalli differentli vileli analogousli " +
    "vietnamization predication operator feudalism decisiveness hopefulness callousness formaliti sensitiviti " +
    "sensibiliti triplicate formative formalize electriciti electrical hopeful goodness revival allowance inference " +
    "airliner gyroscopic adjustable defensible irritant replacement adjustment dependent adoption homologou " +
    "communism activate angulariti homologous effective bowdlerize probate rate cease controll roll dns ties sky " +
    "by say happy a is as").split(" ");
  for (const w of [...own, ...words(60000)]) assert.equal(earlyStem(w), stem(w), w);
});

/** Runs the early script for the address query {@code q} and manifest {@code m}; returns the ranges it asked for. */
function early(q, m) {
  const asked = [];
  const el = (attrs) => ({ ...attrs });
  const doc = {
    head: { append() {} },
    createElement: () => el({}),
    querySelector: (sel) => (sel.startsWith("link") ? { href: "https://x.test/kb/js/search.js" } : { content: JSON.stringify(m) }),
  };
  const fetch = (url, init) => {
    asked.push(url.pathname.replace("/kb/search/", "") + " " + init.headers.Range);
    return Promise.resolve({ status: 206, arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)) });
  };
  const win = {};
  new Function("location", "document", "fetch", "window", script)({ search: "?q=" + encodeURIComponent(q) }, doc, fetch, win);
  return asked.sort();
}

test("the early script asks for the blocks and pair slots the engine reads", () => {
  const keys = ["", "b", "cert", "d", "l", "m", "r", "s"];
  const m = {
    terms: { f: ["d.1.bin", "d.2.bin"], k: keys, l: [10, 20, 30, 40, 50, 60, 70, 80], p: [4] },
    pairs: { f: ["q.1.bin", "q.2.bin", "q.3.bin"], k: 1000, s: 600, per: 400 },
  };
  const range = (f, at, n) => f + " bytes=" + at + "-" + (at + n - 1);
  const at = layout(m.terms.l, m.terms.p);
  const expect = (q) => {
    const stems = q.split(" ").map((w) => stem(w.toLowerCase()));
    const out = stems.map((s) => { const [part, offset, n] = at[blockOf(keys, s)]; return range(m.terms.f[part], offset, n); });
    for (const pair of analyzeShingles(q)) {
      const b = fnv1a(pair) % m.pairs.k;
      out.push(range(m.pairs.f[Math.floor(b / m.pairs.per)], (b % m.pairs.per) * m.pairs.s, m.pairs.s));
    }
    return [...new Set(out)].sort();
  };
  for (const q of ["memory leak", "Certificate expiry", "root causes", "DNS resolution failures", "zebra"]) {
    assert.deepEqual(early(q, m), expect(q), q);
  }
  // Words the analyzer splits or folds (identifiers, camel case, accents) are left to the engine.
  for (const q of ["db-prod-17 failover", "iOS crash", "café outage", "\"memory leak\"", "tag:dns"]) assert.deepEqual(early(q, m), [], q);
});
