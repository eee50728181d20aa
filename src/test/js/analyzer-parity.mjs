// Reads a JSON array of strings, prints [[textTerms], [pairTerms]] per string (AnalyzerParityTest).
import "./page-stem.mjs"; // the page's stemmer, which search-analyzer.js calls
import { readFileSync } from "node:fs";
import { analyze, analyzeShingles } from "../../../themes/default/static/js/search-analyzer.js";

const input = JSON.parse(readFileSync(process.argv[2], "utf8"));
// One line per string: text terms, then "|", then pairs; tabs between terms (terms never hold tabs or "|").
process.stdout.write(input.map((s) => analyze(s).join("\t") + "|" + analyzeShingles(s).join("\t")).join("\n") + "\n");
