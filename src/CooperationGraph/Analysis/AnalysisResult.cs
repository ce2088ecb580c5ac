using CooperationGraph.Display;
using CooperationGraph.IO;
using CooperationGraph.Metrics.Brokerage;
using CooperationGraph.Metrics.Centrality;
using CooperationGraph.Metrics.Families;
using CooperationGraph.Metrics.Gaps;
using CooperationGraph.Model;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Analysis;

/// <summary>
/// Everything <see cref="CooperationAnalysis.Run"/> measured, immutable. <see cref="ToDataFrame"/> gives the
/// per-institution table (the columns of <c>metrics.csv</c>); every other table is a <c>ToDataFrame()</c> away
/// (<c>Gaps.Links</c>, <c>Gaps.Brokerage</c>, <c>Gaps.Mixing</c>, <c>Centrality</c>, <c>Comparison</c>,
/// <c>Families.Families</c>…). In a notebook it shows its gap and structure summary.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class AnalysisResult : INotebookDisplay
{
    internal AnalysisResult(AnalysisOptions options, CooperationDataset dataset, GapReport gaps, CentralityTable centrality, GapComparison? comparison, FamilyReport? families, OverTimeResult? overTime = null)
    {
        Options = options;
        OverTime = overTime;
        Dataset = dataset;
        Gaps = gaps;
        Centrality = centrality;
        Comparison = comparison;
        Families = families;
    }

    /// <summary>The settings the analysis ran with, its window among them.</summary>
    public AnalysisOptions Options { get; }

    /// <summary>The dataset analysed.</summary>
    public CooperationDataset Dataset { get; }

    /// <summary>Gaps against the model, with structure, mixing, brokerage and QAP.</summary>
    public GapReport Gaps { get; }

    /// <summary>Centrality of every institution in the enacted network, with Freeman centralization.</summary>
    public CentralityTable Centrality { get; }

    /// <summary>Indicators and tie dynamics per time window, when <see cref="AnalysisOptions.OverTime"/> asked for them.</summary>
    public OverTimeResult? OverTime { get; }

    /// <summary>The comparison with a second window, when one was asked for.</summary>
    public GapComparison? Comparison { get; }

    /// <summary>Per-family integration and shared families (pseudonymised, small counts suppressed), when the dataset has beneficiaries.</summary>
    public FamilyReport? Families { get; }

    /// <summary>
    /// One row per institution in dataset order, the columns of <c>metrics.csv</c>: <c>id, name, sector</c> (text), the
    /// centrality measures of <see cref="CooperationAnalysis.MetricColumns"/> (<c>double</c>, null where undefined),
    /// <c>declared, active, articulation_point</c> (<c>bool</c>), <c>fragmentation_without, ei_index</c>, the observed
    /// brokerage roles <c>brokerage_coordinator…brokerage_total</c> and <c>brokerage_total_z</c> (<c>double</c>).
    /// A new frame on each call: filter, sort and join it freely.
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var institutions = Dataset.Institutions;
        var declared = Gaps.Declared.ToHashSet(StringComparer.Ordinal);
        var active = Gaps.Active.ToHashSet(StringComparer.Ordinal);
        var frame = new DataFrame(
            FrameColumns.Text("id", institutions.Select(i => i.Id)),
            FrameColumns.Text("name", institutions.Select(i => i.Name)),
            FrameColumns.Text("sector", institutions.Select(i => i.Sector.Code)));
        foreach (var measure in CooperationAnalysis.MetricColumns)
        {
            frame.Columns.Add(FrameColumns.Number(measure, Centrality.Column(measure)));
        }

        var removal = Gaps.Structure.FragmentationWithout;
        frame.Columns.Add(FrameColumns.Flag("declared", institutions.Select(i => declared.Contains(i.Id))));
        frame.Columns.Add(FrameColumns.Flag("active", institutions.Select(i => active.Contains(i.Id))));
        frame.Columns.Add(FrameColumns.Flag("articulation_point", removal.Select(r => r.IsCutPoint)));
        frame.Columns.Add(FrameColumns.Number("fragmentation_without", removal.Select(r => r.Fragmentation)));
        frame.Columns.Add(FrameColumns.Number("ei_index", Gaps.Mixing.InstitutionEIIndex.Select(e => e.EIIndex)));
        var brokerage = Gaps.Brokerage.Rows;
        for (int role = 0; role < BrokerageRoles.Names.Count; role++)
        {
            int at = role;
            frame.Columns.Add(FrameColumns.Number("brokerage_" + BrokerageRoles.Names[role], brokerage.Select(b => b.Observed[at])));
        }

        frame.Columns.Add(FrameColumns.Number("brokerage_total_z", brokerage.Select(b => b.Z.Total)));
        return frame;
    }

    string INotebookDisplay.ToNotebookHtml() => AnalysisSummary.Html(this);

    string INotebookDisplay.ToNotebookText() => Headline();

    /// <summary>The result in one line in the reader's language (the current UI culture), as the <c>analyze</c> command
    /// prints it: <c>activation rate 0.867; missing sectors: COURT; missing links: COURT–OPS</c>, in Polish
    /// <c>wskaźnik aktywizacji 0,867; brakujące sektory: COURT; …</c>.</summary>
    public string Headline() => Text.Messages.Get("AnalysisHeadline", Text.Words.Number(Gaps.ActivationRate),
        Text.Words.List(Gaps.MissingSectors.Select(s => s.Code)), Text.Words.List(Gaps.MissingLinks.Select(l => l.ToString())));

    /// <summary>The dataset, the model and the headline gaps.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Dataset}; model {Gaps.Model.Name}; activation rate {Display.ReadableNumber.Short(Gaps.ActivationRate)}; {Count(Gaps.MissingSectors.Count, "missing sector")}, {Count(Gaps.MissingLinks.Count, "missing link")}");

    private static string Count(int count, string noun) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
