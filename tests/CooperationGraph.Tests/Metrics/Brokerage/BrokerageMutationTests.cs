namespace CooperationGraph.Tests.Metrics.Brokerage;

/// <summary>Edge cases of brokerage that the sna fixtures do not reach (guards, messages, one institution, direct ties).</summary>
public class BrokerageMutationTests
{
    [Fact]
    public void Brokerage_of_a_null_dataset_throws_argument_null_naming_the_dataset()
    {
        var error = Assert.Throws<ArgumentNullException>(() => BrokerageAnalysis.Compute(null!));
        Assert.Equal("dataset", error.ParamName);
    }

    [Fact]
    public void A_cancelled_brokerage_throws()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.Throws<OperationCanceledException>(() => BrokerageAnalysis.Compute(Dataset(["OPS", "OPS", "OPS"], [("a", "b"), ("b", "c")]), source.Token));
    }

    [Fact]
    public void One_institution_has_expected_counts_0_and_z_NaN()
    {
        // N = 1: no pair, density 0 (not 0/0), so every expectation is 0, every deviation 0 and every z NaN.
        var result = BrokerageAnalysis.Compute(Dataset(["OPS"], []));
        foreach (var scores in new[] { result["a"], result.Network })
        {
            for (int role = 0; role < 6; role++)
            {
                Assert.Equal(0, scores.Observed[role]);
                Assert.Equal(0, scores.Expected[role]);
                Assert.Equal(0, scores.StandardDeviation[role]);
                Assert.True(double.IsNaN(scores.Z[role]));
            }
        }
    }

    [Fact]
    public void A_closing_tie_first_in_its_source_row_still_removes_the_brokerage()
    {
        // a→c→b is closed by a→b, and b is a's first out-neighbour (position 0 of a's sorted row [b, c]).
        var result = BrokerageAnalysis.Compute(Dataset(["OPS", "OPS", "OPS"], [("a", "c"), ("c", "b"), ("a", "b")]));
        Assert.Equal(3, result.DirectedTies);
        Assert.Equal(0, result["c"].Observed.Total);
    }

    [Fact]
    public void A_direct_tie_adds_both_directions_and_a_repeated_action_counts_once()
    {
        // Actions a→b (twice) and b→c, direct tie a–c: ties a→b, a→c, b→c, c→a. Open two-paths: c→a→b (a brokers)
        // and b→c→a (c brokers); a→b→c is closed by a→c.
        var institutions = Institutions(["OPS", "OPS", "OPS"]);
        var dataset = CooperationDataset.Create(institutions, actions: [Action("1", "a", "b"), Action("2", "a", "b"), Action("3", "b", "c")], ties: [new Tie("a", "c")]);
        var result = BrokerageAnalysis.Compute(dataset);
        Assert.Equal(4, result.DirectedTies);
        Assert.Equal([1.0, 0.0, 1.0], result.Rows.Select(r => r.Observed.Total));
    }

    [Fact]
    public void An_unknown_institution_throws_key_not_found_naming_it()
    {
        var result = BrokerageAnalysis.Compute(Dataset(["OPS"], []));
        var error = Assert.Throws<KeyNotFoundException>(() => result["zz"]);
        Assert.Equal("unknown institution 'zz'", error.Message);
    }

    [Fact]
    public void Role_names_are_the_five_roles_and_the_total_in_column_order()
    {
        Assert.Equal(["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"], BrokerageRoles.Names);
    }

    [Fact]
    public void A_role_index_outside_0_to_5_throws_out_of_range_with_the_message()
    {
        var roles = new BrokerageRoles(1, 2, 3, 4, 5, 15);
        Assert.Equal(15, roles[5]);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => roles[6]);
        Assert.Equal("role", error.ParamName);
        Assert.StartsWith("A role index is 0 to 5.", error.Message, StringComparison.Ordinal);
    }

    private static Institution[] Institutions(string[] sectors) =>
        [.. sectors.Select((s, i) => new Institution(((char)('a' + i)).ToString(), s, SectorCatalog.Default[s]))];

    private static CooperationDataset Dataset(string[] sectors, (string Lead, string Other)[] actions) =>
        CooperationDataset.Create(Institutions(sectors), actions: [.. actions.Select((a, i) => Action(i.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Lead, a.Other))]);

    private static JointAction Action(string id, string lead, string other) =>
        new(id, id, JointActionKind.Meeting, new DateOnly(2019, 1, 1), [new Participation(lead, ParticipantRole.Lead), new Participation(other)]);
}
