using CooperationGraph.Tables;

namespace CooperationGraph.Tests.Tables;

/// <summary>Record lists become columns; the console text lines up; the notebook display is the HTML table.</summary>
public class ResultTableTests
{
    private sealed record Row(string Name, int Count, double Share, bool Active, DateOnly Since, string? Note);

    private static readonly Row[] Rows =
    [
        new("OPS Łoniów", 12, 0.5, true, new DateOnly(2018, 9, 14), null),
        new("=1+1", 3, double.NaN, false, new DateOnly(2019, 7, 9), "a very long note that goes on well past the forty characters of a column"),
    ];

    [Fact]
    public void Records_become_one_column_per_property_with_typed_cells()
    {
        var table = ResultTable.FromRecords("Rows", Rows);
        Assert.Equal(["Name", "Count", "Share", "Active", "Since", "Note"], table.Columns);
        Assert.Equal(2, table.RowCount);
        Assert.Equal(12, table[0, "Count"]);
        Assert.Equal(true, table[0, "Active"]);
        Assert.Equal("2018-09-14", table[0, "Since"]);
        Assert.Null(table[0, "Note"]);
        Assert.Equal("Name,Count,Share,Active,Since,Note\nOPS Łoniów,12,0.5,true,2018-09-14,\n'=1+1,3,,false,2019-07-09,a very long note that goes on well past the forty characters of a column\n", table.ToCsv());
    }

    [Fact]
    public void Anonymous_records_work_and_bad_input_is_refused()
    {
        var table = ResultTable.FromRecords("Anonymous", new[] { new { A = 1, B = "x" } });
        Assert.Equal(["A", "B"], table.Columns);
        Assert.Throws<ArgumentException>(() => ResultTable.FromRecords("Nulls", new Row?[] { null }));
        Assert.Throws<ArgumentException>(() => ResultTable.FromRecords("No properties", new[] { new object() }));
    }

    [Fact]
    public void Text_aligns_columns_and_says_what_was_left_out()
    {
        string text = ResultTable.FromRecords("Rows", Rows).ToText(maxRows: 1);
        var lines = text.Split('\n');
        Assert.Equal("Rows", lines[0]);
        Assert.Equal("Name        Count  Share  Active  Since       Note", lines[1]);
        Assert.Equal("----------  -----  -----  ------  ----------  ----", lines[2]);
        Assert.Equal("OPS Łoniów     12    0.5  yes     2018-09-14", lines[3]);
        Assert.Equal("(1 more rows)", lines[4]);
        string all = ResultTable.FromRecords("Rows", Rows).ToText();
        Assert.Contains("a very long note that goes on well past…", all, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ResultTable.FromRecords("Rows", Rows).ToText(-1));
    }
}
