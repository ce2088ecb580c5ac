namespace CooperationGraph;

/// <summary>Gould–Fernandez brokerage of every institution, with the network total; see <see cref="BrokerageAnalysis"/>.</summary>
public sealed class BrokerageResult
{
    private readonly Dictionary<string, BrokerageScores> byId;

    internal BrokerageResult(BrokerageScores[] rows, BrokerageScores network, int directedTies, int actionsWithoutLead)
    {
        Rows = new ResultList<BrokerageScores>(rows);
        Network = network;
        DirectedTies = directedTies;
        ActionsWithoutLead = actionsWithoutLead;
        byId = rows.ToDictionary(r => r.InstitutionId!, StringComparer.Ordinal);
    }

    /// <summary>One row per institution, in dataset order.</summary>
    public ResultList<BrokerageScores> Rows { get; }

    /// <summary>The whole network's counts, expectations and z-scores (sna's <c>raw.gli</c>, <c>exp.gli</c>…).</summary>
    public BrokerageScores Network { get; }

    /// <summary>Number of distinct directed ties the roles were counted on.</summary>
    public int DirectedTies { get; }

    /// <summary>Joint actions in the window with no participant in the <c>lead</c> role: they add no directed ties.</summary>
    public int ActionsWithoutLead { get; }

    /// <summary>The scores of one institution.</summary>
    /// <exception cref="KeyNotFoundException">No institution has this id.</exception>
    public BrokerageScores this[string institutionId] => byId.TryGetValue(institutionId, out var row)
        ? row
        : throw new KeyNotFoundException($"unknown institution '{institutionId}'");
}
