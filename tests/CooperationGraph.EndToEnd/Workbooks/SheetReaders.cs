using System.Diagnostics;
using System.Globalization;
using CooperationGraph.IO;

namespace CooperationGraph.Tests.Workbooks;

/// <summary>
/// Three independent readers of an <c>.xlsx</c>, each giving every sheet as rows of cell texts: ExcelDataReader (the
/// library's own reader), openpyxl (Debian <c>python3-openpyxl</c>, through <c>Fixtures/Workbooks/dump_openpyxl.py</c>)
/// and LibreOffice Calc (<c>soffice --headless --convert-to csv</c>, every sheet). Blank rows and trailing empty cells
/// are dropped, as the readers disagree on the used range. Missing tools fail under <c>CI=true</c>, else skip.
/// </summary>
internal static class SheetReaders
{
    private static readonly string? Soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists);
    private const string Python = "/usr/bin/python3";

    public static void RequireTools()
    {
        bool openpyxl = File.Exists(Python) && Run(Python, "-c", "import openpyxl").Code == 0;
        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Assert.False(ci && (Soffice is null || !openpyxl), "CI must install libreoffice-calc-nogui and python3-openpyxl for the workbook round trips.");
        Skip.If(Soffice is null || !openpyxl, "LibreOffice or openpyxl is missing (apt-get install libreoffice-calc-nogui python3-openpyxl).");
    }

    public static Dictionary<string, List<string[]>> ExcelDataReader(string book) =>
        XlsxTableReader.Read(book).ToDictionary(s => s.Sheet, s => Clean([s.Table.Header, .. s.Table.Rows.Select(r => r.Fields)]));

    public static Dictionary<string, List<string[]>> Openpyxl(string book)
    {
        string folder = Directory.CreateTempSubdirectory("cg-openpyxl-").FullName;
        try
        {
            var (code, error) = Run(Python, Path.Combine(AppContext.BaseDirectory, "Fixtures", "Workbooks", "dump_openpyxl.py"), book, folder);
            Assert.True(code == 0, $"openpyxl refused {book}: {error}");
            return Directory.GetFiles(folder, "*.csv").ToDictionary(f => Path.GetFileNameWithoutExtension(f), Csv);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static Dictionary<string, List<string[]>> LibreOffice(string book, IEnumerable<string> sheets)
    {
        string folder = Directory.CreateTempSubdirectory("cg-soffice-").FullName;
        try
        {
            string copy = Path.Combine(folder, "book.xlsx");
            File.Copy(book, copy);
            // Comma, double quote, UTF-8, from line 1, ..., cell contents not as shown (full precision), all sheets (-1).
            var (code, error) = Run(Soffice!, "-env:UserInstallation=file://" + Path.Combine(folder, "profile"), "--headless", "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1", "--outdir", folder, copy);
            Assert.True(code == 0, $"LibreOffice failed on {book}: {error}");
            return sheets.ToDictionary(s => s, s => Csv(Path.Combine(folder, $"book-{s}.csv")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A CSV file we wrote (or a reader dumped), unguarded, as rows of cells.</summary>
    public static List<string[]> Csv(string path)
    {
        var table = CsvTableReader.Read(path, path, new List<DatasetProblem>());
        return Clean([table.Header, .. table.Rows.Select(r => r.Fields)]);
    }

    /// <summary>Asserts two sheets hold the same cells: equal text, or the same boolean (any case), number (to 1e-12
    /// relative; LibreOffice writes 15 significant digits) or day.</summary>
    public static void AssertSame(List<string[]> expected, List<string[]> actual, string what)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: {expected.Count} rows expected, {actual.Count} read");
        for (int r = 0; r < expected.Count; r++)
        {
            Assert.True(expected[r].Length == actual[r].Length, $"{what}, row {r + 1}: {string.Join("|", expected[r])} ≠ {string.Join("|", actual[r])}");
            for (int c = 0; c < expected[r].Length; c++)
            {
                Assert.True(Same(expected[r][c], actual[r][c]), $"{what}, row {r + 1}, column {c + 1}: '{expected[r][c]}' expected, '{actual[r][c]}' read");
            }
        }
    }

    private static bool Same(string a, string b)
    {
        if (a == b || (bool.TryParse(a, out bool x) && bool.TryParse(b, out bool y) && x == y))
        {
            return true;
        }

        if (double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out double p) && double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out double q))
        {
            return Math.Abs(p - q) <= 1e-12 * Math.Max(1, Math.Abs(p));
        }

        return Day(a) is { } d && Day(b) == d;
    }

    private static DateOnly? Day(string text) =>
        DateTime.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "MM/dd/yy", "M/d/yy", "MM/dd/yyyy", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? DateOnly.FromDateTime(day)
            : null;

    private static List<string[]> Clean(IEnumerable<string[]> rows) =>
        [.. rows.Select(r => r.Reverse().SkipWhile(string.IsNullOrEmpty).Reverse().ToArray()).Where(r => r.Length > 0)];

    private static (int Code, string Error) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(180_000), $"{program} did not finish in 3 minutes");
        return (process.ExitCode, error.Result);
    }
}
