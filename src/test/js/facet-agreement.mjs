// Whether the export's counts of every incident (what the filter panel shows for the empty query)
// agree with its facet columns: each dimension's written values are its k most frequent (ties in
// ordinal order), whatever order the panel lists them in, so they are compared by value.

/** {written, same}: the export's counts, and whether the full columns give them. Loads every column. */
export async function agreement(facets, all) {
  const written = (await facets.open(all, [])).counts(all, []);
  for (const d of facets.dims) await facets.full(d.id);
  await facets.durations();
  const counted = facets.counts(all, []);
  const byValue = (xs) => JSON.stringify([...xs].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)));
  let same = JSON.stringify(written.date) === JSON.stringify(counted.date)
    && JSON.stringify(written.duration) === JSON.stringify(counted.duration);
  for (const d of facets.dims) {
    const ord = facets.columns[d.id].ord;
    const top = [...counted[d.id]].sort((a, b) => b.count - a.count || ord.get(a.value) - ord.get(b.value));
    same &&= byValue(written[d.id]) === byValue(top.slice(0, written[d.id].length));
  }
  return { written, same };
}
