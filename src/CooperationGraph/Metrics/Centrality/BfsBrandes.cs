namespace CooperationGraph.Metrics.Centrality;

/// <summary>
/// Brandes' betweenness inside one connected block of an unweighted graph, with a weight per node (the number of nodes
/// it stands for, <see cref="Graph.Blocks.Representatives"/>): δ_s(v) = Σ_{w: v pred w} σ_v/σ_w (r_w + δ_s(w)), and
/// r_s·δ_s(v) is added to v. Per-node state is packed in 24 bytes (int distance, predecessor count, σ, δ) so a visit
/// touches one cache line; predecessors go to the node's own CSR slots (measured: 1.5× faster than finding them again
/// in the backward pass); state is reset on the way back, so nothing is cleared per source.
/// </summary>
internal sealed class BfsBrandes
{
    private readonly int[] offsets;
    private readonly int[] targets;
    private readonly int[] weights;
    private readonly State[] state;
    private readonly int[] order;
    private readonly int[] predecessors;

    public BfsBrandes(int[] offsets, int[] targets, int[] weights)
    {
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
        int n = offsets.Length - 1;
        state = new State[n];
        order = new int[n];
        predecessors = new int[targets.Length];
        Array.Fill(state, new State { Distance = -1 });
    }

    /// <summary>Adds source s's weighted dependencies to <paramref name="betweenness"/> (local ids).</summary>
    public void Run(int s, double[] betweenness)
    {
        var nodes = state;
        var queue = order;
        var slots = predecessors;
        nodes[s] = new State { Distance = 0, Sigma = 1 };
        queue[0] = s;
        int head = 0, tail = 1;
        while (head < tail)
        {
            int v = queue[head++];
            int next = nodes[v].Distance + 1;
            double count = nodes[v].Sigma;
            for (int i = offsets[v], end = offsets[v + 1]; i < end; i++)
            {
                int t = targets[i];
                ref var w = ref nodes[t];
                if (w.Distance < 0)
                {
                    w.Distance = next;
                    queue[tail++] = t;
                }

                if (w.Distance == next)
                {
                    w.Sigma += count;
                    slots[offsets[t] + w.Predecessors++] = v;
                }
            }
        }

        double source = weights[s];
        for (int k = tail - 1; k > 0; k--)
        {
            int w = queue[k];
            ref var node = ref nodes[w];
            double coefficient = (weights[w] + node.Delta) / node.Sigma;
            for (int i = offsets[w], end = offsets[w] + node.Predecessors; i < end; i++)
            {
                ref var v = ref nodes[slots[i]];
                v.Delta += v.Sigma * coefficient;
            }

            betweenness[w] += source * node.Delta;
            node = new State { Distance = -1 };
        }

        nodes[s] = new State { Distance = -1 };
    }

    private struct State
    {
        public int Distance;
        public int Predecessors;
        public double Sigma;
        public double Delta;
    }
}
