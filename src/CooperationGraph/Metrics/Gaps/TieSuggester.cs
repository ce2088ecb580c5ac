namespace CooperationGraph.Metrics.Gaps;

/// <summary>
/// Candidate ties for missing links, ranked by the Adamic–Adar index (Adamic &amp; Adar 2003, Friends and neighbors on
/// the Web, Social Networks 25(3), https://doi.org/10.1016/S0378-8733(03)00009-1; NetworkX <c>adamic_adar_index</c>).
/// </summary>
internal static class TieSuggester
{
    /// <summary>
    /// For each missing link (a, b): every pair of an institution of sector a with one of sector b, taken among the
    /// active ones of each sector or, where a sector has none active, among all of it; ranked by Adamic–Adar, then
    /// common partners, then dataset order. Pairs already tied are skipped.
    /// </summary>
    public static List<SuggestedTie> Suggest(IReadOnlyList<Institution> institutions, bool[] active, int[] offsets, int[] targets,
        IEnumerable<SectorPair> missing, int perLink)
    {
        var result = new List<SuggestedTie>();
        foreach (var link in missing)
        {
            int[] first = Candidates(institutions, active, link.First);
            int[] second = Candidates(institutions, active, link.Second);
            var scored = new List<(int U, int V, double Score, int Common)>();
            foreach (int u in first)
            {
                foreach (int v in second)
                {
                    if (u == v || (link.IsWithinSector && v < u) || Neighbours(offsets, targets, u).BinarySearch(v) >= 0)
                    {
                        continue;
                    }

                    var (score, common) = AdamicAdar(offsets, targets, u, v);
                    scored.Add((u, v, score, common));
                }
            }

            foreach (var (u, v, score, common) in scored.OrderByDescending(s => s.Score).ThenByDescending(s => s.Common).ThenBy(s => s.U).ThenBy(s => s.V).Take(perLink))
            {
                result.Add(new SuggestedTie(link, institutions[u].Id, institutions[v].Id, score, common));
            }
        }

        return result;
    }

    internal static (double Score, int Common) AdamicAdar(int[] offsets, int[] targets, int u, int v)
    {
        var a = Neighbours(offsets, targets, u);
        var common = new int[a.Length];
        int count = Graph.SortedSpans.Intersect(a, Neighbours(offsets, targets, v), common);
        double score = 0;
        for (int i = 0; i < count; i++)
        {
            score += 1 / Math.Log(offsets[common[i] + 1] - offsets[common[i]]);
        }

        return (score, count);
    }

    private static ReadOnlySpan<int> Neighbours(int[] offsets, int[] targets, int v) => targets.AsSpan(offsets[v], offsets[v + 1] - offsets[v]);

    private static int[] Candidates(IReadOnlyList<Institution> institutions, bool[] active, Sector sector)
    {
        var all = Enumerable.Range(0, institutions.Count).Where(i => institutions[i].Sector == sector).ToArray();
        var working = all.Where(i => active[i]).ToArray();
        return working.Length > 0 ? working : all;
    }
}
