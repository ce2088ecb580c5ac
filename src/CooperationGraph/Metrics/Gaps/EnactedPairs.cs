using CooperationGraph.Model;

namespace CooperationGraph.Metrics.Gaps;

/// <summary>
/// The distinct institution pairs of the enacted layer in a window (co-participants of a joint action, and direct
/// ties), as dense indexes into <see cref="CooperationDataset.Institutions"/>, each pair once with u &lt; v, sorted.
/// </summary>
internal static class EnactedPairs
{
    public static (int U, int V)[] Compute(CooperationDataset dataset, AnalysisWindow window, bool[]? active = null)
    {
        var index = IndexOf(dataset);
        var pairs = new HashSet<(int, int)>();
        foreach (var action in dataset.JointActions)
        {
            if (!window.Includes(action))
            {
                continue;
            }

            var participants = action.Participants;
            for (int a = 0; a < participants.Count; a++)
            {
                int i = index[participants[a].InstitutionId];
                if (active is not null)
                {
                    active[i] = true;
                }

                for (int b = a + 1; b < participants.Count; b++)
                {
                    int j = index[participants[b].InstitutionId];
                    pairs.Add((Math.Min(i, j), Math.Max(i, j)));
                }
            }
        }

        foreach (var tie in dataset.Ties)
        {
            int i = index[tie.Source], j = index[tie.Target];
            pairs.Add((Math.Min(i, j), Math.Max(i, j)));
        }

        var sorted = pairs.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    public static Dictionary<string, int> IndexOf(CooperationDataset dataset)
    {
        var index = new Dictionary<string, int>(dataset.Institutions.Count, StringComparer.Ordinal);
        for (int i = 0; i < dataset.Institutions.Count; i++)
        {
            index[dataset.Institutions[i].Id] = i;
        }

        return index;
    }

    /// <summary>Symmetric CSR adjacency (sorted neighbours) of the pairs on <paramref name="nodeCount"/> nodes.</summary>
    public static (int[] Offsets, int[] Targets) Adjacency(int nodeCount, ReadOnlySpan<(int U, int V)> pairs)
    {
        var offsets = new int[nodeCount + 1];
        foreach (var (u, v) in pairs)
        {
            offsets[u + 1]++;
            offsets[v + 1]++;
        }

        for (int i = 0; i < nodeCount; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var fill = offsets[..^1];
        var targets = new int[offsets[nodeCount]];
        foreach (var (u, v) in pairs)
        {
            targets[fill[u]++] = v;
            targets[fill[v]++] = u;
        }

        for (int i = 0; i < nodeCount; i++)
        {
            Array.Sort(targets, offsets[i], offsets[i + 1] - offsets[i]);
        }

        return (offsets, targets);
    }
}
