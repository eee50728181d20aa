// Makes the headers of table.sortable into buttons. A click sorts by that column (dates and
// numbers largest first, text A to Z; a second click reverses), marks the header with aria-sort
// and rewrites the caption's order ("sorted by duration, longest first"). A cell's data-value is
// its sort key when the text is not one ("2 h 30 min" sorts as 150). Without JavaScript the
// table keeps the order it was built in, newest first.
//
// Before sorting the rows it has, the table fires a cancelable "pmkb:sort" event; a script that
// holds all the rows (the table of all incidents) cancels it and sorts those instead. Such a
// script sends "pmkb:mark" ({column, direction}) to show an order it restored from the URL.
const keyOf = (row, col, numeric) => {
  const cell = row.cells[col];
  if (!cell) return numeric ? Number.NEGATIVE_INFINITY : '';
  const raw = cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent.trim();
  if (!numeric) return raw.toLowerCase();
  const n = Number(raw);
  return Number.isFinite(n) && raw !== '' ? n : Number.NEGATIVE_INFINITY;
};

const describe = (th, dir) => {
  const text = dir === 'ascending' ? th.dataset.asc : th.dataset.desc;
  const name = th.textContent.trim().toLowerCase();
  if (text) return name === 'date' ? text : 'by ' + name + ', ' + text;
  return 'by ' + name + ', ' + (dir === 'ascending' ? 'A to Z' : 'Z to A');
};

for (const table of document.querySelectorAll('table.sortable')) {
  const heads = Array.from(table.querySelectorAll('thead th'));
  const order = table.querySelector('caption .order');
  const mark = (th, dir) => {
    heads.forEach((h) => h.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', dir);
    if (order) order.textContent = describe(th, dir);
  };
  table.addEventListener('pmkb:mark', (e) => {
    const th = heads[e.detail.column];
    if (th) mark(th, e.detail.direction);
  });
  heads.forEach((th, col) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    th.textContent = '';
    th.appendChild(button);
    button.addEventListener('click', () => {
      const current = th.getAttribute('aria-sort');
      const first = th.dataset.first === 'desc' || th.dataset.sort === 'number' ? 'descending' : 'ascending';
      const dir = current ? (current === 'ascending' ? 'descending' : 'ascending') : first;
      mark(th, dir);
      const event = new CustomEvent('pmkb:sort', { cancelable: true, detail: { column: col, direction: dir, numeric: th.dataset.sort === 'number' } });
      if (!table.dispatchEvent(event)) return;
      const numeric = th.dataset.sort === 'number';
      for (const body of table.tBodies) {
        const rows = Array.from(body.rows);
        rows.sort((a, b) => {
          const x = keyOf(a, col, numeric);
          const y = keyOf(b, col, numeric);
          const c = x < y ? -1 : x > y ? 1 : 0;
          return dir === 'ascending' ? c : -c;
        });
        rows.forEach((r) => body.appendChild(r));
      }
    });
  });
}
