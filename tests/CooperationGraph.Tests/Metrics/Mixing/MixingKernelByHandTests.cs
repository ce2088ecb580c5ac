using CooperationGraph.Metrics.Mixing;

namespace CooperationGraph.Tests.Metrics.Mixing;

/// <summary>
/// Every count of the mixing kernel and every E-I index of sector mixing on five institutions in three sectors,
/// worked out by hand (tests/MUTATION.md).
/// </summary>
/// <remarks>
/// A, B are OPS (group 0); C, D are SCHOOL (group 1); E is NGO (group 2). Ties: A–B and C–D inside a sector;
/// A–C, B–C and D–E across.
/// </remarks>
public class MixingKernelByHandTests
{
    private static readonly Sector Ops = new("OPS", "ośrodek", "centre");
    private static readonly Sector School = new("SCHOOL", "szkoła", "school");
    private static readonly Sector Ngo = new("NGO", "organizacja", "organisation");

    private static readonly Institution[] Institutions =
        [new("A", "A", Ops), new("B", "B", Ops), new("C", "C", School), new("D", "D", School), new("E", "E", Ngo)];

    private static readonly (int U, int V)[] Ties = [(0, 1), (0, 2), (1, 2), (2, 3), (3, 4)];

    [Fact]
    public void The_kernel_counts_each_institution_s_ties_across_and_inside_its_sector()
    {
        // Across: A (A–C), B (B–C), C (A–C, B–C), D (D–E), E (D–E). Inside: A, B (A–B), C, D (C–D), E none.
        var kernel = MixingKernel.Run(5, 3, [0, 0, 1, 1, 2], Ties);

        Assert.Equal([1, 1, 2, 1, 1], kernel.NodeExternal);
        Assert.Equal([1, 1, 1, 1, 0], kernel.NodeInternal);
    }

    [Fact]
    public void The_kernel_counts_each_sector_s_ties_across_once_and_inside_once_per_end()
    {
        // Across: OPS A–C, B–C = 2; SCHOOL A–C, B–C, D–E = 3; NGO D–E = 1. Inside: OPS A–B and SCHOOL C–D, 2 ends each.
        var kernel = MixingKernel.Run(5, 3, [0, 0, 1, 1, 2], Ties);

        Assert.Equal([2L, 3, 1], kernel.GroupExternal);
        Assert.Equal([2L, 2, 0], kernel.GroupInternal);
        Assert.Equal((3L, 2L), (kernel.External, kernel.Internal));
        Assert.Equal(new long[,] { { 1, 2, 0 }, { 2, 1, 1 }, { 0, 1, 0 } }, kernel.Mixing);
    }

    [Fact]
    public void The_E_I_index_of_three_ties_across_and_one_inside_is_one_half()
    {
        // (3 − 1) / (3 + 1).
        Assert.Equal(0.5, MixingKernel.Index(3, 1));
    }

    [Fact]
    public void Sector_mixing_gives_the_E_I_index_of_the_network_of_each_sector_and_of_each_institution()
    {
        // Network (3 − 2)/5 = 0.2. Sectors: OPS (2 − 2)/4 = 0, SCHOOL (3 − 2)/5 = 0.2, NGO (1 − 0)/1 = 1.
        // Institutions: A, B, D (1 − 1)/2 = 0, C (2 − 1)/3 = 1/3, E (1 − 0)/1 = 1.
        var mixing = SectorMixing.Compute(Institutions, Ties);

        Assert.Equal(0.2, mixing.EIIndex);
        Assert.Equal([(Ops, 0.0), (School, 0.2), (Ngo, 1.0)], mixing.SectorEIIndex.Select(s => (s.Sector, s.EIIndex)));
        Assert.Equal([("A", 0.0), ("B", 0.0), ("C", 1.0 / 3), ("D", 0.0), ("E", 1.0)], mixing.InstitutionEIIndex.Select(i => (i.InstitutionId, i.EIIndex)));
    }
}
