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
        var common = new int[MaxDegree(offsets)];
        var best = new List<(int U, int V, double Score, int Common)>(perLink + 1);
        foreach (var link in missing)
        {
            int[] first = Candidates(institutions, active, link.First);
            int[] second = Candidates(institutions, active, link.Second);

            // The best perLink pairs kept as the pairs are scored (a national missing link has about a million), in
            // the order of the ranking: score, then common partners, highest first, then dataset order.
            best.Clear();
            foreach (int u in first)
            {
                foreach (int v in second)
                {
                    if (u == v || (link.IsWithinSector && v < u) || Neighbours(offsets, targets, u).BinarySearch(v) >= 0)
                    {
                        continue;
                    }

                    var (score, shared) = AdamicAdar(offsets, targets, u, v, common);
                    var pair = (u, v, score, shared);
                    int at = best.Count;
                    while (at > 0 && Ranks(pair, best[at - 1]))
                    {
                        at--;
                    }

                    if (at < perLink)
                    {
                        best.Insert(at, pair);
                        if (best.Count > perLink)
                        {
                            best.RemoveAt(perLink);
                        }
                    }
                }
            }

            foreach (var (u, v, score, shared) in best)
            {
                result.Add(new SuggestedTie(link, institutions[u].Id, institutions[v].Id, score, shared));
            }
        }

        return result;
    }

    /// <summary>Whether <paramref name="a"/> ranks before <paramref name="b"/>: higher score, more common partners, then lower U, lower V.</summary>
    private static bool Ranks((int U, int V, double Score, int Common) a, (int U, int V, double Score, int Common) b) =>
        a.Score != b.Score ? a.Score > b.Score
        : a.Common != b.Common ? a.Common > b.Common
        : a.U != b.U ? a.U < b.U
        : a.V < b.V;

    private static int MaxDegree(int[] offsets)
    {
        int most = 0;
        for (int v = 0; v + 1 < offsets.Length; v++)
        {
            most = Math.Max(most, offsets[v + 1] - offsets[v]);
        }

        return most;
    }

    internal static (double Score, int Common) AdamicAdar(int[] offsets, int[] targets, int u, int v) =>
        AdamicAdar(offsets, targets, u, v, new int[offsets[u + 1] - offsets[u]]);

    /// <summary>The Adamic–Adar index of u and v and their number of common partners, <paramref name="common"/> a buffer of at least u's degree.</summary>
    internal static (double Score, int Common) AdamicAdar(int[] offsets, int[] targets, int u, int v, int[] common)
    {
        var a = Neighbours(offsets, targets, u);
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
