using System.Diagnostics;
using CooperationGraph.Tests.Cli;

namespace CooperationGraph.Tests.IO;

/// <summary>
/// The template filled in and saved by a real spreadsheet program: LibreOffice Calc, headless
/// (<c>soffice --headless --convert-to xlsx</c>, Debian package <c>libreoffice-calc-nogui</c>), rewrites the whole
/// workbook as Excel would (shared strings, its own styles and validations). Skipped where LibreOffice is missing,
/// except under <c>CI=true</c>.
/// </summary>
public sealed class LibreOfficeTests : IDisposable
{
    private static readonly string? Soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists);
    private readonly TempDataset folder = TempDataset.Empty();

    public void Dispose() => folder.Dispose();

    private string SaveWithLibreOffice(string workbook)
    {
        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Assert.False(ci && Soffice is null, "CI must install LibreOffice (apt-get install libreoffice-calc-nogui) for this test.");
        Skip.If(Soffice is null, "LibreOffice is not installed (apt-get install libreoffice-calc-nogui).");
        string output = Path.Combine(folder.Folder, "saved");
        var start = new ProcessStartInfo(Soffice!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-env:UserInstallation=" + new Uri(Path.Combine(folder.Folder, "profile")).AbsoluteUri, "--headless", "--convert-to", "xlsx", "--outdir", output, workbook })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(180_000), "LibreOffice did not finish in 3 minutes");
        string saved = Path.Combine(output, Path.GetFileName(workbook));
        Assert.True(File.Exists(saved), $"LibreOffice wrote nothing: {stderr.Result}");
        return saved;
    }

    [SkippableFact]
    public void A_filled_template_saved_by_libreoffice_validates_and_analyses_as_it_is()
    {
        var sample = DatasetReader.Load(DatasetTemplateTests.SamplePath);
        string filled = folder["wypelniony.xlsx"];
        DatasetTemplate.Save(filled, new TemplateOptions { Language = DatasetLanguage.Polish, Data = sample });
        string saved = SaveWithLibreOffice(filled);
        Assert.NotEqual(File.ReadAllBytes(filled).Length, File.ReadAllBytes(saved).Length);

        var book = DatasetTemplateTests.Open(saved);
        Assert.Equal(["instrukcja", "instytucje", "sektory", "deklaracje", "podpisy", "działania", "udziały", "powiązania", "beneficjenci", "ankieta", "respondenci", "_listy"], book.Keys);
        Assert.NotEmpty(book["udziały"].Lists);

        Assert.Equal(sample, DatasetReader.Load(saved));
        Assert.Equal(0, CliRunner.Run("validate", saved).Code);
        var (code, _, stderr) = CliRunner.Run("analyze", saved, "--out", folder["out"]);
        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(Path.Combine(folder["out"], "gaps.json")));
    }
}
