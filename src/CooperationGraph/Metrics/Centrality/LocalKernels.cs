using CooperationGraph.Graph;

namespace CooperationGraph.Metrics.Centrality;

/// <summary>Measures read off each node's neighbourhood: clustering (weighted or not), Burt's constraint and effective size, k-cores.</summary>
internal static class LocalKernels
{
    /// <summary>
    /// Unweighted: triangles through v / (d(d − 1)/2) (NetworkX <c>clustering(G)</c>). Weighted: Onnela et al.'s
    /// Σ over triangles (ŵ_vu ŵ_uk ŵ_kv)^(1/3) / (d(d − 1)/2), ŵ = strength / the largest strength in the graph
    /// (NetworkX <c>clustering(G, weight="weight")</c>). 0 below degree 2 and without a triangle. O(Σ_v Σ_u∈N(v) (d_v + d_u)).
    /// </summary>
    public static double[] Clustering(WeightedGraph graph, bool weighted)
    {
        if (weighted)
        {
            return WeightedClustering(graph);
        }

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

    /// <summary>
    /// Each triangle v, u, k with u &lt; k found once from v by merging v's sorted neighbours after u with u's sorted
    /// neighbours; the product of the three normalised strengths is formed in NetworkX's order (ŵ_vu · ŵ_uk · ŵ_kv) so
    /// that a triangle's term is the same double as NetworkX's.
    /// </summary>
    private static double[] WeightedClustering(WeightedGraph graph)
    {
        var result = new double[graph.NodeCount];
        double largest = 0;
        foreach (double w in graph.Weights)
        {
            largest = Math.Max(largest, w);
        }

        for (int v = 0; v < graph.NodeCount; v++)
        {
            var a = graph.Neighbours(v);
            var wa = graph.NeighbourWeights(v);
            int d = a.Length;
            if (d < 2)
            {
                continue;
            }

            double sum = 0;
            for (int i = 0; i < d - 1; i++)
            {
                int u = a[i];
                double vu = wa[i] / largest;
                var b = graph.Neighbours(u);
                var wb = graph.NeighbourWeights(u);
                int p = i + 1, q = b.BinarySearch(u);
                q = q < 0 ? ~q : q + 1;
                while (p < d && q < b.Length)
                {
                    if (a[p] < b[q])
                    {
                        p++;
                    }
                    else if (a[p] > b[q])
                    {
                        q++;
                    }
                    else
                    {
                        sum += Math.Cbrt(vu * (wb[q] / largest) * (wa[p] / largest));
                        p++;
                        q++;
                    }
                }
            }

            result[v] = sum == 0 ? 0 : 2 * sum / (d * (d - 1.0));
        }

        return result;
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
