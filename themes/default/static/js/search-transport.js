// How the search page reads its packs: HTTP range requests, gathered so that the records one
// step of a query needs go out together (near ones merged into one request), and inflated with
// the browser's own DecompressionStream. A server that ignores ranges (200, the whole file) is
// asked once per file; the file is kept and sliced from then on.

/** Records closer than this are fetched as one range: a request costs more than the gap. */
const GAP = 512;

/** zlib raw-deflate data inflated. */
export async function inflateRaw(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export class Transport {
  /**
   * @param base URL of the search/ folder, ending in "/"
   * @param fetcher fetch-like (url, init) => Response; init carries the Range header, which a
   *     fetcher must pass on (a fetcher that drops it downloads whole packs)
   * @param early records already asked for (see search.peb): "file:start:length" to a promise
   *     of Uint8Array, or of null to ask again
   */
  constructor(base, fetcher = (u, init) => fetch(u, init), early = new Map()) {
    this.base = base;
    this.fetcher = fetcher;
    // Records the page asked for before the scripts ran ("file:start:length" to a promise of the
    // bytes, or of null when the server sent something else): each is taken over once.
    this.early = early;
    this.whole = new Map();
    this.pending = new Map();
    this.timer = null;
    this.requests = 0;
  }

  /** Bytes [start, start + length) of {@code file}; requests made in one task go out together. */
  range(file, start, length) {
    const key = file + ":" + start + ":" + length, early = this.early.get(key);
    if (early) {
      this.early.delete(key);
      const again = () => this.range(file, start, length);
      return early.then((b) => b || again(), again);
    }
    const whole = this.whole.get(file);
    if (whole) return whole.then((b) => b.subarray(start, start + length));
    return new Promise((resolve, reject) => {
      if (!this.pending.has(file)) this.pending.set(file, []);
      this.pending.get(file).push({ start, end: start + length, resolve, reject });
      if (!this.timer) this.timer = setTimeout(() => this.flush(), 0);
    });
  }

  flush() {
    this.timer = null;
    const pending = this.pending;
    this.pending = new Map();
    for (const [file, wants] of pending) {
      const whole = this.whole.get(file);
      if (whole) {
        for (const w of wants) whole.then((b) => w.resolve(b.subarray(w.start, w.end)), w.reject);
        continue;
      }
      wants.sort((a, b) => a.start - b.start);
      let group = [wants[0]];
      const groups = [group];
      for (let i = 1; i < wants.length; i++) {
        const end = Math.max(...group.map((w) => w.end));
        if (wants[i].start <= end + GAP) group.push(wants[i]);
        else groups.push((group = [wants[i]]));
      }
      for (const g of groups) this.fetchGroup(file, g);
    }
  }

  async fetchGroup(file, group) {
    const start = group[0].start, end = Math.max(...group.map((w) => w.end));
    try {
      this.requests++;
      const r = await this.fetcher(this.base + file, { headers: { Range: "bytes=" + start + "-" + (end - 1) } });
      if (!r.ok) throw new Error("cannot load " + file + ": " + r.status);
      const bytes = new Uint8Array(await r.arrayBuffer());
      if (r.status === 206) {
        for (const w of group) w.resolve(bytes.subarray(w.start - start, w.end - start));
        return;
      }
      this.whole.set(file, Promise.resolve(bytes));
      for (const w of group) w.resolve(bytes.subarray(w.start, w.end));
    } catch (e) {
      for (const w of group) w.reject(e);
    }
  }

  /** A raw-deflated record, inflated. */
  async inflated(file, start, length) {
    return inflateRaw(await this.range(file, start, length));
  }
}
