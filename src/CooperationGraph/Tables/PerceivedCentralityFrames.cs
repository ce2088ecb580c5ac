using CooperationGraph.Tables;
using Microsoft.Data.Analysis;

namespace CooperationGraph;

/// <summary>The perceived network's centrality under both rules as <see cref="DataFrame"/>s (issue 23); empty cells are nulls.</summary>
public static class PerceivedCentralityFrames
{
    /// <summary>The columns of <c>perceived_centrality.csv</c>, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "name", "sector", "responded", "degree_weak", "degree_strong", "degree_centrality_weak", "degree_centrality_strong",
        "betweenness_weak", "betweenness_strong", "betweenness_rank_weak", "betweenness_rank_strong", "rank_change",
    ];

    /// <summary>
    /// One row per invited institution in dataset order (<c>perceived_centrality.csv</c>): <c>id, name, sector,
    /// responded</c>, each measure under the weak then the strong rule (<c>degree_weak, degree_strong</c>…), the ranks by
    /// betweenness among the respondents under each rule and <c>rank_change</c> = weak rank − strong rank. The strong
    /// values and the ranks of a non-respondent are null.
    /// </summary>
    public static DataFrame ToDataFrame(this PerceivedCentrality centrality)
    {
        ArgumentNullException.ThrowIfNull(centrality);
        var rows = centrality.Rows;
        return new DataFrame(
            FrameColumns.Text("id", rows.Select(r => r.InstitutionId)),
            FrameColumns.Text("name", rows.Select(r => r.Institution.Name)),
            FrameColumns.Text("sector", rows.Select(r => r.Institution.Sector.Code)),
            FrameColumns.Flag("responded", rows.Select(r => r.Responded)),
            FrameColumns.Count("degree_weak", rows.Select(r => r.WeakDegree)),
            FrameColumns.Count("degree_strong", rows.Select(r => r.StrongDegree)),
            FrameColumns.Number("degree_centrality_weak", rows.Select(r => r.WeakDegreeCentrality)),
            FrameColumns.Number("degree_centrality_strong", rows.Select(r => r.StrongDegreeCentrality)),
            FrameColumns.Number("betweenness_weak", rows.Select(r => r.WeakBetweenness)),
            FrameColumns.Number("betweenness_strong", rows.Select(r => r.StrongBetweenness)),
            FrameColumns.Count("betweenness_rank_weak", rows.Select(r => r.WeakRank)),
            FrameColumns.Count("betweenness_rank_strong", rows.Select(r => r.StrongRank)),
            FrameColumns.Count("rank_change", rows.Select(r => r.RankChange)));
    }

    /// <summary>
    /// The network figures under each rule and how they move, one row per figure: <c>figure</c> (<c>institutions,
    /// ties, density, degree_centralization, betweenness_centralization, degree_rank_correlation,
    /// betweenness_rank_correlation</c>), <c>weak</c>, <c>strong</c>, <c>change</c> (strong − weak); a rank correlation
    /// compares the two rules, so it fills <c>change</c> only.
    /// </summary>
    public static DataFrame ToFiguresFrame(this PerceivedCentrality centrality)
    {
        ArgumentNullException.ThrowIfNull(centrality);
        var degree = centrality.SensitivityOf(CentralityMeasure.Degree);
        var betweenness = centrality.SensitivityOf(CentralityMeasure.Betweenness);
        (string Figure, double Weak, double Strong, double Change)[] rows =
        [
            ("institutions", centrality.WeakInstitutions, centrality.StrongInstitutions, centrality.StrongInstitutions - centrality.WeakInstitutions),
            ("ties", centrality.WeakTies, centrality.StrongTies, centrality.StrongTies - centrality.WeakTies),
            ("density", centrality.WeakDensity, centrality.StrongDensity, centrality.StrongDensity - centrality.WeakDensity),
            ("degree_centralization", degree.WeakCentralization, degree.StrongCentralization, degree.CentralizationChange),
            ("betweenness_centralization", betweenness.WeakCentralization, betweenness.StrongCentralization, betweenness.CentralizationChange),
            ("degree_rank_correlation", double.NaN, double.NaN, degree.RankCorrelation),
            ("betweenness_rank_correlation", double.NaN, double.NaN, betweenness.RankCorrelation),
        ];
        return new DataFrame(
            FrameColumns.Text("figure", rows.Select(r => r.Figure)),
            FrameColumns.Number("weak", rows.Select(r => r.Weak)),
            FrameColumns.Number("strong", rows.Select(r => r.Strong)),
            FrameColumns.Number("change", rows.Select(r => r.Change)));
    }
}
