// Gives Node the search page's stemmer (globalThis.pmkbStem, which search-analyzer.js calls): the
// page's inline script (themes/default/templates/search.peb) run as the page runs it, with no query.
import { readFileSync } from "node:fs";

const page = readFileSync(new URL("../../../themes/default/templates/search.peb", import.meta.url), "utf8");
/** The page's early script, as it stands in the template (it holds no template tags). */
export const script = page.slice(page.indexOf("<script>(() => {") + "<script>".length, page.indexOf("})();</script>") + "})();".length);

if (!globalThis.pmkbStem) new Function("location", "window", script)({ search: "" }, globalThis);
