using CooperationGraph.Graph;

namespace CooperationGraph.Metrics.Gaps;

/// <summary>
/// Which institutions carry a required sector link alone: those whose loss by itself breaks it, the one-institution
/// cuts behind a <see cref="LinkRobustness.Institutions"/> of 1. For a link A–B between two sectors, X carries it when
/// no enacted path is left between an active institution of A and one of B once X is gone (X may be one of them: the
/// only active institution of A carries every link of A). For a link inside one sector S, read as the weakest member's
/// cut (<see cref="LinkRobustness"/>), X carries it when some other active institution s of S reached another active
/// one of S and reaches none once X is gone. Every one-institution cut lies on every path it cuts, so only the
/// institutions of one shortest path are tried: O(ℓ (n + m)) per link for a path of ℓ institutions, and the links with
/// a robustness above 1 are skipped (they have no carrier). In NetworkX terms: on the construction of
/// <see cref="LinkRobustness"/>, the nodes X for which <c>nx.has_path(G - X, "source", "sink")</c> is false.
/// </summary>
internal static class LinkCarriers
{
    /// <summary>Per link, in the order of <paramref name="robustness"/>, the positions of its carriers in ascending order (empty when none).</summary>
    public static int[][] Compute(IReadOnlyList<Institution> institutions, IReadOnlyList<bool> isActive, WeightedGraph graph, IReadOnlyList<LinkRobustness> robustness, CancellationToken cancellationToken = default)
    {
        var result = new int[robustness.Count][];
        for (int l = 0; l < robustness.Count; l++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var link = robustness[l];
            if (link.Institutions != 1)
            {
                result[l] = [];
                continue;
            }

            int[] first = Active(institutions, isActive, link.Link.First);
            var carriers = new SortedSet<int>();
            if (link.Link.IsWithinSector)
            {
                foreach (int s in first)
                {
                    Add(carriers, graph, [s], [.. first.Where(t => t != s)], s);
                }
            }
            else
            {
                Add(carriers, graph, first, Active(institutions, isActive, link.Link.Second), -1);
            }

            result[l] = [.. carriers];
        }

        return result;
    }

    /// <summary>Adds every node (other than <paramref name="kept"/>) whose removal disconnects the sources from the sinks, when they are connected.</summary>
    private static void Add(SortedSet<int> carriers, WeightedGraph graph, int[] sources, int[] sinks, int kept)
    {
        if (Path(graph, sources, sinks, -1) is not { } path)
        {
            return;
        }

        foreach (int x in path)
        {
            if (x != kept && Path(graph, sources, sinks, x) is null)
            {
                carriers.Add(x);
            }
        }
    }

    /// <summary>A shortest path from a source to a sink avoiding <paramref name="removed"/> (its ends included), or null.</summary>
    private static List<int>? Path(WeightedGraph graph, int[] sources, int[] sinks, int removed)
    {
        int n = graph.NodeCount;
        var parent = new int[n];
        Array.Fill(parent, -2);
        var isSink = new bool[n];
        foreach (int t in sinks)
        {
            isSink[t] = t != removed;
        }

        var queue = new Queue<int>();
        foreach (int s in sources)
        {
            if (s != removed && parent[s] == -2)
            {
                parent[s] = -1;
                queue.Enqueue(s);
            }
        }

        while (queue.Count > 0)
        {
            int v = queue.Dequeue();
            if (isSink[v])
            {
                var path = new List<int>();
                for (int w = v; w >= 0; w = parent[w])
                {
                    path.Add(w);
                }

                return path;
            }

            foreach (int w in graph.Neighbours(v))
            {
                if (w != removed && parent[w] == -2)
                {
                    parent[w] = v;
                    queue.Enqueue(w);
                }
            }
        }

        return null;
    }

    private static int[] Active(IReadOnlyList<Institution> institutions, IReadOnlyList<bool> isActive, Sector sector)
    {
        var members = new List<int>();
        for (int i = 0; i < institutions.Count; i++)
        {
            if (isActive[i] && institutions[i].Sector == sector)
            {
                members.Add(i);
            }
        }

        return [.. members];
    }
}
