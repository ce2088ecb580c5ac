namespace CooperationGraph.Metrics.Centrality;

/// <summary>
/// Brandes' betweenness inside one connected block of an unweighted graph, with a weight per node (the number of nodes
/// it stands for, <see cref="Graph.Blocks.Representatives"/>): δ_s(v) = Σ_{w: v pred w} σ_v/σ_w (r_w + δ_s(w)), and
/// r_s·δ_s(v) is added to v. Distances are ints; predecessors are found again in the backward pass (a neighbour one hop
/// nearer), so the forward pass writes nothing per edge. Buffers are reused from source to source.
/// </summary>
internal sealed class BfsBrandes
{
    private readonly int[] offsets;
    private readonly int[] targets;
    private readonly int[] weights;
    private readonly int[] distance;
    private readonly double[] sigma;
    private readonly double[] delta;
    private readonly int[] order;

    public BfsBrandes(int[] offsets, int[] targets, int[] weights)
    {
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
        int n = offsets.Length - 1;
        distance = new int[n];
        sigma = new double[n];
        delta = new double[n];
        order = new int[n];
    }

    /// <summary>Adds source s's weighted dependencies to <paramref name="betweenness"/> (local ids).</summary>
    public void Run(int s, double[] betweenness)
    {
        var dist = distance;
        var paths = sigma;
        var dependency = delta;
        var queue = order;
        Array.Fill(dist, -1);
        Array.Clear(paths);
        Array.Clear(dependency);
        dist[s] = 0;
        paths[s] = 1;
        queue[0] = s;
        int head = 0, tail = 1;
        while (head < tail)
        {
            int v = queue[head++];
            int next = dist[v] + 1;
            double count = paths[v];
            for (int i = offsets[v], end = offsets[v + 1]; i < end; i++)
            {
                int w = targets[i];
                int d = dist[w];
                if (d < 0)
                {
                    dist[w] = next;
                    queue[tail++] = w;
                    paths[w] = count;
                }
                else if (d == next)
                {
                    paths[w] += count;
                }
            }
        }

        double source = weights[s];
        for (int k = tail - 1; k > 0; k--)
        {
            int w = queue[k];
            int previous = dist[w] - 1;
            double coefficient = (weights[w] + dependency[w]) / paths[w];
            for (int i = offsets[w], end = offsets[w + 1]; i < end; i++)
            {
                int v = targets[i];
                if (dist[v] == previous)
                {
                    dependency[v] += paths[v] * coefficient;
                }
            }

            betweenness[w] += source * dependency[w];
        }
    }
}
