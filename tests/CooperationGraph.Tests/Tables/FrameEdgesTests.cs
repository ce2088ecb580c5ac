using System.Globalization;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Tests.Tables;

/// <summary>The edges of the frame helpers that the Tables/ mutation run found untested (tests/MUTATION.md).</summary>
public sealed class FrameEdgesTests
{
    [Fact]
    public void Text_exactly_as_wide_as_the_limit_is_kept_whole_int_and_long_columns_are_right_aligned_and_all_rows_shown_need_no_count()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("abcd", ["wxyz", "ab"]),
            new Int32DataFrameColumn("ints", [7, 12]),
            new Int64DataFrameColumn("longs", [8L, 100L]));

        Assert.Equal(
            "abcd  ints  longs\n" +
            "wxyz     7      8\n" +
            "ab      12    100\n",
            frame.ToText(maxRows: 2, maxWidth: 5));
    }

    [Fact]
    public void A_negative_row_limit_shows_the_header_and_counts_every_row_and_a_width_below_2_is_refused()
    {
        var frame = new DataFrame(new StringDataFrameColumn("id", ["a", "b"]));

        Assert.Equal("id\n… 2 more rows\n", frame.ToText(maxRows: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => frame.ToText(maxWidth: 1));
    }

    [Fact]
    public void In_Polish_a_column_is_renamed_unless_its_Polish_name_is_already_taken()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("pl-PL");
        try
        {
            var frame = new DataFrame(new StringDataFrameColumn("name", ["a"]), new StringDataFrameColumn("nazwa", ["b"]), new StringDataFrameColumn("sector", ["c"]));

            Assert.Equal(["name", "nazwa", "sektor"], CooperationGraph.Tables.FrameWords.InColumns(frame).Columns.Select(c => c.Name));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void A_formula_looking_column_name_gets_an_apostrophe_in_every_writer_and_only_the_workbook_rounds_noise_to_0()
    {
        var frame = new DataFrame(new StringDataFrameColumn("=cmd", ["x"]), new DoubleDataFrameColumn("v", [-1.5e-17]));
        using var streamed = new StringWriter(CultureInfo.InvariantCulture);
        FrameWriter.WriteCsv(frame, streamed);

        Assert.Equal("'=cmd,v\nx,-1.5E-17\n", FrameWriter.ToCsv(frame));
        Assert.Equal(FrameWriter.ToCsv(frame), streamed.ToString());
        var sheet = FrameWriter.ToTableData("s", frame, readable: true);
        Assert.Equal(["'=cmd", "v"], sheet.Header);
        Assert.Equal([(object?)"x", 0.0], sheet.Rows[0]);
        Assert.Equal(-1.5e-17, FrameWriter.ToTableData("s", frame).Rows[0][1]);
    }
}
