using System.Text;
using CooperationGraph.IO;
using CooperationGraph.Metrics.Centrality;
using CooperationGraph.Metrics.Gaps;
using CooperationGraph.Model;
using CooperationGraph.Tables;

namespace CooperationGraph.Analysis;

/// <summary>Everything <see cref="CooperationAnalysis.Run"/> measured, ready to save or to show.</summary>
public sealed class AnalysisResult
{
    internal AnalysisResult(CooperationDataset dataset, GapReport gaps, CentralityTable centrality, ResultTable metrics, GapComparison? comparison)
    {
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

    /// <summary>The comparison with a second window, when one was asked for.</summary>
    public GapComparison? Comparison { get; }

    /// <summary>
    /// Writes <c>gaps.json</c>, <c>metrics.csv</c>, <c>report.html</c> and, with a comparison, <c>comparison.json</c>
    /// into <paramref name="folder"/> (created if needed).
    /// </summary>
    /// <returns>The paths written.</returns>
    public IReadOnlyList<string> Save(string folder)
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

        Write("report.html", Reporting.HtmlReport.Render(this));
        return written;
    }
}
