using CooperationGraph.Graph;

namespace CooperationGraph.Metrics.Centrality;

/// <summary>Measures read off each node's neighbourhood: clustering, Burt's constraint and effective size, k-cores.</summary>
internal static class LocalKernels
{
    /// <summary>Triangles through v / (d(d − 1)/2); 0 below degree 2 (NetworkX <c>clustering(G)</c>).</summary>
    public static double[] Clustering(WeightedGraph graph)
    {
        var result = new double[graph.NodeCount];
        for (int v = 0; v < graph.NodeCount; v++)
        {
            int d = graph.Degree(v);
            result[v] = d < 2 ? 0 : 2.0 * Triangles(graph, v) / (d * (d - 1.0));
        }

        return result;
    }

    /// <summary>Burt's constraint Σ_j (p_vj + Σ_q p_vq p_qj)², p_vj = w_vj / Σ_k w_vk; NaN for isolates.</summary>
    public static double[] Constraint(WeightedGraph graph, bool weighted)
    {
        var strength = Strengths(graph, weighted);
        var result = new double[graph.NodeCount];
        for (int v = 0; v < graph.NodeCount; v++)
        {
            var neighbours = graph.Neighbours(v);
            if (neighbours.Length == 0)
            {
                result[v] = double.NaN;
                continue;
            }

            double total = 0;
            for (int a = 0; a < neighbours.Length; a++)
            {
                int j = neighbours[a];
                double local = P(graph, v, j, strength, weighted);
                foreach (int q in neighbours)
                {
                    local += P(graph, v, q, strength, weighted) * P(graph, q, j, strength, weighted);
                }

                total += local * local;
            }

            result[v] = total;
        }

        return result;
    }

    /// <summary>Burt's effective size (Borgatti's form n − 2t/n when unweighted); NaN for isolates.</summary>
    public static double[] EffectiveSize(WeightedGraph graph, bool weighted)
    {
        var strength = Strengths(graph, weighted);
        var result = new double[graph.NodeCount];
        for (int v = 0; v < graph.NodeCount; v++)
        {
            var neighbours = graph.Neighbours(v);
            if (neighbours.Length == 0)
            {
                result[v] = double.NaN;
                continue;
            }

            if (!weighted)
            {
                double n = neighbours.Length;
                result[v] = n - (2.0 * Triangles(graph, v) / n);
                continue;
            }

            double sum = 0;
            foreach (int u in neighbours)
            {
                double largest = 0;
                foreach (double w in graph.NeighbourWeights(u))
                {
                    largest = Math.Max(largest, w);
                }

                double redundancy = 0;
                foreach (int q in neighbours)
                {
                    redundancy += P(graph, v, q, strength, weighted) * (graph.Weight(u, q) / largest);
                }

                sum += 1 - redundancy;
            }

            result[v] = sum;
        }

        return result;
    }

    /// <summary>Core numbers by Batagelj–Zaversnik bucket peeling, O(n + m) (NetworkX <c>core_number</c>).</summary>
    public static double[] CoreNumber(WeightedGraph graph)
    {
        int n = graph.NodeCount;
        var degree = new int[n];
        int maxDegree = 0;
        for (int v = 0; v < n; v++)
        {
            degree[v] = graph.Degree(v);
            maxDegree = Math.Max(maxDegree, degree[v]);
        }

        var bin = new int[maxDegree + 1];
        foreach (int d in degree)
        {
            bin[d]++;
        }

        for (int d = 0, start = 0; d <= maxDegree; d++)
        {
            int size = bin[d];
            bin[d] = start;
            start += size;
        }

        var position = new int[n];
        var vertices = new int[n];
        for (int v = 0; v < n; v++)
        {
            position[v] = bin[degree[v]]++;
            vertices[position[v]] = v;
        }

        for (int d = maxDegree; d > 0; d--)
        {
            bin[d] = bin[d - 1];
        }

        if (maxDegree >= 0 && bin.Length > 0)
        {
            bin[0] = 0;
        }

        for (int i = 0; i < n; i++)
        {
            int v = vertices[i];
            foreach (int u in graph.Neighbours(v))
            {
                if (degree[u] > degree[v])
                {
                    int du = degree[u], pu = position[u], pw = bin[du], w = vertices[pw];
                    if (u != w)
                    {
                        (position[u], position[w]) = (pw, pu);
                        (vertices[pu], vertices[pw]) = (w, u);
                    }

                    bin[du]++;
                    degree[u]--;
                }
            }
        }

        return [.. degree.Select(d => (double)d)];
    }

    private static int Triangles(WeightedGraph graph, int v)
    {
        var a = graph.Neighbours(v);
        Span<int> common = a.Length <= 256 ? stackalloc int[a.Length] : new int[a.Length];
        int count = 0;
        foreach (int u in a)
        {
            count += SortedSpans.Intersect(a, graph.Neighbours(u), common);
        }

        return count / 2;
    }

    private static double[] Strengths(WeightedGraph graph, bool weighted)
    {
        var result = new double[graph.NodeCount];
        for (int v = 0; v < graph.NodeCount; v++)
        {
            double sum = 0;
            foreach (double w in graph.NeighbourWeights(v))
            {
                sum += weighted ? w : 1;
            }

            result[v] = sum;
        }

        return result;
    }

    private static double P(WeightedGraph graph, int u, int v, double[] strength, bool weighted)
    {
        double w = graph.Weight(u, v);
        return w == 0 ? 0 : (weighted ? w : 1) / strength[u];
    }
}
