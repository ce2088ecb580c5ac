namespace CooperationGraph.Reporting;

/// <summary>
/// The one script that makes the tables of our pages (<see cref="HtmlReport"/>, <see cref="Dashboard"/>) sortable: click
/// a header, click again to reverse. A cell sorts by its <c>data-value</c> when it has one (the exact number behind a
/// rounded display) and by its text otherwise; numbers compare as numbers, text in Polish collation, empty cells last
/// either way. It reads cells as text only, so nothing a dataset holds can become code.
/// </summary>
internal static class TableSorting
{
    public const string Script = """
        document.querySelectorAll("table.cg-table").forEach(function (table) {
          table.querySelectorAll("th").forEach(function (th, column) {
            th.addEventListener("click", function () {
              var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
              var up = th.getAttribute("data-order") !== "asc";
              th.setAttribute("data-order", up ? "asc" : "desc");
              function value(row) {
                var cell = row.cells[column];
                return cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent;
              }
              rows.sort(function (a, b) {
                var x = value(a), y = value(b);
                if (x === "" && y === "") return 0;
                if (x === "") return 1;
                if (y === "") return -1;
                var p = parseFloat(x), q = parseFloat(y);
                var c = (!isNaN(p) && !isNaN(q)) ? p - q : x.localeCompare(y, "pl");
                return up ? c : -c;
              });
              rows.forEach(function (row) { body.appendChild(row); });
            });
          });
        });
        """;
}
