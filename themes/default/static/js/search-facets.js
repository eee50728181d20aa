// The filter panel's data (io.github.pmkb.search.export.FacetColumns): one column per facet
// dimension the index has, a duration column, the years as doc-id ranges (doc ids follow the
// date), and the counts over every document. Loaded when the panel opens or a filter needs it:
// the empty query with no filter needs only those counts; a "lazy" dimension (many values, a
// large column) only once its box opens. Values of one dimension are ORed, dimensions ANDed; a
// dimension's counts leave out its own choices, so ticking a value never changes the numbers
// beside the values it could be ORed with.
import { Reader } from "./search-codec.js";

const UTF8 = new TextDecoder();

export const DATE = "date";
export const DURATION = "duration";

export class Facets {
  /**
   * @param m the manifest's "facets"
   * @param n documents
   * @param read async ([part, offset, length]) => inflated bytes of the facet pack
   */
  constructor(m, n, read) {
    this.m = m;
    this.n = n;
    this.read = read;
    this.columns = {};
    this.loading = {};
    this.year = new Int32Array(n).fill(-1);
    this.years = (m.years || []).map((y) => y[0]).filter((y, i, all) => all.indexOf(y) === i);
    for (const [y, from, to] of m.years || []) this.year.fill(this.years.indexOf(y), from, to);
  }

  /** The dimensions with values, in the export's order. */
  get dims() {
    return this.m.dims;
  }

  dim(id) {
    return this.m.dims.find((d) => d.id === id);
  }

  /**
   * Loads what the panel shows for {@code docs} under {@code filters}: over every document with no
   * filter, the export's counts; else each dimension's most frequent values (all, when few), a lazy
   * dimension's only when {@code opened} holds it. Not the durations: the panel offers their range
   * without counts, so their column loads with a duration filter (need).
   */
  async open(docs, filters = [], opened = new Set()) {
    if (this.isEverything(docs, filters) && this.m.all) {
      await this.everything();
      return this;
    }
    await Promise.all(this.m.dims.filter((d) => !d.lazy || opened.has(d.id)).map((d) => this.column(d)));
    return this;
  }

  /** Whether counts over {@code docs} under {@code filters} are the export's: every document, no filter. */
  isEverything(docs, filters) {
    return !!docs && docs.length === this.n && filters.length === 0;
  }

  /** The export's counts over every document: {dims: {dim: [[value, count]…]}, duration: [count per bucket]}. */
  everything() {
    return this.once("all", () => this.read(this.m.all).then((b) => (this.all = JSON.parse(UTF8.decode(b)))));
  }

  /** Dimension {@code d}'s column: its most frequent values, or all when it has few. */
  column(d) {
    if (this.columns[d.id]) return Promise.resolve(this.columns[d.id]);
    return this.once("col:" + d.id, () => this.read(d.top || d.col).then((b) => {
      const col = decodeColumn(b, this.n);
      col.complete = !d.top;
      if (!this.columns[d.id]) this.columns[d.id] = col;
      return this.columns[d.id];
    }));
  }

  /** One load of {@code key} at a time; a failed one is forgotten, so the next call reads again. */
  once(key, load) {
    return (this.loading[key] ??= load().catch((e) => {
      delete this.loading[key];
      throw e;
    }));
  }

  async durations() {
    if (!this.duration) this.duration = decodeColumn(await this.read(this.m.duration.col), this.n);
    return this.duration;
  }

  /** Every value of dimension {@code id}. */
  async full(id) {
    const d = this.dim(id);
    if (!d) return null;
    const col = this.columns[id];
    if (!col || !col.complete) {
      const full = decodeColumn(await this.read(d.col), this.n);
      full.complete = true;
      this.columns[id] = full;
    }
    return this.columns[id];
  }

  /** Loads what {@code filters} need: a full column when a value is not among the top ones. */
  async need(filters) {
    const jobs = [];
    for (const f of filters) {
      if (f.dim === DURATION) jobs.push(this.durations());
      else if (f.dim !== DATE && this.dim(f.dim)) {
        const col = this.columns[f.dim];
        if (!col || !col.complete) jobs.push(this.full(f.dim));
      }
    }
    await Promise.all(jobs);
  }

