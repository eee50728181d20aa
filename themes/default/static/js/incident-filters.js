// The table of all incidents: filters (root cause, severity, service, year, duration) and sorting
// over every incident, not only the rows of this page. The rows come from data/incidents.json
// ([url, title, date, root cause, severity, [services], minutes]); the choice is kept in the URL,
// so a filtered view can be shared. Without JavaScript the pages list every incident, newest first.
const form = document.getElementById('incident-filters');
const table = document.getElementById('all-incidents');
if (form && table) {
  const root = form.dataset.root;
  const body = table.tBodies[0];
  const caption = table.querySelector('caption');
  const pager = document.querySelector('nav.pager');
  const more = document.querySelector('p.more');
  const original = { rows: Array.from(body.rows), caption: caption.innerHTML };
  const STEP = 200;
  let data = null;
  let sort = { column: 0, direction: 'descending' };
  let shown = STEP;

  const load = async () => {
    if (!data) data = await (await fetch(form.dataset.source)).json();
    return data;
  };
  const link = (label, url) => {
    if (!url) return document.createTextNode(label);
    const a = document.createElement('a');
    a.href = root + url;
    a.textContent = label;
    return a;
  };
  // Cells carry no column name: site.css names them by column on a phone.
  const cell = (...children) => {
    const td = document.createElement('td');
    children.forEach((c) => td.append(c));
    return td;
  };
  const muted = (text) => {
    const s = document.createElement('span');
    s.className = 'muted';
    s.textContent = text;
    return s;
  };
  const durationText = (m) => {
    if (m < 0) return null;
    if (m < 60) return m + ' min';
    const h = Math.floor(m / 60);
    if (h < 48) return m % 60 === 0 ? h + ' h' : h + ' h ' + (m % 60) + ' min';
    return h % 24 === 0 ? Math.floor(h / 24) + ' d' : Math.floor(h / 24) + ' d ' + (h % 24) + ' h';
  };
  const row = (d, r) => {
    const [url, title, date, cause, severity, services, minutes] = r;
    const tr = document.createElement('tr');
    let day = muted('undated');
    if (date) {
      day = document.createElement('time');
      day.textContent = date;
    }
    tr.append(cell(day));
    const t = cell(link(title, url));
    t.className = 'title-cell';
    tr.append(t);
    tr.append(cell(link(cause, d.rootCauses[cause])));
    const sev = d.severities[severity] ? link(severity, d.severities[severity]) : muted(severity);
    if (d.severities[severity]) sev.className = 'sev sev-' + severity.toLowerCase();
    const sc = cell(sev);
    sc.dataset.value = /^SEV(\d)$/.test(severity) ? severity.slice(3) : '9';
    tr.append(sc);
    const dur = cell(durationText(minutes) || muted('not stated'));
    dur.dataset.value = minutes;
    tr.append(dur);
    const svc = cell();
    services.forEach((s, i) => {
      if (i > 0) svc.append(', ');
      svc.append(link(s, d.services[s]));
    });
    tr.append(svc);
    return tr;
  };
  const KEYS = [(r) => r[2], (r) => r[1].toLowerCase(), (r) => r[3].toLowerCase(),
    (r) => (/^SEV(\d)$/.test(r[4]) ? Number(r[4].slice(3)) : 9), (r) => r[6], (r) => r[5].join(', ').toLowerCase()];
  const matches = (r, f) => (!f.cause || r[3] === f.cause) && (!f.severity || r[4] === f.severity)
    && (!f.service || r[5].includes(f.service)) && (!f.year || r[2].startsWith(f.year))
    && (!f.duration || (r[6] >= 0 && r[6] <= Number(f.duration) && r[6] > lowerBound(f.duration)));
  const bounds = Array.from(form.elements.duration.options).map((o) => o.value).filter((v) => v);
  const lowerBound = (v) => {
    const i = bounds.indexOf(v);
    return i > 0 ? Number(bounds[i - 1]) : -1;
  };
  const filters = () => {
    const f = {};
    for (const s of form.querySelectorAll('select')) if (s.value) f[s.name] = s.value;
    return f;
  };
  const render = async () => {
    const f = filters();
    const params = new URLSearchParams(f);
    if (sort.column !== 0 || sort.direction !== 'descending') params.set('sort', sort.column + (sort.direction === 'ascending' ? 'a' : 'd'));
    history.replaceState(null, '', params.toString() ? '?' + params : location.pathname);
    if (!params.toString()) {
      body.replaceChildren(...original.rows);
      caption.innerHTML = original.caption;
      if (pager) pager.hidden = false;
      if (more) more.hidden = true;
      return;
    }
    const d = await load();
    const key = KEYS[sort.column];
    const rows = d.rows.filter((r) => matches(r, f)).sort((a, b) => {
      const x = key(a);
      const y = key(b);
      const c = x < y ? -1 : x > y ? 1 : 0;
      return sort.direction === 'ascending' ? c : -c;
    });
    body.replaceChildren(...rows.slice(0, shown).map((r) => row(d, r)));
    const order = caption.querySelector('.order');
    const orderText = order ? order.textContent : 'newest first';
    caption.textContent = rows.length + ' of ' + d.rows.length + (d.rows.length === 1 ? ' incident, ' : ' incidents, ');
    const span = document.createElement('span');
    span.className = 'order';
    span.textContent = orderText;
    caption.append(span, rows.length > shown ? '; showing the first ' + shown + '.' : '.');
    if (pager) pager.hidden = true;
    if (more) more.hidden = rows.length <= shown;
  };

  const params = new URLSearchParams(location.search);
  for (const s of form.querySelectorAll('select')) if (params.has(s.name)) s.value = params.get(s.name);
  const s = /^(\d)([ad])$/.exec(params.get('sort') || '');
  if (s) {
    sort = { column: Number(s[1]), direction: s[2] === 'a' ? 'ascending' : 'descending' };
    table.dispatchEvent(new CustomEvent('pmkb:mark', { detail: sort }));
  }
  table.addEventListener('pmkb:sort', (e) => {
    e.preventDefault();
    sort = { column: e.detail.column, direction: e.detail.direction };
    shown = STEP;
    render();
  });
  form.addEventListener('change', () => {
    shown = STEP;
    render();
  });
  form.addEventListener('reset', () => setTimeout(() => {
    sort = { column: 0, direction: 'descending' };
    render();
  }));
  if (more) more.querySelector('button').addEventListener('click', () => {
    shown += STEP;
    render();
  });
  form.hidden = false;
  if (params.toString()) render();
}
