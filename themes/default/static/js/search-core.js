// The browser search engine: reads the files org.x.pmkb.search.export.BrowserIndex writes and
// ranks like Lucene (sum of precomputed BM25 impacts). No DOM here, so Node runs it in tests.
import { analyze, analyzeShingles, tokens } from "./search-analyzer.js";

/** Completions kept for the last word typed (by df), as in SEARCH.md §5.1.7. */
const MAX_COMPLETIONS = 8;
const FIELDS = ["root_cause", "severity", "service", "tag", "year"];

/** Splits a query: words, "phrases", -exclusions and dim:value filters. */
export function parseQuery(q) {
  const units = [], filters = [];
  const re = /(-?)(?:"([^"]*)"?|(\S+))/g;
  for (const m of q.matchAll(re)) {
    const neg = m[1] === "-";
    const text = m[2] !== undefined ? m[2] : m[3];
    const colon = m[3] ? m[3].indexOf(":") : -1;
    if (colon > 0 && FIELDS.includes(m[3].slice(0, colon).toLowerCase()) && colon < m[3].length - 1) {
      filters.push({ dim: m[3].slice(0, colon).toLowerCase(), value: m[3].slice(colon + 1), neg });
      continue;
    }
    if (text.trim()) units.push({ text, phrase: m[2] !== undefined, neg });
  }
  return { units, filters };
}

/** Damerau-Levenshtein (optimal string alignment) distance, or max+1 once it exceeds max. */
export function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2 = null, prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

export class SearchIndex {
  /** @param base URL of the search/ folder, ending in "/"; @param fetcher fetch-like (url) => Response */
  constructor(base, fetcher = (u) => fetch(u)) {
    this.base = base;
    this.fetcher = fetcher;
    this.cache = new Map();
  }

  async init() {
    if (!this.manifest) {
      this.manifest = await this.json("manifest.json");
      if (this.manifest.v !== 1) throw new Error("unsupported search index version " + this.manifest.v);
      this.n = this.manifest.n;
    }
    return this;
  }

  get(path, kind) {
    if (!this.cache.has(path)) {
      this.cache.set(path, this.fetcher(this.base + path).then((r) => {
        if (!r.ok) throw new Error("cannot load " + path + ": " + r.status);
        return kind === "bin" ? r.arrayBuffer().then((a) => new Uint8Array(a)) : kind === "text" ? r.text() : r.json();
      }));
    }
    return this.cache.get(path);
  }

  json(path) { return this.get(path, "json"); }

  // ---- dictionary: a top root (in the manifest) → sub-roots (r/<hash>.json) → blocks ----
  dict(pairs) {
    return { dir: pairs ? "d2" : "d", root: pairs ? this.manifest.pairs : this.manifest.terms };
  }

  static indexOf(root, term) {
    let lo = 0, hi = root.k.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (root.k[mid] <= term) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /** The sub-root holding {@code term}'s block, and that block's index in it. */
  async locate(dict, term) {
    if (!dict.root || !dict.root.k || dict.root.k.length === 0) return null;
    const top = SearchIndex.indexOf(dict.root, term);
    const sub = await this.json(dict.dir + "/r/" + dict.root.h.substr(top * 10, 10) + ".json");
    return { sub, i: SearchIndex.indexOf(sub, term) };
  }

  async block(dict, sub, i) {
    const h = sub.h.substr(i * 10, 10);
    const key = dict.dir + "/" + h;
    if (!this.cache.has(key)) {
      this.cache.set(key, this.json(dict.dir + "/" + h + ".json").then((entries) => {
        const out = [];
        let prev = "";
        for (const [p, suffix, df, min, range, post] of entries) {
          prev = prev.slice(0, p) + suffix;
          out.push({ term: prev, df, min, range, post, dir: dict.dir });
        }
        return out;
      }));
    }
    return this.cache.get(key);
  }

  /** The dictionary entry of {@code term}, or null. */
  async lookup(term, pairs = false) {
    const dict = this.dict(pairs);
    const at = await this.locate(dict, term);
    if (!at) return null;
    const entries = await this.block(dict, at.sub, at.i);
    let lo = 0, hi = entries.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = entries[mid].term;
      if (t === term) return entries[mid];
      if (t < term) lo = mid + 1; else hi = mid - 1;
    }
    return null;
  }

