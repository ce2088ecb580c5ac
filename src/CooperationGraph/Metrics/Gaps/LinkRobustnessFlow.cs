namespace CooperationGraph.Metrics.Gaps;

/// <summary>
/// Maximum flow with integer capacities by Dinic's blocking flows (Dinitz 1970; Even &amp; Tarjan 1975 for unit
/// capacities, O(m √m)), on arrays: arcs are stored in pairs, arc a and its residual partner a ^ 1. Each blocking phase
/// is one breadth-first search and an iterative depth-first walk with per-node arc cursors (no recursion, so paths as
/// long as the network are fine).
/// </summary>
internal sealed class LinkRobustnessFlow
{
    private int[] head = [];
    private int[] next = [];
    private int[] to = [];
    private int[] capacity = [];
    private int[] level = [];
    private int[] cursor = [];
    private int[] queue = [];
    private int[] path = [];
    private int nodes;
    private int arcs;

    /// <summary>An empty network of <paramref name="nodeCount"/> nodes with room for <paramref name="arcPairs"/> arc pairs.</summary>
    public LinkRobustnessFlow(int nodeCount, int arcPairs) => Reset(nodeCount, arcPairs);

    /// <summary>
    /// Empties the network for another cut, keeping the arrays when they are large enough: the cuts of one analysis
    /// (two per required link, more for a link within a sector) share one set, so a national network's cuts do not
    /// leave megabytes of large-object garbage behind each.
    /// </summary>
    public void Reset(int nodeCount, int arcPairs)
    {
        if (head.Length < nodeCount)
        {
            head = new int[nodeCount];
            level = new int[nodeCount];
            cursor = new int[nodeCount];
            queue = new int[nodeCount];
            path = new int[nodeCount];
        }

        if (next.Length < 2 * arcPairs)
        {
            next = new int[2 * arcPairs];
            to = new int[2 * arcPairs];
            capacity = new int[2 * arcPairs];
        }

        nodes = nodeCount;
        arcs = 0;
        Array.Fill(head, -1, 0, nodeCount);
    }

    /// <summary>Adds the arc u → v with <paramref name="forward"/> capacity, and its partner v → u with <paramref name="backward"/>.</summary>
    public void AddPair(int u, int v, int forward, int backward)
    {
        Add(u, v, forward);
        Add(v, u, backward);
    }

    /// <summary>The value of a maximum flow from <paramref name="source"/> to <paramref name="sink"/> (consumes the capacities).</summary>
    public int Run(int source, int sink, CancellationToken cancellationToken)
    {
        int n = nodes;
        int flow = 0;
        while (Levels(source, sink, level, queue))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Copy(head, cursor, n);
            int pushed;
            while ((pushed = Augment(source, sink, level, cursor, path)) > 0)
            {
                flow += pushed;
            }
        }

        return flow;
    }

    private void Add(int u, int v, int c)
    {
        to[arcs] = v;
        capacity[arcs] = c;
        next[arcs] = head[u];
        head[u] = arcs++;
    }

    private bool Levels(int source, int sink, int[] level, int[] queue)
    {
        Array.Fill(level, -1, 0, nodes);
        level[source] = 0;
        int first = 0, last = 0;
        queue[last++] = source;
        while (first < last)
        {
            int u = queue[first++];
            for (int a = head[u]; a >= 0; a = next[a])
            {
                if (capacity[a] > 0 && level[to[a]] < 0)
                {
                    level[to[a]] = level[u] + 1;
                    queue[last++] = to[a];
                }
            }
        }

        return level[sink] >= 0;
    }

    /// <summary>One augmenting path in the level graph, pushed; 0 when the phase is blocked.</summary>
    private int Augment(int source, int sink, int[] level, int[] cursor, int[] path)
    {
        int depth = 0, u = source;
        while (true)
        {
            if (u == sink)
            {
                int bottleneck = int.MaxValue;
                for (int i = 0; i < depth; i++)
                {
                    bottleneck = Math.Min(bottleneck, capacity[path[i]]);
                }

                for (int i = 0; i < depth; i++)
                {
                    capacity[path[i]] -= bottleneck;
                    capacity[path[i] ^ 1] += bottleneck;
                }

                return bottleneck;
            }

            int a = cursor[u];
            while (a >= 0 && (capacity[a] == 0 || level[to[a]] != level[u] + 1))
            {
                a = next[a];
            }

            cursor[u] = a;
            if (a >= 0)
            {
                path[depth++] = a;
                u = to[a];
                continue;
            }

            if (u == source)
            {
                return 0;
            }

            level[u] = -1;
            int back = path[--depth];
            u = to[back ^ 1];
            cursor[u] = next[cursor[u]];
        }
    }
}
