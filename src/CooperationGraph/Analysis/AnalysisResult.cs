using System.Text;
using CooperationGraph.Display;
using CooperationGraph.IO;
using CooperationGraph.Metrics.Centrality;
using CooperationGraph.Metrics.Gaps;
using CooperationGraph.Model;
using CooperationGraph.Tables;

namespace CooperationGraph.Analysis;

/// <summary>
/// Everything <see cref="CooperationAnalysis.Run"/> measured, ready to save or to show; in a notebook it shows its
/// gap and structure summary.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class AnalysisResult : INotebookDisplay
{
    internal AnalysisResult(CooperationDataset dataset, GapReport gaps, CentralityTable centrality, ResultTable metrics, GapComparison? comparison, OverTimeResult? overTime = null)
    {
        OverTime = overTime;
        Dataset = dataset;
        Gaps = gaps;
        Centrality = centrality;
        Metrics = metrics;
        Comparison = comparison;
    }

    /// <summary>The dataset analysed.</summary>
    public CooperationDataset Dataset { get; }

    /// <summary>Gaps against the model, with structure, mixing, brokerage and QAP.</summary>
    public GapReport Gaps { get; }

    /// <summary>Centrality of every institution in the enacted network, with Freeman centralization.</summary>
    public CentralityTable Centrality { get; }

    /// <summary>One row per institution: id, name, sector, then the measures (the columns of <c>metrics.csv</c>).</summary>
    public ResultTable Metrics { get; }

    /// <summary>Per-family integration (pseudonymised, small counts suppressed), when the dataset has beneficiaries.</summary>
    public ResultTable? Families { get; private set; }

    /// <summary>Institution pairs and how many families both served (small counts suppressed), when the dataset has beneficiaries.</summary>
    public ResultTable? SharedFamilies { get; private set; }

    /// <summary>Whether the pseudonyms were keyed at random for this run (no key given): they will differ next run.</summary>
    public bool RandomPseudonyms { get; private set; }

    /// <summary>The suppression threshold applied to family counts.</summary>
    public int SuppressionThreshold { get; private set; } = 3;

    internal void SetFamilies(ResultTable families, ResultTable shared, bool randomPseudonyms, int threshold)
    {
        Families = families;
        SharedFamilies = shared;
        RandomPseudonyms = randomPseudonyms;
        SuppressionThreshold = threshold;
    }

    /// <summary>Indicators and tie dynamics per time window, when <see cref="AnalysisOptions.OverTime"/> asked for them.</summary>
    public OverTimeResult? OverTime { get; }

    /// <summary>The comparison with a second window, when one was asked for.</summary>
    public GapComparison? Comparison { get; }

    /// <summary>
    /// Writes the results as an <c>.xlsx</c> workbook a gmina office opens directly: sheets <c>metrics</c> (one row per
    /// institution), <c>gaps</c> (the headline numbers and lists), <c>links</c> (required links and how they are
    /// realised), <c>mixing</c> (sector × sector ties) and <c>suggestions</c>. Text stays text; numbers are numbers.
    /// </summary>
    public void SaveWorkbook(string path) => DatasetWriter.SaveWorkbook(WorkbookTables(), path);

    private IEnumerable<TableData> WorkbookTables()
    {
        yield return Metrics.ToTableData("metrics");
        var gaps = Gaps;
        yield return new TableData("gaps", ["measure", "value"],
        [
            ["model", gaps.Model.Name],
            ["window", gaps.Options.Window.ToString()],
            ["activation rate", gaps.ActivationRate],
            ["missing sectors", string.Join(", ", gaps.MissingSectors.Select(s => s.Code))],
            ["missing links", string.Join(", ", gaps.MissingLinks.Select(l => l.ToString()))],
            ["declared but inactive", string.Join(", ", gaps.DeclaredInactive)],
            ["active but undeclared", string.Join(", ", gaps.ActiveUndeclared)],
            ["single points of failure", string.Join(", ", gaps.SinglePointSectors.Select(s => s.Sector.Code))],
            ["density", gaps.Structure.Density],
            ["fragmentation", gaps.Structure.Fragmentation],
            ["components", gaps.Structure.Components.Count],
            ["cut points", string.Join(", ", gaps.Structure.ArticulationPoints)],
            ["E-I index", gaps.Mixing.EIIndex],
            ["degree centralization", Centrality.Centralization.Degree],
            ["betweenness centralization", Centrality.Centralization.Betweenness],
            ["QAP declared vs enacted: r", gaps.DeclaredVersusEnacted.Correlation],
            ["QAP declared vs enacted: p (r >= observed)", gaps.DeclaredVersusEnacted.PGreaterOrEqual],
            ["QAP model vs observed: r", gaps.ModelVersusObserved.Correlation],
            ["QAP model vs observed: p (r >= observed)", gaps.ModelVersusObserved.PGreaterOrEqual],
        ]);
        yield return new TableData("links", ["link", "institution pairs", "missing"],
            [.. gaps.Links.Select(l => new object?[] { l.Link.ToString(), l.InstitutionPairs, l.IsMissing })]);
        var sectors = gaps.Mixing.Sectors;
        yield return new TableData("mixing", ["sector", .. sectors.Select(s => s.Code)],
            [.. sectors.Select(a => new object?[] { a.Code }.Concat(sectors.Select(b => (object?)gaps.Mixing[a, b])).ToArray())]);
        if (Families is not null && SharedFamilies is not null)
        {
            yield return Families.ToTableData("families");
            yield return SharedFamilies.ToTableData("family_pairs");
        }

        yield return new TableData("suggestions", ["link", "institution", "partner", "adamic_adar", "common_partners"],
            [.. gaps.SuggestedTies.Select(t => new object?[] { t.Link.ToString(), t.SourceId, t.TargetId, t.AdamicAdar, t.CommonPartners })]);
    }

    /// <summary>
    /// Writes <c>gaps.json</c>, <c>metrics.csv</c>, <c>report.html</c>, with a comparison <c>comparison.json</c>, and
    /// with beneficiaries <c>families.csv</c> and <c>family_pairs.csv</c> (pseudonymised, small counts suppressed)
    /// into <paramref name="folder"/> (created if needed).
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="report">How to write <c>report.html</c>; see <see cref="Reporting.ReportOptions"/>.</param>
    /// <returns>The paths written.</returns>
    public IReadOnlyList<string> Save(string folder, Reporting.ReportOptions? report = null)
    {
        Directory.CreateDirectory(folder);
        var utf8 = new UTF8Encoding(false);
        var written = new List<string>();
        void Write(string name, string text)
        {
            string path = Path.Combine(folder, name);
            File.WriteAllText(path, text, utf8);
            written.Add(path);
        }

        Write("gaps.json", GapReportJson.ToJson(Gaps, Centrality.Centralization));
        Write("metrics.csv", Metrics.ToCsv());
        if (Comparison is not null)
        {
            Write("comparison.json", GapReportJson.ToJson(Comparison));
        }

        if (OverTime is not null)
        {
            Write("over_time.csv", OverTime.ToCsv());
        }

        if (Families is not null && SharedFamilies is not null)
        {
            Write("families.csv", Families.ToCsv());
            Write("family_pairs.csv", SharedFamilies.ToCsv());
        }

        Write("report.html", Reporting.HtmlReport.Render(this, report));
        return written;
    }

    /// <summary>The report page (<see cref="Reporting.HtmlReport.Render"/>) with plotly.js inlined.</summary>
    public string ToHtml() => Reporting.HtmlReport.Render(this);

    string INotebookDisplay.ToNotebookHtml() => Reporting.HtmlReport.Summary(this);

    string INotebookDisplay.ToNotebookText() => ToString();

    /// <summary>The dataset, the model and the headline gaps.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Dataset}; model {Gaps.Model.Name}; activation rate {Gaps.ActivationRate:0.###}; {Gaps.MissingSectors.Count} missing sectors, {Gaps.MissingLinks.Count} missing links");
}
