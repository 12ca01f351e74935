// qostil report: sorting and filtering of the index table. The table works without.
(function () {
  "use strict";
  var table = document.getElementById("articles");
  var form = document.getElementById("filters");
  if (!table || !form) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var state = document.getElementById("filter-state");
  var who = document.getElementById("filter-who");
  var text = document.getElementById("filter-text");
  var count = document.getElementById("filter-count");
  form.hidden = false;
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  function key(row, i) {
    var cell = row.cells[i];
    return cell.hasAttribute("data-key") ? cell.getAttribute("data-key") : cell.textContent.trim();
  }
  function filter() {
    var s = state.value, w = who.value, t = text.value.trim().toLowerCase(), shown = 0;
    rows.forEach(function (row) {
      var ok = (!s || row.getAttribute("data-state") === s) &&
        (!w || row.getAttribute("data-who") === w) &&
        (!t || row.textContent.toLowerCase().indexOf(t) >= 0);
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + " / " + rows.length;
  }
  [state, who].forEach(function (el) { el.addEventListener("change", filter); });
  text.addEventListener("input", filter);
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, i) {
    th.tabIndex = 0;
    function sort() {
      var asc = th.getAttribute("aria-sort") !== "ascending";
      var number = th.getAttribute("data-sort") === "number";
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      rows.sort(function (a, b) {
        var x = key(a, i), y = key(b, i);
        var c = number ? (Number(x) - Number(y)) : x.localeCompare(y);
        return asc ? c : -c;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    }
    th.addEventListener("click", sort);
    th.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); }
    });
  });
  filter();
}());
