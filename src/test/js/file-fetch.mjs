// A fetch() over a local folder for Node tests and the benchmark; counts raw and gzip bytes.
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";

export function fileFetcher(counter = { files: 0, raw: 0, gzip: 0 }) {
  const fetcher = async (url) => {
    try {
      const bytes = await readFile(new URL(url));
      counter.files++;
      counter.raw += bytes.length;
      // GitHub Pages compresses text types; binary postings go as they are.
      counter.gzip += url.endsWith(".bin") ? bytes.length : gzipSync(bytes, { level: 6 }).length;
      const text = () => Promise.resolve(bytes.toString("utf8"));
      return { ok: true, status: 200, text, json: () => text().then(JSON.parse),
        arrayBuffer: () => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)) };
    } catch (e) {
      return { ok: false, status: 404 };
    }
  };
  return { fetcher, counter };
}
