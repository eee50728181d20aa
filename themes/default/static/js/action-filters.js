// The actions ledger's filters (status, owner, root cause, service) over every action item, not
// only this page's: the rows come from data/actions.json and the choice is kept in the URL.
// "Overdue" means not done with a due date before today, which only the reader's clock can tell;
// for the same reason this script adds each service's oldest open action's age in days.
const form = document.getElementById('action-filters');
const table = document.getElementById('actions-table');
const today = new Date().toISOString().slice(0, 10);
for (const t of document.querySelectorAll('time.age')) {
  const days = Math.floor((Date.parse(today) - Date.parse(t.dateTime)) / 86400000);
  if (Number.isFinite(days) && days >= 0) t.after(' (' + days + (days === 1 ? ' day)' : ' days)'));
}
if (table) {
  for (const t of table.querySelectorAll('time.due')) {
    const status = t.closest('tr').querySelector('.status');
    if (/^\d{4}-\d{2}-\d{2}$/.test(t.textContent) && t.textContent < today && status && !status.classList.contains('status-done')) {
      t.classList.add('overdue');
      t.title = 'overdue';
    }
  }
}
if (form && table) {
  const root = form.dataset.root;
  const out = form.querySelector('output');
  const pager = document.querySelector('nav.pager');
  const caption = table.querySelector('caption');
  const original = { bodies: Array.from(table.tBodies), caption: caption.textContent };
  let data = null;

  // A large ledger's rows come in parts: data/actions.json names the others in "more", whose
  // incident indexes count from their own first incident.
  const load = async () => {
    if (data) return data;
    const d = await (await fetch(form.dataset.source)).json();
    const parts = await Promise.all((d.more || []).map(async (p) => (await fetch(root + p)).json()));
    for (const part of parts) {
      const base = d.incidents.length;
      // One push per item: spreading a part's 50,000 items into one call nears some engines' argument limits.
      for (const i of part.incidents) d.incidents.push(i);
      for (const r of part.rows) {
        r[0] += base;
        d.rows.push(r);
      }
    }
    data = d;
    return data;
  };
  const el = (tag, text, cls) => {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };
  const link = (label, url) => {
    if (!url) return document.createTextNode(label);
    const a = el('a', label);
    a.href = root + url;
    return a;
  };
  const overdue = (r) => r[3] !== 'done' && /^\d{4}-\d{2}-\d{2}$/.test(r[4]) && r[4] < today;
  const matches = (d, r, f) => {
    const inc = d.incidents[r[0]];
    const status = !f.status || (f.status === 'overdue' ? overdue(r) : f.status === 'undone' ? r[3] !== 'done' : r[3] === f.status);
    return status && (!f.owner || r[2] === f.owner) && (!f.cause || inc[3] === f.cause) && (!f.service || inc[4].includes(f.service));
  };
  // Cells carry no column name: site.css names them by column on a phone.
  const cell = (child) => {
    const td = el('td');
    if (child !== undefined) td.append(child);
    return td;
  };
  const group = (d, i) => {
    const [url, title, date, cause] = d.incidents[i];
    const body = el('tbody');
    const tr = el('tr', null, 'group');
    const th = el('th');
    th.colSpan = 5;
    th.scope = 'rowgroup';
    const n = el('span', null, 'n');
    if (date) n.append(el('time', date), ' · ');
    n.append(link(cause, d.rootCauses[cause]));
    th.append(link(title, url), ' ', n);
    tr.append(th);
    body.append(tr);
    return body;
  };
  const row = (r) => {
    const tr = el('tr');
    const status = el('span', r[3].replace('-', ' '), 'status status-' + r[3]);
    const due = el('time', r[4], 'due' + (overdue(r) ? ' overdue' : ''));
    tr.append(cell(r[1]), cell(r[2]), cell(status), cell(r[4] ? due : undefined), cell(r[5]));
    return tr;
  };
  const render = async () => {
    const f = {};
    for (const s of form.querySelectorAll('select')) if (s.value) f[s.name] = s.value;
    const params = new URLSearchParams(f);
    history.replaceState(null, '', params.toString() ? '?' + params : location.pathname);
    Array.from(table.tBodies).forEach((b) => b.remove());
    if (!params.toString()) {
      original.bodies.forEach((b) => table.append(b));
      caption.textContent = original.caption;
      if (pager) pager.hidden = false;
      out.textContent = '';
      return;
    }
    const d = await load();
    const rows = d.rows.filter((r) => matches(d, r, f));
    let current = -1;
    let body = null;
    for (const r of rows) {
      if (r[0] !== current) {
        current = r[0];
        body = group(d, current);
        table.append(body);
      }
      body.append(row(r));
    }
    caption.textContent = 'Newest incidents first; all pages.';
    out.textContent = rows.length + ' of ' + d.rows.length + (d.rows.length === 1 ? ' action item' : ' action items');
    if (pager) pager.hidden = true;
  };
  const start = async () => {
    // The choices every page offers: {owners: [...], rootCauses: [...], services: [...]}.
    const choices = await (await fetch(form.dataset.choices)).json();
    const fill = (name, values) => {
      const select = form.querySelector('select[name=' + name + ']');
      for (const v of values) select.append(el('option', v));
    };
    fill('owner', choices.owners);
    fill('cause', choices.rootCauses);
    fill('service', choices.services);
    const params = new URLSearchParams(location.search);
    for (const s of form.querySelectorAll('select')) if (params.has(s.name)) s.value = params.get(s.name);
    form.addEventListener('change', render);
    form.addEventListener('reset', () => setTimeout(render));
    form.hidden = false;
    if (params.toString()) render();
  };
  start();
}
