// One dictionary entry body and the postings pack it points into (TruncatedListTest), decoded as the
// page decodes them: prints the record's encoding byte, then the docs, then their scores, a line each. The body is wrapped in a one-term block
// so the page's own block decoder reads its header.
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { decodeBlock, decodePostings } from "../../../themes/default/static/js/search-lookup.js";

const [bodyFile, packFile, maxDoc, inlineDf] = process.argv.slice(2);
const body = readFileSync(bodyFile);
const block = Uint8Array.from([1, 0, 1, "t".charCodeAt(0), ...body]);
const [e] = decodeBlock(block, Number(inlineDf));
const [, offset, length, deflated] = e.at;
const stored = readFileSync(packFile).subarray(offset, offset + length);
const record = deflated ? new Uint8Array(inflateRawSync(stored)) : new Uint8Array(stored);
const { docs, scores } = decodePostings(record, e, Number(maxDoc));
process.stdout.write([String(record[0]), Array.from(docs).join(" "), Array.from(scores).join(" ")].join("\n") + "\n");
