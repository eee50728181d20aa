// The arrays scoring writes into, kept from query to query (search-eval.js combines synchronously):
// at 100k documents, fresh ones each query cost more than the scoring, and their garbage makes the
// collector pause the slowest queries.

/** Zeroed score and exclusion arrays no result holds, or null. */
let spare = null;

/**
 * A result's scores and exclusions, given back once nothing reads them (its matches are ranked):
 * the next query scores into them instead of fresh arrays.
 */
export function release(r) {
  if (!r.scores) return;
  r.scores.fill(0);
  r.excluded.fill(0);
  spare = { acc: r.scores, excluded: r.excluded };
  r.scores = r.excluded = null;
}

/** Zeroed score and exclusion arrays for n documents, which the result then owns. */
export function lease(n) {
  const s = spare && spare.acc.length === n ? spare : { acc: new Float64Array(n), excluded: new Uint8Array(n) };
  spare = null;
  return s;
}

/**
 * Work arrays that do not leave a query: hits, a2 and h2 are cleared before use, sum, any and
 * best cleared where they were set after use.
 */
let work = null;

export function scratch(n) {
  if (!work || work.sum.length !== n) {
    const unions = [];
    work = { sum: new Float64Array(n), any: new Uint8Array(n), a2: new Float64Array(n), h2: new Uint16Array(n),
      hits: new Uint16Array(n), best: new Float32Array(n), union: (i) => unions[i] || (unions[i] = new Int32Array(n)) };
  }
  return work;
}

/** Forgets the work arrays, which a query that threw midway may have left dirty. */
export function dropScratch() {
  work = null;
}