  /** Up to MAX_COMPLETIONS terms starting with {@code prefix}, most frequent first (≤ 2 blocks). */
  async complete(prefix) {
    const dict = this.dict(false);
    const at = await this.locate(dict, prefix);
    if (!at) return [];
    const found = [];
    for (let i = at.i; i < Math.min(at.i + 2, at.sub.k.length); i++) {
      if (i > at.i && !at.sub.k[i].startsWith(prefix.slice(0, at.sub.k[i].length))) break;
      // Whole identifiers (memorypressure-geo-publish) only complete a word that has a joiner too.
      const joined = /[-_.'\u2019]/.test(prefix);
      for (const e of await this.block(dict, at.sub, i)) {
        if (e.term.startsWith(prefix) && (joined || !/[-_.'\u2019]/.test(e.term))) found.push(e);
      }
    }
    found.sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1));
    return found.slice(0, MAX_COMPLETIONS);
  }

  /** Doc ids (ascending) and scores of a dictionary entry. */
  async postings(e) {
    if (e.decoded) return e.decoded;
    const docs = new Int32Array(e.df), scores = new Float32Array(e.df), scale = e.range / 255;
    if (Array.isArray(e.post)) {
      let d = 0;
      for (let i = 0; i < e.df; i++) {
        d += e.post[2 * i];
        docs[i] = d;
        scores[i] = e.min + e.post[2 * i + 1] * scale;
      }
    } else {
      const bytes = await this.get(e.dir + "/" + e.post + ".bin", "bin");
      let pos = 1;
      if (bytes[0] === 1) {
        const len = (this.n + 7) >> 3;
        let i = 0;
        for (let byte = 0; byte < len; byte++) {
          let v = bytes[1 + byte];
          while (v) {
            const bit = 31 - Math.clz32(v & -v);
            docs[i++] = byte * 8 + bit;
            v &= v - 1;
          }
        }
        pos = 1 + len;
      } else {
        let d = 0;
        for (let i = 0; i < e.df; i++) {
          let v = 0, shift = 0, c;
          do { c = bytes[pos++]; v |= (c & 0x7f) << shift; shift += 7; } while (c & 0x80);
          d += v;
          docs[i] = d;
        }
      }
      for (let i = 0; i < e.df; i++) scores[i] = e.min + bytes[pos + i] * scale;
    }
    e.decoded = { docs, scores };
    return e.decoded;
  }

  // ---- spelling ----
  /**
   * The closest known term (edit distance ≤ 1 for words below 8 chars, ≤ 2 from 8), or null. The
   * typed word's length sets the allowance: stemming shortens "certficate" to "certfic".
   */
  async correct(term, typed = term) {
    const sp = this.manifest.spell;
    if (!sp || term.length < 4) return null;
    const cp = term.codePointAt(0).toString(16), range = sp.r[cp];
    if (!range) return null;
    const max = Math.max(term.length, typed.length) >= 8 ? 2 : 1;
    let best = null;
    for (let len = Math.max(range[0], term.length - max); len <= Math.min(range[1], term.length + max); len++) {
      const bucket = await this.json("s/" + cp + "-" + len + "." + sp.g + ".json");
      for (let i = 0; i < bucket.length; i += 2) {
        const d = editDistance(term, bucket[i], max);
        if (d > max || d === 0) continue;
        const c = { term: bucket[i], df: bucket[i + 1], d };
        if (!best || c.d < best.d || (c.d === best.d && (c.df > best.df || (c.df === best.df && c.term < best.term)))) best = c;
      }
    }
    return best && best.term;
  }

  // ---- search ----
  /**
   * Runs {@code query}. Options: prefix (complete the last word), correct (typo tolerance),
   * filters ([{dim, values: [..]}], needs facets()), sort ("relevance" | "date").
   * Returns {matches: Int32Array ranked, scores, terms: Set for highlighting, corrections, total}.
   */
  async search(query, opts = {}) {
    await this.init();
    const { prefix = false, correct = true, sort = "relevance" } = opts;
    const parsed = parseQuery(query);
    const n = this.n;
    const acc = new Float64Array(n), hits = new Uint16Array(n), excluded = new Uint8Array(n);
    const highlight = new Set(), corrections = [];
    let required = 0;
    const lastPlain = prefix && !/\s$/.test(query) ? parsed.units.length - 1 : -1;
    for (let u = 0; u < parsed.units.length; u++) {
      const unit = parsed.units[u];
      let terms = analyze(unit.text);
      if (terms.length === 0) continue; // stop words only, as in Lucene
      // An identifier (db-prod-17) is one whole term in the index, its parts stacked after it. Lucene
      // runs a phrase over all of them; here the whole term decides the match and the parts add score.
      let partTerms = [];
      if (!unit.phrase && terms.length > 1 && /[-_.'\u2019]/.test(terms[0])) { partTerms = terms.slice(1); terms = [terms[0]]; }
      // Lucene's phrase over the parts also matches "SEV 3" and "sev-3" for SEV3: so do the word
      // pairs of the parts, which every spelling shares, when they are exported.
      if (partTerms.length > 0 && !unit.neg) {
        const pairs = await Promise.all(analyzeShingles(unit.text).map((p) => this.lookup(p, true)));
        if (pairs.length > 0 && pairs.every((e) => e)) {
          for (const e of pairs) {
            required++;
            const p = await this.postings(e);
            for (const d of p.docs) hits[d]++;
          }
          for (const t of [...terms, ...partTerms]) {
            const e = await this.lookup(t);
            if (!e) continue;
            if (t === terms[0]) highlight.add(t); // parts such as "3" would mark every number
            const p = await this.postings(e);
            for (let i = 0; i < p.docs.length; i++) acc[p.docs[i]] += p.scores[i];
          }
          continue;
        }
      }
      const alternatives = [];
      for (const t of terms) {
        let alts = [];
        const e = await this.lookup(t);
        if (e) alts.push(e);
        if (u === lastPlain && !unit.phrase && !unit.neg && terms.length === 1) {
          const lowered = unit.text.toLowerCase();
          for (const p of new Set([t, lowered])) for (const c of await this.complete(p)) if (!alts.some((a) => a.term === c.term)) alts.push(c);
          alts = alts.slice(0, MAX_COMPLETIONS + 1);
        }
        if (alts.length === 0 && correct && !unit.neg) {
          const fixed = await this.correct(t, unit.text);
          const e2 = fixed && (await this.lookup(fixed));
          if (e2) { alts.push(e2); corrections.push({ from: unit.text, to: fixed }); }
        }
        alternatives.push(alts);
      }
      if (unit.neg) {
        // Excluded: documents that have every term of the unit.
        const seen = new Uint16Array(n);
        for (const alts of alternatives) for (const a of alts) {
          const p = await this.postings(a);
          for (const d of p.docs) seen[d]++;
        }
        for (let d = 0; d < n; d++) if (seen[d] >= alternatives.length && alternatives.every((a) => a.length)) excluded[d] = 1;
        continue;
      }
      for (const alts of alternatives) {
        required++;
        alts.forEach((a) => highlight.add(a.term));
        // Several alternatives (completions): a document scores its best one.
        if (alts.length === 1) {
          const p = await this.postings(alts[0]);
          for (let i = 0; i < p.docs.length; i++) { acc[p.docs[i]] += p.scores[i]; hits[p.docs[i]]++; }
          continue;
        }
        const best = new Float32Array(n);
        for (const a of alts) {
          const p = await this.postings(a);
          for (let i = 0; i < p.docs.length; i++) if (p.scores[i] > best[p.docs[i]]) best[p.docs[i]] = p.scores[i];
        }
        for (let d = 0; d < n; d++) if (best[d] > 0) { acc[d] += best[d]; hits[d]++; }
      }
      for (const t of partTerms) {
        const e = await this.lookup(t);
        if (!e) continue;
        const p = await this.postings(e);
        for (let i = 0; i < p.docs.length; i++) acc[p.docs[i]] += p.scores[i];
      }
      if (unit.phrase && terms.length > 1) await this.requirePairs(unit.text, acc, hits, () => required++);
    }
    if (required > 0) await this.addPairs(parsed.units, acc);
    const matches = [];
    // Like the Lucene query: with nothing required (stop words, only exclusions or filters) every
    // document not excluded matches, in doc-id (date) order.
    const any = parsed.units.length > 0 || parsed.filters.length > 0;
    if (required > 0 || any) for (let d = 0; d < n; d++) if (hits[d] === required && !excluded[d]) matches.push(d);
    // dim:value in the query text is part of the query; the facet panel's choices filter after it.
    let unfiltered = matches;
    if (parsed.filters.length) {
      await this.facets();
      unfiltered = matches.filter((d) => parsed.filters.every((f) => this.hasValue(d, f.dim, f.value) !== f.neg));
    }
    const filtered = this.facetsLoaded && opts.filters ? unfiltered.filter((d) => this.passes(d, opts.filters, null)) : unfiltered;
    const ranked = sort === "date" ? Int32Array.from(filtered) : rank(filtered, acc); // doc ids follow the date index sort
    return { matches: ranked, unfiltered, scores: acc, terms: highlight, corrections };
  }

  /** Quoted phrase: each adjacent pair must be a known word pair of the document, when exported. */
  async requirePairs(text, acc, hits, countRequired) {
    for (const pair of analyzeShingles(text)) {
      const e = await this.lookup(pair, true);
      if (!e) continue; // pairs seen once are not exported: the words alone decide
      countRequired();
      const p = await this.postings(e);
      for (const d of p.docs) hits[d]++;
    }
  }

  /** Lucene's SHOULD clause on the shingles field: adjacent typed words score as pairs. */
  async addPairs(units, acc) {
    const texts = [];
    let run = [];
    for (const u of units) {
      if (u.neg) continue;
      if (u.phrase) { texts.push(u.text); if (run.length) texts.push(run.join(" ")); run = []; }
      else run.push(u.text);
    }
    if (run.length) texts.push(run.join(" "));
    for (const t of texts) {
      for (const pair of analyzeShingles(t)) {
        const e = await this.lookup(pair, true);
        if (!e) continue;
        const p = await this.postings(e);
        for (let i = 0; i < p.docs.length; i++) acc[p.docs[i]] += p.scores[i];
      }
    }
  }

  // ---- cards and snippets ----
  async card(doc) {
    const size = this.manifest.cards.size;
    const shard = await this.json("c/" + Math.floor(doc / size) + "." + this.manifest.cards.g + ".json");
    const [url, title, date, severity, rootCause, services, tags] = shard[doc % size];
    return { doc, url, title, date, severity, rootCause, services, tags };
  }

  text(doc) { return this.get("t/" + doc + "." + this.manifest.text.g + ".txt", "text"); }

  /** A window of about {@code chars} characters around the densest matches, as [{text, hit}] parts. */
  async snippet(doc, terms, chars = 180) {
    const text = await this.text(doc);
    return snippetOf(text, terms, chars);
  }

  // ---- facets ----
  async facets() {
    if (!this.facetsLoaded) {
      const f = this.manifest.facets;
      const cols = await Promise.all(f.dims.map((dim) => this.json("f/" + dim + "." + f.h[dim] + ".json")));
      this.columns = {};
      f.dims.forEach((dim, i) => { this.columns[dim] = decodeColumn(cols[i], this.n); });
      this.facetsLoaded = true;
    }
    return this.columns;
  }

  /** Whether {@code doc} passes the filters (values ORed within a dimension), ignoring {@code skipDim}. */
  passes(doc, filters, skipDim) {
    for (const f of filters) {
      if (f.dim === skipDim || f.values.length === 0) continue;
      const col = this.columns[f.dim];
      if (!col) continue;
      const vs = col.values(doc);
      if (!f.values.some((v) => vs.includes(col.ord.get(v)))) return false;
    }
    return true;
  }

  /** Whether {@code doc} has {@code value} (any case) in {@code dim}. */
  hasValue(doc, dim, value) {
    const col = this.columns[dim];
    if (!col) return false;
    const v = value.toLowerCase();
    return Array.from(col.values(doc)).some((o) => col.names[o - 1].toLowerCase() === v);
  }

  /** Counts per dimension over {@code docs}; a dimension's own filter is ignored for its counts. */
  counts(docs, filters = []) {
    const out = {};
    for (const dim of Object.keys(this.columns)) {
      const col = this.columns[dim], c = new Int32Array(col.names.length + 1);
      for (const d of docs) if (this.passes(d, filters, dim)) for (const o of col.values(d)) c[o]++;
      out[dim] = col.names.map((name, i) => ({ value: name, count: c[i + 1] })).filter((x) => x.count > 0)
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    }
    return out;
  }
}

/**
 * Doc ids by falling score, ties by doc id (as Lucene breaks them). Packs (score, doc) into one
 * number so the typed array's native numeric sort does the work: 3–10× faster than a comparator.
 */
function rank(docs, scores) {
  // Exact integers below 2^53: 31 bits of score (1e-5 steps, scores stay far below 21,000) × 2^21 docs.
  const DOCS = 2097152, keys = new Float64Array(docs.length);
  for (let i = 0; i < docs.length; i++) keys[i] = (2147483648 - Math.round(scores[docs[i]] * 1e5)) * DOCS + docs[i];
  keys.sort();
  const out = new Int32Array(docs.length);
  for (let i = 0; i < keys.length; i++) out[i] = keys[i] % DOCS;
  return out;
}

const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
const DIGIT_OF = new Map([...DIGITS].map((c, i) => [c, i]));

function decodeColumn(col, n) {
  const w = col.w, c = col.c, start = new Int32Array(n + 1), ords = [];
  let pos = 0;
  const num = () => {
    const first = DIGIT_OF.get(c[pos++]);
    if (first < 63) return first;
    let v = 0;
    for (let i = 0; i < w; i++) v = v * 64 + DIGIT_OF.get(c[pos++]);
    return v;
  };
  for (let d = 0; d < n; d++) {
    start[d] = ords.length;
    if (col.m) {
      const count = DIGIT_OF.get(col.n[d]);
      for (let i = 0, o = 0; i < count; i++) { o += num(); ords.push(o); }
    } else {
      const o = num();
      if (o > 0) ords.push(o);
    }
  }
  start[n] = ords.length;
  const flat = Int32Array.from(ords);
  return {
    names: col.v,
    ord: new Map(col.v.map((v, i) => [v, i + 1])),
    values: (d) => flat.subarray(start[d], start[d + 1]),
  };
}

/** Highlights every token whose analysed terms meet {@code terms} ("leaking" marks "leak"). */
export function snippetOf(text, terms, chars = 180) {
  const toks = tokens(text);
  const hit = toks.map((t) => analyze(t.text).some((x) => terms.has(x)));
  let bestStart = 0, bestCount = -1;
  for (let i = 0, j = 0, count = 0; i < toks.length; i++) {
    while (j < toks.length && toks[j].end - toks[i].start <= chars) { if (hit[j]) count++; j++; }
    if (hit[i] && count > bestCount) { bestCount = count; bestStart = i; }
    if (hit[i]) count--;
  }
  const from = toks.length ? Math.max(0, toks[bestStart].start - 30) : 0;
  let to = Math.min(text.length, from + chars);
  const parts = [];
  let pos = from;
  if (from > 0) parts.push({ text: "… ", hit: false });
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.end <= from || !hit[i]) continue;
    if (t.start >= to) break;
    if (t.start > pos) parts.push({ text: text.slice(pos, t.start), hit: false });
    parts.push({ text: text.slice(Math.max(pos, t.start), t.end), hit: true });
    pos = t.end;
  }
  to = Math.max(to, pos);
  if (to > pos) parts.push({ text: text.slice(pos, to), hit: false });
  if (to < text.length) parts.push({ text: " …", hit: false });
  return parts;
}
