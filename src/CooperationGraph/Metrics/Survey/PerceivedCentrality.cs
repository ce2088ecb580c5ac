namespace CooperationGraph;

/// <summary>
/// Centrality and centralization of the perceived network of a partner survey under both tie rules side by side, and
/// how much they move between them (sensitivity to the non-respondents): one part of <c>AnalysisResult</c>, present
/// when the dataset has a survey (<c>perceived_centrality.csv</c>, the report's section "Perceived cooperation").
/// </summary>
/// <remarks>
/// <para>The weak network (<see cref="PerceivedTieRule.Weak"/>) holds every invited institution, tied when either side
/// reports a level of at least 1, so a non-respondent's ties come from the others' reports (UCINET's reconstruction);
/// the strong network (<see cref="PerceivedTieRule.Strong"/>) holds the respondents only, tied when both report one
/// (sna <c>symmetrize(rule = "weak" | "strong")</c>). Both are unweighted: a tie is a tie whatever its levels, as in the
/// densities of <see cref="PerceivedCooperation"/>. The rule set for the rest of the analysis
/// (<see cref="SurveyOptions.Rule"/>) does not change this part: it always shows both.</para>
/// <para>Per institution: degree, degree / (n − 1) and betweenness normalised by (n − 1)(n − 2)/2 (Brandes 2001,
/// doi:10.1080/0022250X.2001.9990249), each equal to NetworkX's <c>G.degree()</c>, <c>degree_centrality</c> and
/// <c>betweenness_centrality</c> on that rule's network, isolates kept (0). Per network: ties, density = ties /
/// (n(n − 1)/2) (sna <c>gden</c>; equal to <see cref="PerceivedCooperation.WeakDensity"/> and
/// <see cref="PerceivedCooperation.StrongDensity"/>), and Freeman's degree and betweenness centralization (Freeman 1978,
/// doi:10.1016/0378-8733(78)90021-7; the library's <see cref="Centralization"/>, as igraph's <c>centr_degree</c> and
/// <c>centr_betw</c> normalised; NetworkX has none). Sensitivity: for degree and betweenness, Spearman's ρ over the
/// respondents (the institutions both networks hold) and the change in centralization (<see cref="RuleSensitivity"/>).
/// Eigenvector centrality is left out: the strong network is often disconnected, where it lives on one component only.
/// Time O(m² + n·t) for m invited institutions and t perceived ties.</para>
/// </remarks>
public sealed class PerceivedCentrality
{
    internal PerceivedCentrality(CentralityTable weak, CentralityTable strong, int weakTies, int strongTies, IReadOnlyList<PerceivedCentralityRow> rows, IReadOnlyList<RuleSensitivity> sensitivity)
    {
        Weak = weak;
        Strong = strong;
        WeakTies = weakTies;
        StrongTies = strongTies;
        Rows = rows;
        Sensitivity = sensitivity;
    }

    /// <summary>Degree and betweenness of the weak network, over the invited institutions in dataset order, with its centralization.</summary>
    public CentralityTable Weak { get; }

    /// <summary>Degree and betweenness of the strong network, over the respondents in dataset order, with its centralization.</summary>
    public CentralityTable Strong { get; }

    /// <summary>Institutions in the weak network: every invited one.</summary>
    public int WeakInstitutions => Weak.Ids.Count;

    /// <summary>Institutions in the strong network: the respondents.</summary>
    public int StrongInstitutions => Strong.Ids.Count;

    /// <summary>Ties of the weak network.</summary>
    public int WeakTies { get; }

    /// <summary>Ties of the strong network.</summary>
    public int StrongTies { get; }

    /// <summary>Density of the weak network; NaN below two institutions.</summary>
    public double WeakDensity => Density(WeakTies, WeakInstitutions);

    /// <summary>Density of the strong network; NaN below two respondents.</summary>
    public double StrongDensity => Density(StrongTies, StrongInstitutions);

    /// <summary>One row per invited institution, in dataset order (<c>perceived_centrality.csv</c>).</summary>
    public IReadOnlyList<PerceivedCentralityRow> Rows { get; }

    /// <summary>Degree, then betweenness: how much each moves from the weak to the strong rule.</summary>
    public IReadOnlyList<RuleSensitivity> Sensitivity { get; }

    /// <summary>The sensitivity of one measure.</summary>
    /// <exception cref="KeyNotFoundException">Neither degree nor betweenness.</exception>
    public RuleSensitivity SensitivityOf(CentralityMeasure measure) =>
        Sensitivity.FirstOrDefault(s => s.Measure == measure) ?? throw new KeyNotFoundException($"measure '{measure.ColumnName()}' is not compared; compared: degree, betweenness");

    private static double Density(int ties, int n) => n < 2 ? double.NaN : ties / (n * (n - 1) / 2.0);
}
