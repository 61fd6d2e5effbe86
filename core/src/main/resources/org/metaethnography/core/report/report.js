// Sortable tables: each column heading of a table.sortable becomes a button; a click (or Enter or
// Space) sorts the table's body by that column, ascending, then descending at the next click. The
// heading sorted by carries aria-sort. A column whose heading has the class "num" holds numbers
// and sorts by value; any other sorts as text in the reader's language, digits within text by
// value ("2" before "10"). Empty cells go last either way; rows equal in the column keep their
// order as written. The table's foot (a totals row) is never moved.
(function () {
  'use strict';
  var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

  // The order of two cells' texts, a and b, ascending; empty cells last.
  function compare(a, b, numeric) {
    if (a === '' || b === '') {
      return (a === '') - (b === '');
    }
    return numeric ? Number(a) - Number(b) : collator.compare(a, b);
  }

  function sortable(table) {
    var headings = table.tHead.rows[0].cells;
    var body = table.tBodies[0];
    var written = Array.prototype.slice.call(body.rows);
    Array.prototype.forEach.call(headings, function (heading, column) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (heading.firstChild) {
        button.appendChild(heading.firstChild);
      }
      heading.appendChild(button);
      button.addEventListener('click', function () {
        var descending = heading.getAttribute('aria-sort') === 'ascending';
        var numeric = heading.classList.contains('num');
        Array.prototype.forEach.call(headings, function (other) {
          other.removeAttribute('aria-sort');
        });
        heading.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        var rows = written.map(function (row, index) {
          return { row: row, text: row.cells[column].textContent.trim(), index: index };
        });
        rows.sort(function (x, y) {
          var order = compare(x.text, y.text, numeric);
          if (descending && x.text !== '' && y.text !== '') {
            order = -order;
          }
          return order || x.index - y.index;
        });
        rows.forEach(function (entry) {
          body.appendChild(entry.row);
        });
      });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), sortable);
})();
