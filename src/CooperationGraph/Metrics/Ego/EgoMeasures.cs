using CooperationGraph.Graph;

namespace CooperationGraph;

/// <summary>
/// Ego-network measures of every institution (<see cref="EgoNetwork"/>): UCINET's ego measures (size, ties, pairs,
/// density, components among the alters, two-step reach, reach efficiency), after Everett &amp; Borgatti (2005), "Ego
/// network betweenness", Social Networks 27(1), 31–38, and Borgatti, Everett &amp; Freeman (2002), UCINET 6. Unweighted
/// (a tie is present or absent; self-loops ignored). NetworkX equivalents: <c>nx.ego_graph(G, v)</c>,
/// <c>G.subgraph(G[v])</c> with <c>number_of_edges()</c> and <c>nx.number_connected_components</c>, and
/// <c>nx.single_source_shortest_path_length(G, v, cutoff=2)</c>. Burt's effective size and constraint stay in
/// <see cref="CentralityAnalysis"/>.
/// </summary>
public static class EgoMeasures
{
    /// <summary>The measures of every institution, in network order. O(Σ_v Σ_{u∈N(v)} deg u) time, O(n) memory.</summary>
    /// <param name="network">The network (its ties, unweighted).</param>
    /// <param name="cancellationToken">Cancels between institutions.</param>
    public static ResultList<EgoNetwork> Compute(CooperationNetwork network, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        var values = Compute(network.Graph, cancellationToken);
        var rows = new EgoNetwork[values.Length];
        for (int v = 0; v < rows.Length; v++)
        {
            rows[v] = values[v] with { Id = network.Institutions[v].Id };
        }

        return new ResultList<EgoNetwork>(rows);
    }

    /// <summary>The measures on the compact graph, ids left empty.</summary>
    internal static EgoNetwork[] Compute(WeightedGraph graph, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        int[] offsets = graph.Offsets, targets = graph.Targets;
        var alter = new int[n];   // alter[u] == v + 1: u is a neighbour of v
        var reached = new int[n]; // reached[u] == v + 1: u is within two steps of v (or is v)
        var seen = new int[n];    // seen[u] == v + 1: u already placed in a component of v's alters
        var queue = new int[n];
        var rows = new EgoNetwork[n];
        for (int v = 0; v < n; v++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int stamp = v + 1;
            int start = offsets[v], end = offsets[v + 1], size = end - start;
            reached[v] = stamp;
            for (int i = start; i < end; i++)
            {
                alter[targets[i]] = stamp;
                reached[targets[i]] = stamp;
            }

            int reach = size, doubleTies = 0;
            for (int i = start; i < end; i++)
            {
                int u = targets[i];
                for (int j = offsets[u]; j < offsets[u + 1]; j++)
                {
                    int w = targets[j];
                    if (alter[w] == stamp)
                    {
                        doubleTies++;
                    }
                    else if (reached[w] != stamp)
                    {
                        reached[w] = stamp;
                        reach++;
                    }
                }
            }

            int components = 0;
            for (int i = start; i < end; i++)
            {
                int root = targets[i];
                if (seen[root] == stamp)
                {
                    continue;
                }

                components++;
                seen[root] = stamp;
                int head = 0, tail = 0;
                queue[tail++] = root;
                while (head < tail)
                {
                    int u = queue[head++];
                    for (int j = offsets[u]; j < offsets[u + 1]; j++)
                    {
                        int w = targets[j];
                        if (alter[w] == stamp && seen[w] != stamp)
                        {
                            seen[w] = stamp;
                            queue[tail++] = w;
                        }
                    }
                }
            }

            long pairs = (long)size * (size - 1) / 2;
            int ties = doubleTies / 2;
            double twoStep = n > 1 ? (double)reach / (n - 1) : double.NaN;
            rows[v] = new EgoNetwork(
                string.Empty,
                size,
                ties,
                pairs,
                pairs > 0 ? ties / (double)pairs : double.NaN,
                components,
                twoStep,
                size > 0 ? twoStep / size : double.NaN);
        }

        return rows;
    }
}