  /** Per filter (but {@code skip}'s): a test of one document. */
  tests(filters, skip) {
    const out = [];
    for (const f of filters) {
      if (f.dim === skip) continue;
      if (f.dim === DATE) {
        const lo = f.from ? this.years.indexOf(f.from) : 0, hi = f.to ? this.years.indexOf(f.to) : this.years.length - 1;
        // Years are listed newest first: "from 2023 to 2025" spans indices of 2025 … 2023.
        const a = Math.min(lo, hi), b = Math.max(lo, hi);
        if (a < 0) continue;
        out.push((d) => this.year[d] >= a && this.year[d] <= b && this.year[d] >= 0);
      } else if (f.dim === DURATION) {
        const col = this.duration, b = this.m.duration.b;
        if (!col) continue;
        out.push((d) => {
          const k = col.start[d] < col.start[d + 1] ? col.flat[col.start[d]] : 0;
          if (k === 0) return false;
          const low = k === 1 ? 0 : b[k - 2], high = k > b.length ? Infinity : b[k - 1];
          return (f.min == null || low >= f.min) && (f.max == null || high <= f.max);
        });
      } else {
        const col = this.columns[f.dim];
        if (!col || !f.values || f.values.length === 0) continue;
        const mask = new Uint8Array(col.names.length + 1);
        for (const v of f.values) {
          const o = col.ord.get(v) || col.names.findIndex((x) => x.toLowerCase() === String(v).toLowerCase()) + 1;
          if (o) mask[o] = 1;
        }
        const neg = !!f.neg;
        out.push((d) => {
          let ok = false;
          for (let k = col.start[d]; k < col.start[d + 1] && !ok; k++) ok = mask[col.flat[k]] === 1;
          return ok !== neg;
        });
      }
    }
    return out;
  }

  /** The documents of {@code docs} that pass every filter. */
  filter(docs, filters) {
    const tests = this.tests(filters, null);
    if (tests.length === 0) return docs;
    return docs.filter((d) => tests.every((t) => t(d)));
  }

  /**
   * Counts over {@code docs}: {dim: [{value, count}]} for each loaded column (numbered values in
   * their order, others by falling count), {date: [{value: year, count}]}, {duration: [count per bucket]}.
   */
  counts(docs, filters = []) {
    const out = {}, all = this.isEverything(docs, filters) ? this.all : null;
    for (const d of this.m.dims) {
      const col = this.columns[d.id];
      let values;
      if (col) {
        const c = new Int32Array(col.names.length + 1), tests = this.tests(filters, d.id);
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i];
          if (tests.length && !tests.every((t) => t(doc))) continue;
          for (let k = col.start[doc]; k < col.start[doc + 1]; k++) c[col.flat[k]]++;
        }
        values = col.names.map((value, i) => ({ value, count: c[i + 1] })).filter((x) => x.count > 0);
      } else if (all) {
        values = (all.dims[d.id] || []).map(([value, count]) => ({ value, count }));
      } else {
        continue;
      }
      // Numbered values in their own order; others by their count here, ties as the export ranks them.
      out[d.id] = values.sort(d.order === "value" ? (a, b) => natural(a.value, b.value) : (a, b) => b.count - a.count);
    }
    const yc = new Int32Array(this.years.length), yt = this.tests(filters, DATE);
    for (let i = 0; i < docs.length; i++) {
      const y = this.year[docs[i]];
      if (y >= 0 && (!yt.length || yt.every((t) => t(docs[i])))) yc[y]++;
    }
    out[DATE] = this.years.map((value, i) => ({ value, count: yc[i] }));
    if (this.duration) {
      const col = this.duration, dc = new Int32Array(this.m.duration.b.length + 2), dt = this.tests(filters, DURATION);
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i];
        if (dt.length && !dt.every((t) => t(d))) continue;
        dc[col.start[d] < col.start[d + 1] ? col.flat[col.start[d]] : 0]++;
      }
      out[DURATION] = Array.from(dc);
    } else if (all) {
      out[DURATION] = all.duration.slice();
    }
    return out;
  }
}

/**
 * A facet column (FacetColumns.column): values by ordinal, and per document its ordinals
 * (flat[start[d]] … flat[start[d + 1] − 1]).
 */
export function decodeColumn(bytes, n) {
  const hl = bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24);
  const header = JSON.parse(UTF8.decode(bytes.subarray(4, 4 + hl)));
  const start = new Int32Array(n + 1), flat = new Int32Array(Math.max(n, bytes.length));
  const r = new Reader(bytes, 4 + hl);
  let k = 0;
  for (let d = 0; d < n; d++) {
    start[d] = k;
    if (header.m) {
      for (let o = 0, x = r.varint(); x !== 0; x = r.varint()) { o += x; flat[k++] = o; }
    } else {
      const o = r.varint();
      if (o > 0) flat[k++] = o;
    }
  }
  start[n] = k;
  return { names: header.v, ord: new Map(header.v.map((v, i) => [v, i + 1])), start, flat };
}

/** "SEV2" before "SEV10", "2023" before "2024": digits compare as numbers. */
export function natural(a, b) {
  return a.localeCompare(b, "en", { numeric: true, sensitivity: "base" });
}
