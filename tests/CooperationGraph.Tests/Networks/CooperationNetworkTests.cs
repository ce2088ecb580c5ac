namespace CooperationGraph.Tests.Networks;

public class CooperationNetworkTests
{
    private static readonly SectorCatalog C = SectorCatalog.Default;

    // Declaration d1 (ops, pcpr, sp); meeting m1 (ops, pcpr, sp, ngo) in 2019; service s1 (ops, ngo) in 2020; a survey tie pcpr–ngo.
    private static CooperationDataset Dataset() => CooperationDataset.Create(
        [new("ops", "OPS", C["OPS"]), new("pcpr", "PCPR", C["PCPR"]), new("sp", "SP", C["SCHOOL"]), new("ngo", "NGO", C["NGO"]), new("kp", "KP", C["POLICE"])],
        [new Declaration("d1", "d", new DateOnly(2018, 9, 1), DeclarationKind.Declaration, ["ops", "pcpr", "sp"])],
        [
            new JointAction("m1", "m", JointActionKind.Meeting, new DateOnly(2019, 3, 1), new[] { "ops", "pcpr", "sp", "ngo" }.Select(i => new Participation(i))),
            new JointAction("s1", "s", JointActionKind.Service, new DateOnly(2020, 2, 1), [new Participation("ops"), new Participation("ngo")], new DateOnly(2020, 6, 30)),
        ],
        [new Tie("pcpr", "ngo", 2.5, "survey")]);

    [Fact]
    public void Enacted_layer_counts_shared_actions_plus_tie_weights_and_keeps_isolates()
    {
        var network = CooperationNetwork.Build(Dataset());
        Assert.Equal(["ops", "pcpr", "sp", "ngo", "kp"], network.Institutions.Select(i => i.Id));
        Assert.Equal(0, network.Degree("kp"));
        Assert.Equal(2.0, network.Weight("ops", "ngo"));
        Assert.Equal(3.5, network.Weight("pcpr", "ngo"));
        Assert.Equal(1.0, network.Weight("ops", "sp"));
        var tie = network.Ties.Single(t => t.SourceId == "pcpr" && t.TargetId == "ngo");
        Assert.Equal(["m1", "tie:survey"], tie.Events);
        Assert.Equal(6, network.Ties.Count);
    }

    [Fact]
    public void Declared_layer_and_union()
    {
        var declared = CooperationNetwork.Build(Dataset(), new NetworkOptions { Layers = NetworkLayers.Declared });
        Assert.Equal(3, declared.Ties.Count);
        Assert.Equal(0.0, declared.Weight("ops", "ngo"));
        var all = CooperationNetwork.Build(Dataset(), new NetworkOptions { Layers = NetworkLayers.All });
        Assert.Equal(2.0, all.Weight("ops", "pcpr"));
        Assert.Equal(["d1", "m1"], all.Ties.Single(t => t.SourceId == "ops" && t.TargetId == "pcpr").Events);
    }

    [Fact]
    public void Newman_weighting_gives_one_over_k_minus_one_per_event()
    {
        var network = CooperationNetwork.Build(Dataset(), new NetworkOptions { Weighting = EventWeighting.Newman, Layers = NetworkLayers.JointActions });
        // m1 has 4 participants: 1/3 per pair; s1 has 2: 1.
        Assert.Equal(1.0 / 3.0, network.Weight("ops", "pcpr"), 15);
        Assert.Equal(1 + (1.0 / 3.0), network.Weight("ops", "ngo"), 15);
    }

    [Fact]
    public void A_time_window_keeps_overlapping_actions_only()
    {
        var network = CooperationNetwork.Build(Dataset(), new NetworkOptions { Window = new AnalysisWindow(new DateOnly(2020, 6, 1), new DateOnly(2020, 12, 31)) });
        Assert.Equal(1.0, network.Weight("ops", "ngo"));
        Assert.Equal(0.0, network.Weight("ops", "pcpr"));
        Assert.Equal(2.5, network.Weight("pcpr", "ngo"));
    }

    [Fact]
    public void The_projection_of_the_affiliation_network_is_the_event_network()
    {
        var options = new NetworkOptions { Layers = NetworkLayers.Declared | NetworkLayers.JointActions };
        var affiliations = AffiliationNetwork.Build(Dataset(), options);
        Assert.Equal(["d1", "m1", "s1"], affiliations.Events);
        Assert.Equal(3 + 4 + 2, affiliations.Memberships.Count());
        Assert.Equal(["ops", "ngo"], affiliations.Members(2));
        var projected = affiliations.Project();
        var built = CooperationNetwork.Build(Dataset(), options);
        Assert.Equal(built.Ties, projected.Ties, (a, b) => a.SourceId == b.SourceId && a.TargetId == b.TargetId && a.Weight == b.Weight && a.Events.SequenceEqual(b.Events));
    }

    [Fact]
    public void An_edge_list_refuses_non_positive_weights()
    {
        Assert.Throws<ArgumentException>(() => CooperationNetwork.FromEdgeList([("a", "b", 0.0)]));
        var network = CooperationNetwork.FromEdgeList([("a", "b", 1.0), ("b", "a", 2.0), ("c", "c", 1.0)]);
        Assert.Equal(3.0, network.Weight("a", "b"));
        Assert.Equal(["a", "b", "c"], network.Institutions.Select(i => i.Id));
        Assert.Equal("UNKNOWN", network.Institutions[0].Sector.Code);
    }
}
