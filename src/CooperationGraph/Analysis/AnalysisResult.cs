using CooperationGraph.Analysis;
using CooperationGraph.Display;
using CooperationGraph.Tables;
using CooperationGraph.Text;
using Microsoft.Data.Analysis;

namespace CooperationGraph;

/// <summary>
/// Everything <see cref="CooperationAnalysis.Run"/> measured, immutable: one property per independent part, each
/// measured on the same enacted <see cref="Network"/>. <see cref="ToDataFrame"/> gives the per-institution table (the
/// columns of <c>metrics.csv</c>); every other table is a <c>ToDataFrame()</c> away (<c>Gaps.Links</c>,
/// <c>Brokerage</c>, <c>Mixing</c>, <c>Centrality</c>, <c>WindowComparison</c>, <c>Families.PerFamily</c>…). In a
/// notebook it shows its gap and structure summary.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed record AnalysisResult : INotebookDisplay
{
    internal AnalysisResult()
    {
    }

    /// <summary>The settings the analysis ran with, its window among them.</summary>
    public AnalysisOptions Options { get; internal init; } = null!;

    /// <summary>The dataset analysed.</summary>
    public CooperationDataset Dataset { get; internal init; } = null!;

    /// <summary>The enacted network of the window (joint actions in it and direct ties) that every part measures.</summary>
    public CooperationNetwork Network { get; internal init; } = null!;

    /// <summary>The declared network of the window (co-signatories of the declarations in force), beside <see cref="Network"/>.</summary>
    public CooperationNetwork DeclaredNetwork { get; internal init; } = null!;

    /// <summary>Gaps against the model: declared and active, required sectors and links, link robustness, suggested ties.</summary>
    public GapReport Gaps { get; internal init; } = null!;

    /// <summary>Components, articulation points, bridges, density and fragmentation of the enacted network.</summary>
    public StructureSummary Structure { get; internal init; } = null!;

    /// <summary>Sector mixing matrix and E-I indices of the enacted network.</summary>
    public SectorMixing Mixing { get; internal init; } = null!;

    /// <summary>Gould–Fernandez brokerage with the sector as group, on lead → participant ties.</summary>
    public BrokerageResult Brokerage { get; internal init; } = null!;

    /// <summary>Whether declarations and the model became joint action: two QAP tests, the MRQAP and logistic regressions, and with a survey the same regressions of the perceived ties.</summary>
    public LayerAgreement LayerAgreement { get; internal init; } = null!;

    /// <summary>The E-I index test (issue 24); null when <see cref="AnalysisOptions.Permutations"/> is 0.</summary>
    public StatisticsResult? Statistics { get; internal init; }

    /// <summary>Ties, required links and institutions that lasted after <see cref="AnalysisOptions.ProjectEnd"/>; null when no end was given.</summary>
    public DurabilityResult? Durability { get; internal init; }

    /// <summary>Centrality of every institution in the enacted network, with Freeman centralization.</summary>
    public CentralityTable Centrality { get; internal init; } = null!;

    /// <summary>Ego-network measures of every institution in network order (<see cref="EgoMeasures"/>), the rows of <c>profiles.csv</c> (issue 25).</summary>
    public ResultList<EgoNetwork> Ego { get; internal init; } = null!;

    /// <summary>Leiden communities of the enacted network (<see cref="CommunityDetection"/>), with their sectors and modularity.</summary>
    public CommunityPartition Communities { get; internal init; } = null!;

    /// <summary>The core and periphery of the enacted network (<see cref="CorePeripheryDetection"/>, Borgatti &amp; Everett 1999) and its correlation.</summary>
    public CorePeripheryPartition CorePeriphery { get; internal init; } = null!;

    /// <summary>Indicators and tie dynamics per time window, when <see cref="AnalysisOptions.OverTime"/> asked for them.</summary>
    public OverTimeResult? OverTime { get; internal init; }

    /// <summary>The window comparison, when <see cref="AnalysisOptions.ComparisonWindow"/> asked for one.</summary>
    public WindowComparison? WindowComparison { get; internal init; }

    /// <summary>Per-family integration and shared families (pseudonymised, small counts suppressed), when the dataset has beneficiaries.</summary>
    public FamilyReport? Families { get; internal init; }

    /// <summary>
    /// What the partners perceive (the partner survey set beside the declared and enacted layers); null when the dataset
    /// has no survey, or when its survey is dated and no wave falls in the window. A survey in waves is scored on the
    /// rows dated in the window, the latest rating per pair (<see cref="PartnerSurvey.In"/>, <see cref="PerceivedCooperation.Waves"/>).
    /// </summary>
    public PerceivedCooperation? PerceivedCooperation { get; internal init; }

    /// <summary>
    /// Degree and betweenness of the perceived network under the weak and the strong rule side by side, and how much the
    /// non-respondents move them; null when the dataset has no survey.
    /// </summary>
    public PerceivedCentrality? PerceivedCentrality { get; internal init; }

    /// <summary>
    /// One row per institution in dataset order, the columns of <c>metrics.csv</c>: <c>id, name, sector</c> (text), the
    /// centrality measures of <see cref="CooperationAnalysis.MetricColumns"/> (<c>double</c>, null where undefined),
    /// <c>declared, active, articulation_point</c> (<c>bool</c>), <c>fragmentation_without, ei_index</c>, the observed
    /// brokerage roles <c>brokerage_coordinator…brokerage_total</c> and <c>brokerage_total_z</c> (<c>double</c>), and
    /// <c>community</c> (the Leiden community number, 1-based, largest first; see <see cref="Communities"/>) and
    /// <c>in_core</c> (<c>bool</c>, in the Borgatti–Everett core; see <see cref="CorePeriphery"/>; <c>core</c> is the
    /// k-core number of the centrality measures).
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
        foreach (var measure in CentralityMeasureNames.Basic)
        {
            frame.Columns.Add(FrameColumns.Number(measure.ColumnName(), Centrality.Column(measure)));
        }

        var removal = Structure.FragmentationWithout;
        frame.Columns.Add(FrameColumns.Flag("declared", institutions.Select(i => declared.Contains(i.Id))));
        frame.Columns.Add(FrameColumns.Flag("active", institutions.Select(i => active.Contains(i.Id))));
        frame.Columns.Add(FrameColumns.Flag("articulation_point", removal.Select(r => r.IsArticulationPoint)));
        frame.Columns.Add(FrameColumns.Number("fragmentation_without", removal.Select(r => r.Fragmentation)));
        frame.Columns.Add(FrameColumns.Number("ei_index", Mixing.InstitutionEIIndex.Select(e => e.EIIndex)));
        var brokerage = Brokerage.Rows;
        for (int role = 0; role < BrokerageRoles.Names.Count; role++)
        {
            int at = role;
            frame.Columns.Add(FrameColumns.Number("brokerage_" + BrokerageRoles.Names[role], brokerage.Select(b => b.Observed[at])));
        }

        frame.Columns.Add(FrameColumns.Number("brokerage_total_z", brokerage.Select(b => b.Z.Total)));
        frame.Columns.Add(new Int32DataFrameColumn("community", Communities.Membership));
        frame.Columns.Add(FrameColumns.Flag("in_core", CorePeriphery.InCore));
        return frame;
    }

    string INotebookDisplay.ToNotebookHtml() => AnalysisSummary.Html(this);

    string INotebookDisplay.ToNotebookText() => Headline();

    /// <summary>The result in one line in the reader's language (the current UI culture), as the <c>analyze</c> command
    /// prints it: <c>activation rate 0.867; missing sectors: COURT; missing links: COURT–OPS</c>, in Polish
    /// <c>wskaźnik aktywizacji 0,867; brakujące sektory: COURT; …</c>.</summary>
    public string Headline() => Messages.Get("AnalysisHeadline", Text.Words.Number(Gaps.ActivationRate),
        Text.Words.List(Gaps.MissingSectors.Select(s => s.Code)), Text.Words.List(Gaps.MissingLinks.Select(l => l.ToString())));

    /// <summary>The dataset, the model and the headline gaps.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Dataset}; model {Options.Model.Name}; activation rate {ReadableNumber.Short(Gaps.ActivationRate)}; {Count(Gaps.MissingSectors.Count, "missing sector")}, {Count(Gaps.MissingLinks.Count, "missing link")}");

    private static string Count(int count, string noun) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
