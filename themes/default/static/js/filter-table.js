// Filters a table's rows by the <select>s of a form[data-filter-table]; rows carry data-<name>
// attributes (a row without one does not match a chosen value). A row with class "group" heads
// its <tbody> (the actions pages group items by incident): it is hidden when no row of its group
// shows. Without JavaScript the form stays hidden and every row shows.
for (const form of document.querySelectorAll('form[data-filter-table]')) {
  const table = document.getElementById(form.dataset.filterTable);
  if (!table) continue;
  const rows = Array.from(table.querySelectorAll('tbody > tr:not(.group)'));
  const heads = Array.from(table.querySelectorAll('tbody > tr.group'));
  const out = form.querySelector('output');
  const apply = () => {
    const wanted = Array.from(form.querySelectorAll('select')).filter((s) => s.value !== '');
    let shown = 0;
    for (const row of rows) {
      const ok = wanted.every((s) => row.dataset[s.name] === s.value);
      row.hidden = !ok;
      if (ok) shown++;
    }
    for (const head of heads) {
      const members = Array.from(head.parentElement.rows).filter((r) => r !== head);
      head.hidden = members.every((r) => r.hidden);
    }
    if (out) out.textContent = shown + ' of ' + rows.length + ' shown';
  };
  form.addEventListener('change', apply);
  form.hidden = false;
  apply();
}
