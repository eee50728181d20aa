// A facet column as the export writes it, for the Node tests: a 4-byte little-endian header length,
// the JSON header (values, multi-valued or not), then per document its value ordinals (1-based, 0 for
// none): one ordinal for a single-valued column, gaps ended by 0 for a multi-valued one.
const enc = new TextEncoder();

export function column(values, multi, perDoc) {
  const h = enc.encode(JSON.stringify({ v: values, m: multi ? 1 : 0 }));
  const body = perDoc.flatMap((ords) => (multi ? [...ords.map((o, i) => o - (ords[i - 1] || 0)), 0] : [ords[0] || 0]));
  return Uint8Array.from([h.length, 0, 0, 0, ...h, ...body]);
}
