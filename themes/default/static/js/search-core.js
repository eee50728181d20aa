// The browser search engine over the files io.github.pmkb.search.export.BrowserIndex writes:
// dictionary lookups, spelling, completions, result rows. Every step of a query asks for
// all it needs at once (search-transport.js gathers the requests), so a one-word query is three
// round trips: its dictionary block, its postings, the rows (card and text) of the results shown.
// Query evaluation and snippets (search-eval.js, search-snippet.js and the analyzer they share)
// load with the first query that has words: listing every incident needs neither.
// No DOM here, so Node runs it in tests.
import { Transport, inflateRaw } from "./search-transport.js";
import { blockOf, decodeBlock, decodeCard, decodePostings, find, fnv1a, layout, slotBody } from "./search-codec.js";

const UTF8 = new TextDecoder();
/** Completions kept for the last word typed (by df), as in SEARCH.md §5.1.7. */
const MAX_COMPLETIONS = 8;
const JOINER = /[-_.'\u2019]/;

export class SearchIndex {
  /** @param base URL of the search/ folder, ending in "/"; @param fetcher, early see Transport */
  constructor(base, fetcher, early) {
    this.t = new Transport(base, fetcher, early);
    this.cache = new Map();
  }

  /** @param manifest the manifest when the page has it inline; else it is fetched */
  async init(manifest) {
    if (this.m) return this;
    const m = manifest || (await (await this.t.fetcher(this.t.base + "manifest.json")).json());
    if (m.v !== 4) throw new Error("unsupported search index version " + m.v);
    this.m = m;
    this.n = m.n;
    if (this.n === 0) return this;
    this.roots = layout(m.terms.l, m.terms.p);
    // Filters typed in the query: the index's facet dimensions, and year:.
    this.dims = [...m.facets.dims.map((d) => d.id), "year"];
    return this;
  }

  /** The filter data (search-facets.js, loaded with the first filter or when the panel opens). */
  facets() {
    return this.once("facets", async () => {
      const { Facets } = await import("./search-facets.js");
      const f = this.m.facets;
      return new Facets(f, this.n, (at) => this.t.inflated(f.f[at[0]], at[1], at[2]));
    });
  }

  /** Query evaluation (search-eval.js), loaded once; the page may ask early, as typing starts. */
  engine() {
    return this.once("engine", () => import("./search-eval.js"));
  }

  /** Loads what a query with words needs, ahead of it (as typing starts). */
  warm() {
    return Promise.all([this.engine(), import("./search-snippet.js")]);
  }

  once(key, make) {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key);
  }

  // ---- the word dictionary: sorted blocks behind the manifest's root ----
  /** The entries of the block holding {@code term} (or, with {@code next}, of the block after it). */
  async block(term, next = 0) {
    const t = this.m.terms;
    if (!t.r) {
      const i = blockOf(t.k, term) + next;
      if (i >= this.roots.length) return [];
      return this.leaf(t.f, this.roots[i]);
    }
    const s = blockOf(t.k, term), at = this.roots[s];
    const sub = await this.once("r" + s, async () => {
      const r = JSON.parse(UTF8.decode(await this.t.inflated(t.r[at[0]], at[1], at[2])));
      return { k: r.k, at: layout(r.l, [], r.a) };
    });
    const i = blockOf(sub.k, term) + next;
    return i < sub.at.length ? this.leaf(t.f, sub.at[i]) : [];
  }

  leaf(files, at) {
    const t = this.m.terms;
    return this.once("b" + at.join(","), async () => {
      const entries = decodeBlock(await this.t.inflated(files[at[0]], at[1], at[2]), t.i);
      for (const e of entries) e.pf = t.pf;
      return entries;
    });
  }

  /** The entry of a word in one document (hashed slots), or null. */
  slot(dict, term) {
    const b = fnv1a(term) % dict.k, part = Math.floor(b / dict.per);
    return this.once("s" + dict.f[part] + "/" + b, async () => {
      const bytes = await this.t.range(dict.f[part], (b % dict.per) * dict.s, dict.s);
      const entries = decodeBlock(await inflateRaw(slotBody(bytes)), dict.i);
      for (const e of entries) e.pf = dict.pf;
      return entries;
    }).then((entries) => find(entries, term));
  }

  /** A word's entry: common words from the sorted blocks, words of one document from their slots. */
  word(term) {
    return this.once("w" + term, async () => find(await this.block(term), term) || (await this.slot(this.m.rare, term)));
  }

  pair(term) {
    return this.m.pairs ? this.once("p" + term, () => this.slot(this.m.pairs, term)) : Promise.resolve(null);
  }

  /** Doc ids (ascending) and scores of an entry. */
  post(e) {
    if (e.inline) return Promise.resolve(e.inline);
    if (!e.posting) {
      const [part, offset, length, deflated] = e.at;
      e.posting = this.t.range(e.pf[part], offset, length).then(async (b) => {
        e.inline = decodePostings(deflated ? await inflateRaw(b) : b, e, this.n);
        return e.inline;
      });
    }
    return e.posting;
  }

  /** Up to MAX_COMPLETIONS common words starting with {@code prefix}, most frequent first. */
  async complete(prefix) {
    if (prefix.length < 2) return [];
    const [here, next] = await Promise.all([this.block(prefix), this.block(prefix, 1)]);
    // Whole identifiers (memorypressure-geo-publish) only complete a word that has a joiner too.
    const joined = JOINER.test(prefix);
    const found = [...here, ...next].filter((e) => e.term.startsWith(prefix) && (joined || !JOINER.test(e.term)));
    found.sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1));
    return found.slice(0, MAX_COMPLETIONS);
  }

  /**
   * For a word the index lacks: the longest common word that starts it ("certificat" gives
   * "certif", the stem of "certificate"), from the block already fetched; else a spelling
   * correction. Null when neither exists.
   */
  async fallback(term, typed) {
    const stem = (await this.block(term)).filter((e) => term.startsWith(e.term) && e.term.length >= Math.max(4, term.length - 4)
      && !JOINER.test(e.term)).sort((a, b) => b.term.length - a.term.length)[0];
    if (stem) return stem;
    const fixed = await this.correct(term, typed);
    return fixed ? this.word(fixed) : null;
  }

  /**
   * The closest known word (edit distance ≤ 1 below 8 chars, ≤ 2 from 8), or null. The typed
   * word's length sets the allowance: stemming shortens "certficate" to "certfic".
   */
  async correct(term, typed = term) {
    const sp = this.m.spell;
    if (!sp || term.length < 4) return null;
    const roots = await this.once("spell", async () => JSON.parse(UTF8.decode(await this.t.inflated(sp.f[sp.r[0]], sp.r[1], sp.r[2]))));
    const r = roots[term.codePointAt(0).toString(16)];
    if (!r) return null;
    const [minLen, part, start] = r, lens = r.slice(3);
    const max = Math.max(term.length, typed.length) >= 8 ? 2 : 1;
    const lo = Math.max(minLen, term.length - max), hi = Math.min(minLen + lens.length - 1, term.length + max);
    if (lo > hi) return null;
    let from = start;
    for (let len = minLen; len < lo; len++) from += lens[len - minLen];
    let total = 0;
    for (let len = lo; len <= hi; len++) total += lens[len - minLen];
    if (total === 0) return null;
    const [bytes, { editDistance }] = await Promise.all([this.t.range(sp.f[part], from, total), this.engine()]);
    let best = null;
    for (let len = lo, at = 0; len <= hi; len++) {
      const size = lens[len - minLen];
      if (size === 0) continue;
      const bucket = JSON.parse(UTF8.decode(await inflateRaw(bytes.subarray(at, at + size))));
      at += size;
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
   * Runs {@code query}. Options: prefix ("typing": complete the last word; "missing": only when
   * the index lacks it; false: never), correct (typo tolerance), filters ([{dim, values} | {dim:
   * "date", from, to} | {dim: "duration", min, max}]), sort ("relevance" | "date"). An empty query
   * matches every incident. Returns {matches: ranked doc ids, unfiltered, terms: Set for
   * highlighting, corrections: [{from, to}]}.
   */
  async search(query, opts = {}) {
    await this.init();
    const { prefix = false, correct = true, sort = "relevance", filters = [] } = opts;
    if (this.n === 0) return { matches: new Int32Array(0), unfiltered: new Int32Array(0), terms: new Set(), corrections: [] };
    if (!query.trim()) return this.narrow(this.everything(), [], filters, sort, { highlight: new Set(), required: 0 }, []);
    const { Synonyms, combine, needs, parseQuery, plan } = await this.engine();
    this.synonyms ||= new Synonyms(this.m.syn || []);
    const parsed = parseQuery(query, this.dims);
    const last = prefix && !/\s$/.test(query) ? parsed.units.length - 1 : -1;
    const p = plan(parsed, this.synonyms, last);
    const need = needs(p);
    // Step 1: every word's block and every pair's slot, at once. The words' postings need only
    // their blocks (which the page may have asked for early): they do not wait for the pairs'
    // slots, whose postings follow in the same step when a slot does not hold them inline.
    const words = new Map(), pairs = new Map();
    const pairsRead = Promise.all(need.pairs.map(async (t) => {
      const e = await this.pair(t);
      pairs.set(t, e);
      if (e) await this.post(e);
    }));
    await Promise.all(need.words.map(async (t) => words.set(t, await this.word(t))));
    const chosen = new Map();
    let corrections = [];
    const resolve = async (retry) => {
      corrections = [];
      const jobs = [];
      for (const u of p.units) for (const a of u.alts) for (const t of a.terms) {
        jobs.push((async () => {
          const e = words.get(t);
          let alts = e && !(retry && e.df <= 2 && a.correct) ? [e] : [];
          if (a.complete && (prefix === "typing" || !e)) {
            for (const q of new Set([t, a.text.toLowerCase()])) {
              for (const c of await this.complete(q)) if (!alts.some((x) => x.term === c.term)) alts.push(c);
            }
            alts = alts.slice(0, MAX_COMPLETIONS + 1);
          }
          if (alts.length === 0 && correct && a.correct) {
            const fixed = await this.fallback(t, a.text);
            if (fixed && (!e || fixed.df > e.df)) {
              alts.push(fixed);
              corrections.push({ from: a.text, to: fixed.term });
            } else if (e) alts.push(e);
          }
          chosen.set(a.text + "\u0000" + t, alts);
        })());
      }
      await Promise.all(jobs);
      // Step 2: the postings of everything the query reads, at once.
      const all = [...words.values(), ...[...chosen.values()].flat()].filter((e) => e);
      await Promise.all([...all.map((e) => this.post(e)), pairsRead]);
      return combine(p, this.n, {
        get: (t) => words.get(t),
        pair: (t) => pairs.get(t),
        alts: (a, t) => chosen.get(a.text + "\u0000" + t) || [],
        post: (e) => e.inline,
      });
    };
    let r = await resolve(false);
    // Several words and no match: a rare word is more likely a typo of a common one.
    if (r.matches.length === 0 && correct && r.required > 1 && [...words.values()].some((e) => e && e.df <= 2)) {
      const first = corrections, again = await resolve(true);
      if (again.matches.length > 0) r = again;
      else corrections = first;
    }
    // Nothing required: only exclusions or filters match every document not excluded (in doc-id
    // order: newest first); only stop words match nothing.
    const hasText = parsed.units.some((u) => !u.neg);
    const matches = r.required === 0 && !hasText ? this.everything(r.excluded) : r.matches;
    // dim:value in the query text is part of the query; the filter panel's choices filter after it.
    const typed = parsed.filters.map((f) => (f.dim === "year" ? { dim: "date", from: f.value, to: f.value, neg: f.neg }
      : { dim: f.dim, values: [f.value], neg: f.neg }));
    return this.narrow(matches, typed, filters, sort, r, corrections);
  }

  /** Every document not {@code excluded}, in doc-id order (newest first). */
  everything(excluded) {
    const n = this.n - (excluded ? excluded.reduce((a, b) => a + b, 0) : 0), out = new Int32Array(n);
    for (let d = 0, k = 0; d < this.n; d++) if (!excluded || !excluded[d]) out[k++] = d;
    return out;
  }

  /** The matches filtered (typed filters, then the panel's) and ordered: the result of search(). */
  async narrow(matches, typed, filters, sort, r, corrections) {
    const panel = filters.filter((f) => (f.values ? f.values.length > 0 : true));
    const facets = typed.length || panel.length ? await this.facets() : null;
    let unfiltered = matches;
    if (typed.length) {
      await facets.need(typed);
      unfiltered = facets.filter(matches, typed);
    }
    if (panel.length) await facets.need(panel);
    const filtered = panel.length ? facets.filter(unfiltered, panel) : unfiltered;
    const ranked = sort === "date" || r.required === 0 ? Int32Array.from(filtered) : (await this.engine()).rank(filtered, r.scores);
    return { matches: ranked, unfiltered, terms: r.highlight, corrections };
  }

  // ---- result rows: a card and a snippet text in one fixed slot, found from the doc id alone ----
  row(doc) {
    const x = this.m.rows, part = Math.floor(doc / x.per);
    return this.once("row" + doc, () => this.t.range(x.f[part], (doc % x.per) * x.s, x.s));
  }

  async card(doc) {
    const x = this.m.rows, bytes = await this.row(doc);
    return { doc, ...decodeCard(bytes.subarray(0, x.c), x.u) };
  }

  text(doc) {
    return this.once("t" + doc, async () => UTF8.decode(await inflateRaw(slotBody((await this.row(doc)).subarray(this.m.rows.c)))));
  }

  /** Parts [{text, hit}] of a window of the text around the terms; with none, its start. */
  async snippet(doc, terms, chars = 180) {
    if (terms.size === 0) return lead(await this.text(doc), chars);
    const [text, { snippetOf }] = await Promise.all([this.text(doc), import("./search-snippet.js")]);
    return snippetOf(text, terms, chars);
  }
}

/** The first words of {@code text} that fit in {@code chars}, cut at a space. */
export function lead(text, chars) {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= chars) return t ? [{ text: t, hit: false }] : [];
  const cut = t.lastIndexOf(" ", chars);
  return [{ text: t.slice(0, cut > 0 ? cut : chars) + " \u2026", hit: false }];
}
