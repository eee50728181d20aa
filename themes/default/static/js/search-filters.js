// The filter panel of the search page, loaded when it first opens: a box per facet dimension of
// the index (values ORed, counts leaving out the box's own choices, the first few values with
// "Show all" for the rest, never a list scrolling inside the page) and ranges for year and duration.
// A lazy dimension's box (search-facets.js) starts closed, its name a button that opens it.
import { minutesText } from "./search-codec.js";
import { natural } from "./search-facets.js";

// The panel's stylesheet comes with it, not with the page: the import waits until it has loaded,
// so the panel never draws unstyled.
const sheet = Object.assign(document.createElement("link"), { rel: "stylesheet", href: new URL("../css/search-filters.css", import.meta.url).href });
await new Promise((done) => { sheet.onload = sheet.onerror = done; document.head.append(sheet); });

/** Values a box shows before its "Show all" button. */
const SHOWN_VALUES = 8;

/**
 * Fills {@code ui.groups} with the boxes for result {@code r}. {@code ui}: the page's filter state
 * (filters, ranges, expanded, opened: the lazy boxes open), its helpers (toggle, el), the duration bounds, the chosen filters,
 * and rerun (search again) and refresh (draw the panel again).
 */
export function render(facets, r, ui) {
  const { el } = ui;
  const counts = facets.counts(r.unfiltered, ui.chosen);
  const boxes = [];
  for (const d of facets.dims) {
    const selected = ui.filters.get(d.id) || new Set();
    if (d.lazy && selected.size) ui.opened.add(d.id); // a box with a choice stays open when it is unticked
    const closed = d.lazy && !ui.opened.has(d.id);
    if (closed || !counts[d.id]) {
      if (d.lazy) boxes.push(box(ui, d, false));
      continue;
    }
    const values = (counts[d.id] || []).filter((v) => v.count > 0 || selected.has(v.value));
    for (const v of selected) if (!values.some((x) => x.value === v)) values.push({ value: v, count: 0 });
    // Values left out: a column of the most frequent only, or the export's counts (the empty query).
    const col = facets.columns[d.id], partial = col ? !col.complete : d.n > values.length;
    // No empty boxes; but a lazy box the reader opened stays (its button was drawn), and one of
    // the most frequent values only offers all of them.
    if (values.length === 0 && !partial && !d.lazy) continue;
    const fs = box(ui, d, true);
    if (values.length === 0) fs.append(el("p", partial ? "None of the most frequent among these incidents." : "None among these incidents.", "search-none"));
    const ul = el("ul");
    const open = ui.expanded.has(d.id);
    values.forEach((v, i) => {
      const li = el("li");
      if (i >= SHOWN_VALUES && !open && !selected.has(v.value)) li.hidden = true;
      const label = el("label");
      const box = el("input");
      box.type = "checkbox";
      box.value = v.value;
      box.checked = selected.has(v.value);
      box.addEventListener("change", () => { ui.toggle(d.id, v.value, box.checked); ui.rerun(); });
      label.append(box, " " + (d.words ? ui.label(d.id, v.value) : ui.named(d.id, v.value)) + " ", el("span", String(v.count), "n"));
      li.append(label);
      ul.append(li);
    });
    if (values.length) fs.append(ul);
    if (values.length > SHOWN_VALUES || partial) {
      const all = el("button", open ? "Show fewer" : "Show all " + (partial ? d.n : values.length), "search-all-values");
      all.type = "button";
      all.addEventListener("click", async () => {
        if (open) ui.expanded.delete(d.id); else ui.expanded.add(d.id);
        if (!open) await facets.full(d.id);
        ui.refresh();
      });
      fs.append(all);
    }
    boxes.push(fs);
  }
  boxes.push(rangeBox(ui, "Year", "date", counts.date.filter((y) => y.count > 0).map((y) => y.value).sort(natural),
    ui.ranges.date, ["from", "to"], (y) => [y, y], ["from", "to"]));
  boxes.push(rangeBox(ui, "Duration", "duration", ui.durations.map(String), ui.ranges.duration, ["min", "max"],
    (m) => [m, minutesText(+m)], ["at least", "at most"]));
  ui.groups.replaceChildren(...boxes.filter((x) => x));
}

/** A dimension's box, with its name; a lazy one's name is a button that opens or closes it. */
function box(ui, d, open) {
  const fs = ui.el("fieldset");
  fs.dataset.dim = d.id;
  const legend = ui.el("legend");
  if (d.lazy) {
    fs.className = "search-lazy";
    const b = ui.el("button", d.label);
    b.type = "button";
    b.setAttribute("aria-expanded", String(open));
    b.addEventListener("click", () => { // as the box is now: a second click may come before the panel is drawn again
      if (ui.opened.has(d.id)) ui.opened.delete(d.id); else ui.opened.add(d.id);
      ui.refresh();
    });
    legend.append(b);
  } else {
    legend.textContent = d.label;
  }
  fs.append(legend);
  return fs;
}

/** Two selects over ordered {@code values}, for {@code keys} of {@code state}; [value, label] from {@code show}. */
function rangeBox(ui, title, dim, values, state, keys, show, labels) {
  const { el } = ui;
  if (values.length === 0 && !state[keys[0]] && !state[keys[1]]) return null;
  const fs = el("fieldset", "", "search-range");
  fs.dataset.dim = dim;
  fs.append(el("legend", title));
  keys.forEach((key, i) => {
    const l = el("label", labels[i] + " ");
    const s = el("select");
    s.name = dim + "-" + key;
    s.append(Object.assign(el("option", "any"), { value: "" }));
    for (const v of values) {
      const [value, text] = show(v);
      s.append(Object.assign(el("option", text), { value }));
    }
    s.value = state[key];
    s.addEventListener("change", () => { state[key] = s.value; ui.rerun(); });
    l.append(s);
    fs.append(l);
  });
  return fs;
}
