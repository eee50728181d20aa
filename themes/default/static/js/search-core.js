// The browser search engine over the files io.github.pmkb.search.export.BrowserIndex writes:
// dictionary lookups and postings (search-lookup.js, which comes with the first query with words),
// result rows. Every step of a query asks for all it needs at once
// (search-transport.js gathers the requests), so a one-word query is three round trips: its
// dictionary block, its postings, the rows (card and text) of the results shown. A query with
// words runs in search-query.js, with evaluation and snippets (search-eval.js, search-snippet.js
// and the analyzer they share): all load with the first such query, as listing every incident
// needs none of them. No DOM here, so Node runs it in tests.
import { Transport, inflateRaw } from "./search-transport.js";
import { decodeCard, layout, slotBody } from "./search-codec.js";

const UTF8 = new TextDecoder();

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
    if (m.v !== 8) throw new Error("unsupported search index version " + m.v);
    // A theme may override search.peb: its stemmer must give the terms this index holds.
    const sv = globalThis.pmkbStem?.v;
    if (sv !== m.v) throw new Error("the search page's stemmer is for index version " + sv + ", not " + m.v + ": update search.peb");
    this.m = m;
    this.n = m.n;
    if (this.n === 0) return this;
    this.roots = layout(m.terms.l, m.terms.p);
    // Which record of m.sy holds each word and pair the synonym groups expand to, as the export
    // assigned them (the page's early script reads the same maps).
    this.cover = m.sy ? { words: new Map(Object.entries(m.sy.w)), pairs: new Map(Object.entries(m.sy.p)) } : null;
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
    return Promise.all([this.engine(), this.once("query", () => import("./search-query.js")), import("./search-snippet.js")]);
  }

  once(key, make) {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key);
  }

  // ---- search ----
  /**
   * Runs {@code query}. Options: prefix ("typing": complete the last word; "missing": only when
   * the index lacks it; false: never), correct (typo tolerance), filters ([{dim, values} | {dim:
   * "date", from, to} | {dim: "duration", min, max}]), sort ("relevance" | "date"). An empty query
   * matches every incident. Returns {matches: ranked doc ids, unfiltered, terms: Set for
   * highlighting, corrections: [{from, to}]}. Queries with words run in search-query.js, loaded
   * with the first: listing every incident does not need it.
   */
  async search(query, opts = {}) {
    await this.init();
    const { sort = "relevance", filters = [] } = opts;
    if (this.n === 0) return { matches: new Int32Array(0), unfiltered: new Int32Array(0), terms: new Set(), corrections: [] };
    if (!query.trim()) return this.narrow(this.everything(), [], filters, sort, { highlight: new Set(), required: 0 }, []);
    const { run } = await this.once("query", () => import("./search-query.js"));
    return run(this, query, opts);
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
    return this.once("t" + doc, async () => blocks(UTF8.decode(await inflateRaw(slotBody((await this.row(doc)).subarray(this.m.rows.c))))));
  }

  /** Parts [{text, hit}] of a window of the text around the terms; with none, its start. */
  async snippet(doc, terms, chars = 180) {
    if (terms.size === 0) return lead(await this.text(doc), chars);
    const [text, { snippetOf }] = await Promise.all([this.text(doc), import("./search-snippet.js")]);
    return snippetOf(text, terms, chars);
  }
}

/**
 * A row's text, whose blocks (headings, paragraphs, list items, cells) stand one a line, as one
 * line that reads as text: a block not ending in punctuation is set off from the next by a dot
 * ("Summary · A planned upgrade…", not "Summary A planned upgrade…").
 */
export function blocks(text) {
  return text.trim().replace(/([.!?:;,])?[^\S\n]*\n\s*/g, (_, stop) => (stop ? stop + " " : " \u00b7 "));
}

/** The first words of {@code text} that fit in {@code chars}, cut at a space. */
export function lead(text, chars) {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= chars) return t ? [{ text: t, hit: false }] : [];
  const cut = t.lastIndexOf(" ", chars);
  return [{ text: t.slice(0, cut > 0 ? cut : chars) + " \u2026", hit: false }];
}
