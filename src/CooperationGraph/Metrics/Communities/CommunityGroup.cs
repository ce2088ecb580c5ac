namespace CooperationGraph;

/// <summary>One community: its number (1 the largest), its institutions in dataset order, and how many of each sector it holds.</summary>
/// <param name="Community">The community's number, 1-based, largest first.</param>
/// <param name="Members">Ids of its institutions, in dataset order.</param>
/// <param name="Sectors">Sector code → number of its institutions of that sector, sectors in order of first member.</param>
public sealed record CommunityGroup(int Community, IReadOnlyList<string> Members, IReadOnlyDictionary<string, int> Sectors)
{
    /// <summary>Number of institutions.</summary>
    public int Size => Members.Count;
}
