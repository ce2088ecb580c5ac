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
        var search = new Search(graph);
        for (int l = 0; l < robustness.Count; l++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var link = robustness[l];
            if (link.Institutions != 1)
            {
                result[l] = [];
                continue;
            }

            int[] first = LinkRobustnessAnalysis.Active(institutions, isActive, link.Link.First);
            var carriers = new SortedSet<int>();
            if (link.Link.IsWithinSector)
            {
                foreach (int s in first)
                {
                    search.AddCarriers(carriers, [s], [.. first.Where(t => t != s)], s);
                }
            }
            else
            {
                search.AddCarriers(carriers, first, LinkRobustnessAnalysis.Active(institutions, isActive, link.Link.Second), -1);
            }

            result[l] = [.. carriers];
        }

        return result;
    }

    /// <summary>Breadth-first searches on one graph, their arrays allocated once and reset by a stamp per search.</summary>
    private sealed class Search(WeightedGraph graph)
    {
        private readonly int[] parent = new int[graph.NodeCount];
        private readonly int[] seen = new int[graph.NodeCount];
        private readonly int[] sink = new int[graph.NodeCount];
        private readonly int[] queue = new int[graph.NodeCount];
        private readonly List<int> path = [];
        private int stamp;

        /// <summary>Adds every node (other than <paramref name="kept"/>) whose removal disconnects the sources from the sinks, when they are connected.</summary>
        public void AddCarriers(SortedSet<int> carriers, int[] sources, int[] sinks, int kept)
        {
            if (!Connects(sources, sinks, -1))
            {
                return;
            }

            int[] candidates = [.. path];
            foreach (int x in candidates)
            {
                if (x != kept && !Connects(sources, sinks, x))
                {
                    carriers.Add(x);
                }
            }
        }

        /// <summary>Whether a path joins a source to a sink avoiding <paramref name="removed"/> (its ends included);
        /// when one does, <see cref="path"/> holds a shortest one.</summary>
        private bool Connects(int[] sources, int[] sinks, int removed)
        {
            stamp++;
            path.Clear();
            foreach (int t in sinks)
            {
                sink[t] = t != removed ? stamp : 0;
            }

            int head = 0, tail = 0;
            foreach (int s in sources)
            {
                if (s != removed && seen[s] != stamp)
                {
                    seen[s] = stamp;
                    parent[s] = -1;
                    queue[tail++] = s;
                }
            }

            while (head < tail)
            {
                int v = queue[head++];
                if (sink[v] == stamp)
                {
                    for (int w = v; w >= 0; w = parent[w])
                    {
                        path.Add(w);
                    }

                    return true;
                }

                foreach (int w in graph.Neighbours(v))
                {
                    if (w != removed && seen[w] != stamp)
                    {
                        seen[w] = stamp;
                        parent[w] = v;
                        queue[tail++] = w;
                    }
                }
            }

            return false;
        }
    }
}
