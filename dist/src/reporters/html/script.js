/**
 * The HTML report's behaviour, inlined into the page: sort by clicking a column
 * header, filter by text, severity, category and suppression. It reads only the
 * rows' data-* attributes and never builds markup from finding text, so quoted
 * strings from scanned files cannot become script.
 */
export const REPORT_JS = `
(function () {
  'use strict';
  var table = document.getElementById('findings');
  if (!table) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var text = document.getElementById('filter-text');
  var severity = document.getElementById('filter-severity');
  var category = document.getElementById('filter-category');
  var suppressed = document.getElementById('filter-suppressed');
  var shown = document.getElementById('shown-count');

  function applyFilters() {
    var needle = text.value.trim().toLowerCase();
    var visible = 0;
    rows.forEach(function (row) {
      var d = row.dataset;
      var ok = (!needle || d.search.indexOf(needle) !== -1) &&
        (!severity.value || d.severity === severity.value) &&
        (!category.value || d.category === category.value) &&
        (suppressed.checked || d.suppressed !== 'true');
      row.hidden = !ok;
      if (ok) visible++;
    });
    shown.textContent = String(visible);
  }

  var numeric = { rank: true };
  function sortBy(header) {
    var key = header.getAttribute('data-sort');
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var sorted = rows.slice().sort(function (a, b) {
      var x = a.dataset[key] || '', y = b.dataset[key] || '';
      var c = numeric[key] ? Number(x) - Number(y) : x.localeCompare(y);
      if (c === 0) c = Number(a.dataset.order) - Number(b.dataset.order);
      return ascending ? c : -c;
    });
    sorted.forEach(function (row) { tbody.appendChild(row); });
  }

  Array.prototype.forEach.call(table.tHead.querySelectorAll('th[data-sort] button'), function (button) {
    button.addEventListener('click', function () { sortBy(button.parentElement); });
  });
  [text, severity, category, suppressed].forEach(function (control) {
    control.addEventListener('input', applyFilters);
    control.addEventListener('change', applyFilters);
  });
  applyFilters();
})();
`;
