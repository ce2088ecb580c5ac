namespace CooperationGraph.Tests.Metrics.Dynamics;

/// <summary>
/// A by-hand example: OPS A, PCPR B, school C, NGO D; all four signed on 2018-12-01. Joint actions: A+B on 10 January
/// 2019, A+B+C on 5 February, C+D on 20 March, A+B from 2 May to 3 June, A+C on 15 June. Nothing in April.
/// </summary>
internal static class FourInstitutions
{
    public static CooperationDataset Dataset { get; } = Build();

    public static CooperationModel Model { get; } = new("four", [],
        [new SectorPair(Sector("OPS"), Sector("PCPR")), new SectorPair(Sector("OPS"), Sector("SCHOOL")), new SectorPair(Sector("SCHOOL"), Sector("NGO"))]);

    private static Sector Sector(string code) => SectorCatalog.Default[code];

    private static CooperationDataset Build()
    {
        Institution[] institutions =
        [
            new("A", "OPS A", Sector("OPS"), "Gmina A", TerritorialLevel.Gmina),
            new("B", "PCPR B", Sector("PCPR"), "Powiat", TerritorialLevel.Powiat),
            new("C", "School C", Sector("SCHOOL"), "Gmina A", TerritorialLevel.Gmina),
            new("D", "NGO D", Sector("NGO"), "Gmina A", TerritorialLevel.Gmina),
        ];
        JointAction Action(string id, DateOnly date, DateOnly? end, params string[] who) =>
            new(id, id, JointActionKind.Meeting, date, who.Select(w => new Participation(w)), end);
        return CooperationDataset.Create(
            institutions,
            [new Declaration("d1", "Declaration", new DateOnly(2018, 12, 1), DeclarationKind.Declaration, ["A", "B", "C", "D"])],
            [
                Action("a1", new(2019, 1, 10), null, "A", "B"),
                Action("a2", new(2019, 2, 5), null, "A", "B", "C"),
                Action("a3", new(2019, 3, 20), null, "C", "D"),
                Action("a4", new(2019, 5, 2), new(2019, 6, 3), "A", "B"),
                Action("a5", new(2019, 6, 15), null, "A", "C"),
            ]);
    }
}
