using CooperationGraph.Tests.DataSafety;

namespace CooperationGraph.Tests.Workbooks;

/// <summary>
/// Every workbook the tool writes (results, comparison, template, convert) reads back the same in ExcelDataReader,
/// openpyxl and LibreOffice Calc, cell by cell, and equals the CSV written beside it where there is one. Booleans are
/// the case that went wrong: a <c>t="b"</c> cell must hold 0 or 1, not <c>true</c>, or LibreOffice reads FALSE and
/// openpyxl refuses the file.
/// </summary>
public sealed class WorkbookRoundTripTests : IDisposable
{
    private readonly SafetyWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    /// <summary>Asserts the three readers agree on every sheet, and returns ExcelDataReader's reading.</summary>
    private static Dictionary<string, List<string[]>> ReadAlike(string book)
    {
        SheetReaders.RequireTools();
        var ours = SheetReaders.ExcelDataReader(book);
        var openpyxl = SheetReaders.Openpyxl(book);
        var libreOffice = SheetReaders.LibreOffice(book, ours.Keys);
        Assert.Equal(ours.Keys.Order(StringComparer.Ordinal), openpyxl.Keys.Order(StringComparer.Ordinal));
        foreach (var (sheet, rows) in ours)
        {
            SheetReaders.AssertSame(rows, openpyxl[sheet], $"{Path.GetFileName(book)}[{sheet}] in openpyxl");
            SheetReaders.AssertSame(rows, libreOffice[sheet], $"{Path.GetFileName(book)}[{sheet}] in LibreOffice");
        }

        return ours;
    }

    [SkippableFact]
    public void The_results_workbook_reads_as_metrics_csv_with_true_booleans_in_every_reader()
    {
        string output = workspace["results"];
        SafetyWorkspace.Succeed("analyze", workspace["in/loniow"], "--out", output, "--xlsx", "--permutations", "20", "--pseudonym-key", SafetyWorkspace.Key);

        var sheets = ReadAlike(Path.Combine(output, "results.xlsx"));

        var metrics = SheetReaders.Csv(Path.Combine(output, "metrics.csv"));
        SheetReaders.AssertSame(metrics, sheets["metrics"], "results.xlsx[metrics] against metrics.csv");
        SheetReaders.AssertSame(SheetReaders.Csv(Path.Combine(output, "families.csv")), sheets["families"], "results.xlsx[families] against families.csv");
        int declared = Array.IndexOf(metrics[0], "declared");
        Assert.Contains(metrics.Skip(1), row => row[declared] == "true");
        Assert.Contains(SheetReaders.Openpyxl(Path.Combine(output, "results.xlsx"))["metrics"].Skip(1), row => row[declared] == "true");
    }

    [SkippableFact]
    public void Polish_results_and_comparison_workbooks_read_as_the_csv_under_polish_names_in_every_reader()
    {
        string output = workspace["wyniki"];
        SafetyWorkspace.Succeed("analyze", workspace["in/loniow"], "--out", output, "--xlsx", "--lang", "pl", "--permutations", "20", "--pseudonym-key", SafetyWorkspace.Key);
        string compared = workspace["porownanie"];
        SafetyWorkspace.Succeed("compare", workspace["in/loniow"], workspace["in/g3"], "--out", compared, "--lang", "pl", "--permutations", "10", "--maps", "0");

        var sheets = ReadAlike(Path.Combine(output, "results.xlsx"));
        var comparison = ReadAlike(Path.Combine(compared, "comparison.xlsx"));

        var metrics = SheetReaders.Csv(Path.Combine(output, "metrics.csv"));
        Assert.Equal(["id", "nazwa", "sektor", "stopień", "siła", "pośrednictwo"], sheets["miary"][0].Take(6));
        Assert.Equal(metrics[0].Length, sheets["miary"][0].Length);
        SheetReaders.AssertSame(metrics.Skip(1).ToList(), sheets["miary"].Skip(1).ToList(), "results.xlsx[miary] against metrics.csv");
        SheetReaders.AssertSame(SheetReaders.Csv(Path.Combine(output, "families.csv")).Skip(1).ToList(), sheets["rodziny"].Skip(1).ToList(), "results.xlsx[rodziny] against families.csv");
        var csv = SheetReaders.Csv(Path.Combine(compared, "comparison.csv"));
        Assert.Equal(["gmina", "instytucje", "zadeklarowane", "aktywne", "wskaźnik_aktywizacji"], comparison["porównanie"][0].Take(5));
        SheetReaders.AssertSame(csv.Skip(1).ToList(), comparison["porównanie"].Skip(1).ToList(), "comparison.xlsx[porównanie] against comparison.csv");
    }

    [SkippableFact]
    public void The_comparison_workbook_reads_as_comparison_csv()
    {
        string output = workspace["compared"];
        SafetyWorkspace.Succeed("compare", workspace["in/loniow"], workspace["in/g3"], "--out", output, "--permutations", "10", "--maps", "0");

        var sheets = ReadAlike(Path.Combine(output, "comparison.xlsx"));

        SheetReaders.AssertSame(SheetReaders.Csv(Path.Combine(output, "comparison.csv")), sheets["comparison"], "comparison.xlsx against comparison.csv");
    }

    [SkippableFact]
    public void A_converted_workbook_reads_as_the_converted_csv_tables()
    {
        SafetyWorkspace.Succeed("convert", workspace["in/loniow"], "--out", workspace["book.xlsx"]);
        SafetyWorkspace.Succeed("convert", workspace["in/loniow"], "--out", workspace["tables"]);

        var sheets = ReadAlike(workspace["book.xlsx"]);

        Assert.Equal(Directory.GetFiles(workspace["tables"], "*.csv").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal), sheets.Keys.Order(StringComparer.Ordinal));
        foreach (var (sheet, rows) in sheets)
        {
            SheetReaders.AssertSame(SheetReaders.Csv(Path.Combine(workspace["tables"], sheet + ".csv")), rows, $"book.xlsx[{sheet}] against {sheet}.csv");
        }
    }

    [SkippableFact]
    public void The_template_reads_alike_in_every_reader_in_both_languages()
    {
        SafetyWorkspace.Succeed("template", "--lang", "pl", "--model", workspace["in/model.json"], "--out", workspace["szablon.xlsx"]);
        SafetyWorkspace.Succeed("template", "--lang", "en", "--out", workspace["template.xlsx"]);

        Assert.Contains("instytucje", ReadAlike(workspace["szablon.xlsx"]).Keys);
        Assert.Contains("institutions", ReadAlike(workspace["template.xlsx"]).Keys);
    }
}
