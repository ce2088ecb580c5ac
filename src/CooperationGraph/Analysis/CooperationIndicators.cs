namespace CooperationGraph;

/// <summary>
/// The headline indicators of one gmina (or one time window): the row of <c>comparison.csv</c> and of the indicators
/// over time. Shares are between 0 and 1; NaN (null in tables) where undefined.
/// </summary>
/// <param name="Institutions">Institutions in the dataset (or in the gmina's part of it).</param>
/// <param name="Declared">Institutions that signed a declaration in force.</param>
/// <param name="Active">Institutions that took part in a joint action in the window.</param>
/// <param name="ActivationRate">|declared ∩ active| / |declared|.</param>
/// <param name="RequiredSectorsPresent">Share of the model's required sectors with an active institution.</param>
/// <param name="RequiredLinksRealised">Share of the model's required links with an enacted tie.</param>
/// <param name="Density">Density of the enacted network.</param>
/// <param name="Components">Connected components of the enacted network (isolates count).</param>
/// <param name="Fragmentation">Borgatti's fragmentation: share of pairs that cannot reach each other.</param>
/// <param name="EIIndex">Krackhardt–Stern E-I index of the enacted ties with the sector as group.</param>
/// <param name="DegreeCentralization">Freeman degree centralization.</param>
/// <param name="BetweennessCentralization">Freeman betweenness centralization.</param>
/// <param name="OpsBetweennessRank">
/// The OPS's rank by betweenness among all institutions (1 = highest; tied values share the better rank); the OPS is
/// the OPS-sector institution of the gmina's own unit when there is one, else the OPS with the highest betweenness;
/// null without an OPS.
/// </param>
/// <param name="OpsBrokerage">That OPS's total Gould–Fernandez brokerage (sector as group); null without an OPS.</param>
/// <param name="WeakestLinkInstitutions">
/// Link robustness (<see cref="LinkRobustness"/>): the least number of institutions whose loss breaks a
/// realised required link, over the realised ones; null when no required link is realised.
/// </param>
/// <param name="FragileLinks">Realised required links that the loss of one institution or one tie would break.</param>
public sealed record CooperationIndicators(
    int Institutions, int Declared, int Active, double ActivationRate, double RequiredSectorsPresent, double RequiredLinksRealised,
    double Density, int Components, double Fragmentation, double EIIndex, double DegreeCentralization, double BetweennessCentralization,
    int? OpsBetweennessRank, double? OpsBrokerage, int? WeakestLinkInstitutions, int FragileLinks)
{
    /// <summary>The column names of the indicators in tables, in order (after the gmina or window column).</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "institutions", "declared", "active", "activation_rate", "required_sectors_present", "required_links_realised", "density",
        "components", "fragmentation", "ei_index", "degree_centralization", "betweenness_centralization", "ops_betweenness_rank", "ops_brokerage",
        "weakest_link_institutions", "fragile_links",
    ];

    /// <summary>
    /// The partner survey's figures in the window (<see cref="AnalysisResult.PerceivedCooperation"/>); null without a
    /// survey, or when the survey is dated and no wave falls in the window. Not among <see cref="Columns"/>: tables add
    /// its columns (<see cref="SurveyIndicators.Columns"/>) where the data has a survey.
    /// </summary>
    public SurveyIndicators? Survey { get; init; }

    /// <summary>The indicators of an analysis.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="unit">The gmina's own unit, to pick its OPS; none by default.</param>
    public static CooperationIndicators From(AnalysisResult result, string? unit = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var gaps = result.Gaps;
        var institutions = result.Dataset.Institutions;
        var betweenness = result.Centrality.Column(CentralityMeasure.Betweenness);
        int ops = -1;
        for (int i = 0; i < institutions.Count; i++)
        {
            if (institutions[i].Sector.Code != "OPS")
            {
                continue;
            }

            bool own = unit is not null && institutions[i].Unit == unit;
            bool ownChosen = ops >= 0 && unit is not null && institutions[ops].Unit == unit;
            if (ops < 0 || (own && !ownChosen) || (own == ownChosen && betweenness[i] > betweenness[ops]))
            {
                ops = i;
            }
        }

        int? rank = null;
        if (ops >= 0)
        {
            rank = 1;
            for (int i = 0; i < institutions.Count; i++)
            {
                rank += betweenness[i] > betweenness[ops] ? 1 : 0;
            }
        }

        var realised = gaps.LinkRobustness.Where(r => r.Institutions > 0).ToList();
        return new CooperationIndicators(
            institutions.Count, gaps.Declared.Count, gaps.Active.Count, gaps.ActivationRate,
            RequiredSectorsPresentIn(gaps), RequiredLinksRealisedIn(gaps),
            result.Structure.Density, result.Structure.Components.Count, result.Structure.Fragmentation, result.Mixing.EIIndex,
            result.Centrality.Centralization.Degree, result.Centrality.Centralization.Betweenness,
            rank, ops >= 0 ? result.Brokerage.Rows[ops].Observed.Total : null,
            realised.Count == 0 ? null : realised.Min(r => r.Institutions), realised.Count(r => r.IsFragile))
        {
            Survey = result.PerceivedCooperation is { } survey ? SurveyIndicators.From(survey) : null,
        };
    }

    /// <summary>The share of the model's required sectors with an active institution; NaN when the model requires none.</summary>
    internal static double RequiredSectorsPresentIn(GapReport gaps) =>
        gaps.Model.RequiredSectors.Count == 0 ? double.NaN : 1 - ((double)gaps.MissingSectors.Count / gaps.Model.RequiredSectors.Count);

    /// <summary>The share of the model's required links with an enacted tie; NaN when the model requires none.</summary>
    internal static double RequiredLinksRealisedIn(GapReport gaps) =>
        gaps.Links.Count == 0 ? double.NaN : 1 - ((double)gaps.MissingLinks.Count / gaps.Links.Count);

    /// <summary>The values in <see cref="Columns"/> order: integers as <see cref="int"/>, shares as <see cref="double"/> (NaN undefined), null where absent.</summary>
    public IReadOnlyList<object?> Values() =>
    [
        Institutions, Declared, Active, ActivationRate, RequiredSectorsPresent, RequiredLinksRealised, Density,
        Components, Fragmentation, EIIndex, DegreeCentralization, BetweennessCentralization, OpsBetweennessRank, OpsBrokerage,
        WeakestLinkInstitutions, FragileLinks,
    ];
}
