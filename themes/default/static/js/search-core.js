// The browser search engine: reads the files io.github.pmkb.search.export.BrowserIndex writes and
// ranks like Lucene (sum of precomputed BM25 impacts). No DOM here, so Node runs it in tests.
import { analyze, analyzeShingles, tokens } from "./search-analyzer.js";

const DECODER = new TextDecoder();

/** zlib data (a pack record) inflated, with the browser's own DecompressionStream. */
async function inflate(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

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

/**
 * Query-time synonym groups (the manifest's "syn"), grouped into query units exactly as
 * io.github.pmkb.search.QueryFactory#units does: a phrase or exclusion equal to a group phrase, or
 * the longest run of plain words spelling one, becomes a unit whose alternatives are the group.
 * Words compare by their first analysed term (lower-cased, stemmed; stop words as written).
 */
export class Synonyms {
  constructor(groups) {
    this.groups = groups.map((g) => g.map((phrase) => ({ phrase, keys: Synonyms.key(phrase).split(" ") })));
  }

  static key(words) {
    return words.toLowerCase().split(/\s+/).filter((w) => w).map((w) => analyze(w)[0] || w).join(" ");
  }

  /** Units [{alts: [text…], phrase, neg, last}] of parsed units; {@code last}: the last one covered. */
  units(parsed) {
    const out = [];
    let i = 0;
    while (i < parsed.length) {
      const c = parsed[i];
      if (c.phrase || c.neg) {
        const key = Synonyms.key(c.text);
        const g = this.groups.find((grp) => grp.some((p) => p.keys.join(" ") === key));
        out.push({ alts: g ? g.map((p) => p.phrase) : [c.text], phrase: c.phrase, neg: c.neg, last: i });
        i++;
        continue;
      }
      let end = i;
      while (end < parsed.length && !parsed[end].phrase && !parsed[end].neg) end++;
      const keys = parsed.slice(i, end).map((x) => Synonyms.key(x.text));
      let k = 0;
      while (k < keys.length) {
        let best = null;
        for (const grp of this.groups) {
          for (const p of grp) {
            if (k + p.keys.length > keys.length || (best && p.keys.length <= best.length)) continue;
            if (p.keys.every((w, j) => w === keys[k + j])) best = { length: p.keys.length, grp };
          }
        }
        if (best) {
          out.push({ alts: best.grp.map((p) => p.phrase), phrase: best.length > 1, neg: false, last: i + k + best.length - 1 });
          k += best.length;
        } else {
          out.push({ alts: [parsed[i + k].text], phrase: false, neg: false, last: i + k });
          k++;
        }
      }
      i = end;
    }
    return out;
  }
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
  /** @param base URL of the search/ folder, ending in "/"; @param fetcher fetch-like (url, init) => Response; init carries the Range header */
  constructor(base, fetcher = (u, init) => fetch(u, init)) {
    this.base = base;
    this.fetcher = fetcher;
    this.cache = new Map();
    this.wholeFiles = new Map();
    this.probes = new Map();
  }

  async init() {
    if (!this.manifest) {
      this.manifest = await this.get("manifest.json", "json");
      if (this.manifest.v !== 2) throw new Error("unsupported search index version " + this.manifest.v);
      this.n = this.manifest.n;
      this.synonyms = new Synonyms(this.manifest.syn || []);
    }
    return this;
  }

  /** A whole file: "json", "text" or "bin" (Uint8Array). */
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

  /**
   * Bytes [start, start + length) of a pack, by an HTTP range request. A server that ignores ranges
   * (200 with the whole file) is asked once: the file is kept and sliced from then on.
   */
  async range(file, start, length) {
    const whole = this.wholeFiles.get(file);
    if (whole) return (await whole).subarray(start, start + length);
    const probe = this.probes.get(file);
    if (probe) {
      await probe;
      const w = this.wholeFiles.get(file);
      if (w) return (await w).subarray(start, start + length);
    }
    const req = this.fetcher(this.base + file, { headers: { Range: "bytes=" + start + "-" + (start + length - 1) } }).then(async (r) => {
      if (!r.ok) throw new Error("cannot load " + file + ": " + r.status);
      const bytes = new Uint8Array(await r.arrayBuffer());
      if (r.status === 206) return bytes;
      this.wholeFiles.set(file, Promise.resolve(bytes));
      return bytes.subarray(start, start + length);
    });
    if (!probe) this.probes.set(file, req.catch(() => null));
    return req;
  }

  /** A pack record, decoded: kind "json", "text" or "bin"; {@code deflated} says it is zlib data. */
  record(file, start, length, kind, deflated = true) {
    const key = file + "@" + start;
    if (!this.cache.has(key)) {
      this.cache.set(key, this.range(file, start, length).then(async (bytes) => {
        const raw = deflated ? await inflate(bytes) : bytes;
        return kind === "bin" ? raw : kind === "text" ? DECODER.decode(raw) : JSON.parse(DECODER.decode(raw));
      }));
    }
    return this.cache.get(key);
  }

  /** Record {@code i} of a pack that starts with an offset table: [start, end) from 8 bytes of it. */
  async tableRecord(file, i, kind) {
    const key = file + "#" + i;
    if (!this.cache.has(key)) {
      this.cache.set(key, this.range(file, 4 * i, 8).then((b) => {
        const v = new DataView(b.buffer, b.byteOffset, 8), start = v.getUint32(0, true);
        return this.record(file, start, v.getUint32(4, true) - start, kind);
      }));
    }
    return this.cache.get(key);
  }

  // ---- dictionary: a top root (in the manifest) → sub-roots → blocks, all records of one pack ----
  dict(pairs) {
    return pairs ? this.manifest.pairs : this.manifest.terms;
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
    if (!dict || !dict.k || dict.k.length === 0) return null;
    const top = SearchIndex.indexOf(dict, term);
    const sub = await this.record(dict.f, dict.o[2 * top], dict.o[2 * top + 1], "json");
    return { sub, i: SearchIndex.indexOf(sub, term) };
  }

  async block(dict, sub, i) {
    const key = dict.f + "/" + sub.o[2 * i];
    if (!this.cache.has(key)) {
      this.cache.set(key, this.record(dict.f, sub.o[2 * i], sub.o[2 * i + 1], "json").then((entries) => {
        const out = [];
        let prev = "";
        for (const [p, suffix, df, min, range, post] of entries) {
          prev = prev.slice(0, p) + suffix;
          out.push({ term: prev, df, min, range, post, dict });
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
    if (e.df <= e.dict.i) {
      let d = 0;
      for (let i = 0; i < e.df; i++) {
        d += e.post[2 * i];
        docs[i] = d;
        scores[i] = e.min + e.post[2 * i + 1] * scale;
      }
    } else {
      const bytes = await this.record(e.dict.f, e.post[0], e.post[1], "bin", e.post[2] === 1);
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
    const lo = Math.max(range[0], term.length - max), hi = Math.min(range[1], term.length + max);
    const buckets = [];
    for (let len = lo; len <= hi; len++) buckets.push(this.tableRecord(sp.f, range[2] + len - range[0], "json"));
    for (const bucket of await Promise.all(buckets)) {
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
    const ctx = { highlight, corrections, correct };
    const units = this.synonyms.units(parsed.units);
    for (let u = 0; u < units.length; u++) {
      const unit = units[u];
      const complete = lastPlain >= 0 && unit.last === lastPlain && unit.alts.length === 1;
      if (unit.alts.length === 1) {
        required += await this.unit({ text: unit.alts[0], phrase: unit.phrase, neg: unit.neg }, complete, acc, hits, excluded, ctx);
        continue;
      }
      // Synonyms, as Lucene's SHOULD over the alternatives: a document matches the unit when it
      // matches one of them, and scores the sum of those it matches. Excluded: any of them.
      const quiet = { highlight, corrections: [], correct: false };
      if (unit.neg) {
        for (const alt of unit.alts) await this.unit({ text: alt, phrase: false, neg: true }, false, acc, hits, excluded, quiet);
        continue;
      }
      const sum = new Float64Array(n), any = new Uint8Array(n);
      let some = false;
      for (const alt of unit.alts) {
        const a2 = new Float64Array(n), h2 = new Uint16Array(n);
        const r = await this.unit({ text: alt, phrase: /\s/.test(alt.trim()), neg: false }, false, a2, h2, excluded, quiet);
        if (r === 0) continue;
        some = true;
        for (let d = 0; d < n; d++) if (h2[d] === r) { any[d] = 1; sum[d] += a2[d]; }
      }
      if (!some) continue;
      required++;
      for (let d = 0; d < n; d++) if (any[d]) { hits[d]++; acc[d] += sum[d]; }
    }
    if (required > 0) await this.addPairs(parsed.units, acc);
    let matches = [];
    // Like the Lucene query: with nothing required, only exclusions or filters match every document
    // not excluded, in doc-id (date) order; only stop words match nothing.
    const hasText = parsed.units.some((u) => !u.neg);
    const any = !hasText && (parsed.units.length > 0 || parsed.filters.length > 0);
    if (required > 0 || any) {
      let count = 0;
      for (let d = 0; d < n; d++) if (hits[d] === required && !excluded[d]) count++;
      matches = new Int32Array(count);
      for (let d = 0, k = 0; d < n; d++) if (hits[d] === required && !excluded[d]) matches[k++] = d;
    }
    // dim:value in the query text is part of the query; the facet panel's choices filter after it.
    let unfiltered = matches;
    if (parsed.filters.length) {
      await this.facets();
      for (const f of parsed.filters) await this.fullColumn(f.dim);
      unfiltered = matches.filter((d) => parsed.filters.every((f) => this.hasValue(d, f.dim, f.value) !== f.neg));
    }
    const panel = opts.filters && opts.filters.some((f) => f.values.length);
    if (panel) await this.columnsFor(opts.filters);
    const masks = panel ? this.masks(opts.filters, null) : null;
    const filtered = panel ? unfiltered.filter((d) => passesMasks(d, masks)) : unfiltered;
    const ranked = sort === "date" ? Int32Array.from(filtered) : rank(filtered, acc); // doc ids follow the date index sort
    return { matches: ranked, unfiltered, scores: acc, terms: highlight, corrections };
  }

  /**
   * One word or phrase of the query into the accumulators: its score into {@code acc}, a count per
   * required term into {@code hits} (returned: how many a match needs), or, negated, the documents
   * having all its terms into {@code excluded}. {@code complete}: prefix-complete it (last word typed).
   */
  async unit(unit, complete, acc, hits, excluded, ctx) {
    const n = this.n;
    let required = 0;
    let terms = analyze(unit.text);
    if (terms.length === 0) return 0; // stop words only, as in Lucene
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
          for (let i = 0; i < p.docs.length; i++) hits[p.docs[i]]++;
        }
        for (const t of [...terms, ...partTerms]) {
          const e = await this.lookup(t);
          if (!e) continue;
          if (t === terms[0]) ctx.highlight.add(t); // parts such as "3" would mark every number
          const p = await this.postings(e);
          for (let i = 0; i < p.docs.length; i++) acc[p.docs[i]] += p.scores[i];
        }
        return required;
      }
    }
    const alternatives = [];
    for (const t of terms) {
      let alts = [];
      const e = await this.lookup(t);
      if (e) alts.push(e);
      if (complete && !unit.phrase && !unit.neg && terms.length === 1) {
        const lowered = unit.text.toLowerCase();
        for (const p of new Set([t, lowered])) for (const c of await this.complete(p)) if (!alts.some((a) => a.term === c.term)) alts.push(c);
        alts = alts.slice(0, MAX_COMPLETIONS + 1);
      }
      if (alts.length === 0 && ctx.correct && !unit.neg) {
        const fixed = await this.correct(t, unit.text);
        const e2 = fixed && (await this.lookup(fixed));
        if (e2) { alts.push(e2); ctx.corrections.push({ from: unit.text, to: fixed }); }
      }
      alternatives.push(alts);
    }
    if (unit.neg) {
      // Excluded: documents that have every term of the unit.
      const seen = new Uint16Array(n);
      for (const alts of alternatives) for (const a of alts) {
        const p = await this.postings(a);
        for (let i = 0; i < p.docs.length; i++) seen[p.docs[i]]++;
      }
      for (let d = 0; d < n; d++) if (seen[d] >= alternatives.length && alternatives.every((a) => a.length)) excluded[d] = 1;
      return 0;
    }
    for (const alts of alternatives) {
      required++;
      alts.forEach((a) => ctx.highlight.add(a.term));
      // Several alternatives (completions): a document scores its best one.
      if (alts.length === 1) {
        const p = await this.postings(alts[0]);
        for (let i = 0; i < p.docs.length; i++) { acc[p.docs[i]] += p.scores[i]; hits[p.docs[i]]++; }
        continue;
      }
      // Postings first, then one synchronous pass: the scratch array is never shared across an await.
      const lists = await Promise.all(alts.map((a) => this.postings(a)));
      const best = this.scratch || (this.scratch = new Float32Array(n));
      best.fill(0);
      for (const p of lists) {
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
    return required;
  }

  /** Quoted phrase: each adjacent pair must be a known word pair of the document, when exported. */
  async requirePairs(text, acc, hits, countRequired) {
    for (const pair of analyzeShingles(text)) {
      const e = await this.lookup(pair, true);
      if (!e) continue; // pairs seen once are not exported: the words alone decide
      countRequired();
      const p = await this.postings(e);
      for (let i = 0; i < p.docs.length; i++) hits[p.docs[i]]++;
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
    const [url, title, date, severity, rootCause, services, tags] = await this.doc(doc);
    return { doc, url, title, date, severity, rootCause, services, tags };
  }

  /** A document's record: its card's fields, then its text (one range request after 8 table bytes). */
  doc(doc) { return this.tableRecord(this.manifest.docs, doc, "json"); }

  async text(doc) { return (await this.doc(doc))[7]; }

  /** A window of about {@code chars} characters around the densest matches, as [{text, hit}] parts. */
  async snippet(doc, terms, chars = 180) {
    const text = await this.text(doc);
    return snippetOf(text, terms, chars);
  }

  // ---- facets ----
  /**
   * The columns the facet panel counts: per dimension its most frequent values (the full column
   * when it has few), loaded when the panel opens. {@link #fullColumn} loads all of a dimension.
   */
  async facets() {
    if (!this.facetsLoaded) {
      const f = this.manifest.facets;
      this.columns = this.columns || {};
      await Promise.all(f.dims.map(async (dim) => {
        const at = f.top[dim] || f.full[dim];
        const col = decodeColumn(await this.record(f.f, at[0], at[1], "bin"), this.n);
        col.complete = !f.top[dim];
        col.total = f.n[dim];
        if (!this.columns[dim]) this.columns[dim] = col;
      }));
      this.facetsLoaded = true;
    }
    return this.columns;
  }

  /** Every value of {@code dim} (for its "all values" button, or a filter on a less frequent value). */
  async fullColumn(dim) {
    const f = this.manifest.facets;
    if (!f.full[dim]) return null;
    this.columns = this.columns || {};
    if (!this.columns[dim] || !this.columns[dim].complete) {
      const col = decodeColumn(await this.record(f.f, f.full[dim][0], f.full[dim][1], "bin"), this.n);
      col.complete = true;
      col.total = f.n[dim];
      this.columns[dim] = col;
    }
    return this.columns[dim];
  }

  /** Loads what {@code filters} ([{dim, values}]) need: the full column when a value is not in the top ones. */
  async columnsFor(filters) {
    await this.facets();
    for (const f of filters) {
      const col = this.columns[f.dim];
      if (col && !col.complete && f.values.some((v) => !col.ord.has(v))) await this.fullColumn(f.dim);
    }
  }

  /** Per filter (but {@code skipDim}'s) with a loaded column: that column and a mask of its chosen ordinals. */
  masks(filters, skipDim) {
    const out = [];
    for (const f of filters) {
      const col = this.columns[f.dim];
      if (f.dim === skipDim || f.values.length === 0 || !col) continue;
      const mask = new Uint8Array(col.names.length + 1);
      for (const v of f.values) { const o = col.ord.get(v); if (o) mask[o] = 1; }
      out.push({ col, mask });
    }
    return out;
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
      const col = this.columns[dim], c = new Int32Array(col.names.length + 1), { start, flat } = col;
      // Straight over the column's arrays: this runs on every keystroke while the panel is open.
      const others = this.masks(filters, dim);
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i];
        if (others.length > 0 && !passesMasks(d, others)) continue;
        for (let k = start[d]; k < start[d + 1]; k++) c[flat[k]]++;
      }
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

/** Whether {@code doc} has one of the chosen values of every mask (values ORed within a dimension). */
function passesMasks(doc, masks) {
  for (const { col, mask } of masks) {
    let ok = false;
    for (let k = col.start[doc], end = col.start[doc + 1]; k < end && !ok; k++) ok = mask[col.flat[k]] === 1;
    if (!ok) return false;
  }
  return true;
}

/**
 * A facet column record (DocFiles.column): uint32 header length, header {"v":[values],"m":multi},
 * then LEB128 varints per document: the ordinal (0 = none), or ordinal deltas ending with 0.
 */
function decodeColumn(bytes, n) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hl = view.getUint32(0, true);
  const header = JSON.parse(DECODER.decode(bytes.subarray(4, 4 + hl)));
  const start = new Int32Array(n + 1), flat = new Int32Array(bytes.length);
  let pos = 4 + hl, k = 0;
  const num = () => {
    let v = 0, shift = 0, c;
    do { c = bytes[pos++]; v |= (c & 0x7f) << shift; shift += 7; } while (c & 0x80);
    return v;
  };
  for (let d = 0; d < n; d++) {
    start[d] = k;
    if (header.m) {
      for (let o = 0, x = num(); x !== 0; x = num()) { o += x; flat[k++] = o; }
    } else {
      const o = num();
      if (o > 0) flat[k++] = o;
    }
  }
  start[n] = k;
  return {
    names: header.v,
    ord: new Map(header.v.map((v, i) => [v, i + 1])),
    start,
    flat,
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
