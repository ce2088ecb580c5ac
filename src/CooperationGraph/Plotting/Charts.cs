namespace CooperationGraph;

/// <summary>
/// The charts researchers read a cooperation network by, each a <see cref="Figure"/> to show in a notebook, save as an
/// offline page or put into the report: the network map (<see cref="NetworkMap(AnalysisResult, NetworkMapOptions?, CancellationToken)"/>),
/// the gap heatmap of required sector links (<see cref="GapHeatmap"/>), the sector mixing heatmap
/// (<see cref="MixingHeatmap"/>), a centrality bar chart (<see cref="CentralityBar(AnalysisResult, CentralityMeasure, int)"/>),
/// the timeline of joint actions (<see cref="Timeline(CooperationDataset)"/>), and window comparisons (<see cref="WindowComparison"/>)
/// and of gminas (<see cref="GminaComparison"/>). Text from the data (names, titles) is plain text in every chart.
/// </summary>
public static partial class Charts
{
    /// <summary>Category labels for institutions: the name, with the id added where two share a name.</summary>
    private static List<object?> Labels(IReadOnlyList<Institution> institutions)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var institution in institutions)
        {
            counts[institution.Name] = counts.GetValueOrDefault(institution.Name) + 1;
        }

        return [.. institutions.Select(i => (object?)(counts[i.Name] > 1 ? $"{i.Name} ({i.Id})" : i.Name))];
    }
}
