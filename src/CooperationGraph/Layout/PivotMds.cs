namespace CooperationGraph.Layout;

/// <summary>
/// Pivot MDS (Brandes &amp; Pich 2006, Eigensolver methods for progressive multidimensional scaling of large data, Graph
/// Drawing 2006, https://doi.org/10.1007/978-3-540-70904-6_6): classical MDS from the lengths to k pivots only. With
/// every node a pivot it is classical MDS (Torgerson) exactly. The start of <see cref="StressKernel"/>, and the whole
/// layout of a component too large for the dense kernel.
/// </summary>
/// <remarks>
/// Pivots are chosen max-min (the first from the seed, each next the node farthest from those chosen). C is the n × k
/// matrix of −½ d² double-centred; the two leading eigenvectors v of CᵀC (k × k, found by orthogonal iteration from a
/// seeded start) give the axes C·v, each scaled by σ^(−1/4) (σ its eigenvalue of CᵀC) so that, with all nodes as pivots,
/// the axes are classical MDS's √λ·v. Time O(k·n) plus the k shortest-path rows; memory k·n numbers.
/// </remarks>
internal static class PivotMds
{
    /// <summary>Largest number of pivots.</summary>
    public const int Pivots = 50;

    /// <summary>
    /// Positions from the lengths of every node to the pivots; <paramref name="lengthsFrom"/> fills a row of lengths (finite:
    /// one component, or the whole graph with unreachable pairs given a length) from a node.
    /// </summary>
    public static (double[] X, double[] Y) Layout(int n, int seed, Action<int, double[]> lengthsFrom)
    {
        var x = new double[n];
        var y = new double[n];
        if (n < 2)
        {
            return (x, y);
        }

        var random = new Random(seed);
        int k = Math.Min(n, Pivots);
        var columns = new double[k][];
        var nearest = new double[n];
        Array.Fill(nearest, double.PositiveInfinity);
        int pivot = random.Next(n);
        for (int p = 0; p < k; p++)
        {
            var column = columns[p] = new double[n];
            lengthsFrom(pivot, column);
            int farthest = 0;
            for (int v = 0; v < n; v++)
            {
                nearest[v] = Math.Min(nearest[v], column[v]);
                if (nearest[v] > nearest[farthest])
                {
                    farthest = v;
                }
            }

            pivot = farthest;
        }

        Centre(columns, n);
        var gram = new double[k * k];
        for (int a = 0; a < k; a++)
        {
            for (int b = a; b < k; b++)
            {
                double sum = 0;
                for (int v = 0; v < n; v++)
                {
                    sum += columns[a][v] * columns[b][v];
                }

                gram[(a * k) + b] = gram[(b * k) + a] = sum;
            }
        }

        var (first, second, firstValue, secondValue) = LeadingEigenvectors(gram, k, random);
        Project(columns, first, firstValue, x);
        Project(columns, second, secondValue, y);
        return (x, y);
    }

    /// <summary>Replaces each length by −½ d², then subtracts row and column means and adds the grand mean.</summary>
    private static void Centre(double[][] columns, int n)
    {
        int k = columns.Length;
        var rowMeans = new double[n];
        double grand = 0;
        foreach (var column in columns)
        {
            double mean = 0;
            for (int v = 0; v < n; v++)
            {
                column[v] = -0.5 * column[v] * column[v];
                mean += column[v];
                rowMeans[v] += column[v];
            }

            grand += mean;
            mean /= n;
            for (int v = 0; v < n; v++)
            {
                column[v] -= mean;
            }
        }

        grand /= (double)n * k;
        for (int v = 0; v < n; v++)
        {
            double shift = (rowMeans[v] / k) - grand;
            foreach (var column in columns)
            {
                column[v] -= shift;
            }
        }
    }

    private static void Project(double[][] columns, double[] vector, double value, double[] axis)
    {
        if (!(value > 1e-12))
        {
            return;
        }

        double scale = 1 / Math.Sqrt(Math.Sqrt(value));
        for (int p = 0; p < columns.Length; p++)
        {
            double c = vector[p] * scale;
            var column = columns[p];
            for (int v = 0; v < axis.Length; v++)
            {
                axis[v] += c * column[v];
            }
        }
    }

    /// <summary>The two leading eigenvectors of a symmetric positive semi-definite k × k matrix, by orthogonal iteration.</summary>
    internal static (double[] First, double[] Second, double FirstValue, double SecondValue) LeadingEigenvectors(double[] matrix, int k, Random random)
    {
        var u = new double[k];
        var w = new double[k];
        for (int i = 0; i < k; i++)
        {
            u[i] = random.NextDouble() - 0.5;
            w[i] = random.NextDouble() - 0.5;
        }

        Orthonormalise(u, w);
        var nextU = new double[k];
        var nextW = new double[k];
        double valueU = 0, valueW = 0;
        for (int iteration = 0; iteration < 1000; iteration++)
        {
            Multiply(matrix, k, u, nextU);
            Multiply(matrix, k, w, nextW);
            valueU = Dot(u, nextU);
            valueW = Dot(w, nextW);
            Orthonormalise(nextU, nextW);
            double change = 0;
            for (int i = 0; i < k; i++)
            {
                change = Math.Max(change, Math.Max(Math.Abs(Math.Abs(nextU[i]) - Math.Abs(u[i])), Math.Abs(Math.Abs(nextW[i]) - Math.Abs(w[i]))));
            }

            (u, nextU) = (nextU, u);
            (w, nextW) = (nextW, w);
            if (change < 1e-10)
            {
                break;
            }
        }

        return valueU >= valueW ? (u, w, valueU, valueW) : (w, u, valueW, valueU);
    }

    private static void Multiply(double[] matrix, int k, double[] vector, double[] result)
    {
        for (int i = 0; i < k; i++)
        {
            double sum = 0;
            for (int j = 0; j < k; j++)
            {
                sum += matrix[(i * k) + j] * vector[j];
            }

            result[i] = sum;
        }
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>Gram–Schmidt: u to unit length, then w orthogonal to u and of unit length (0 when it lies along u).</summary>
    private static void Orthonormalise(double[] u, double[] w)
    {
        Normalise(u);
        double along = Dot(u, w);
        for (int i = 0; i < w.Length; i++)
        {
            w[i] -= along * u[i];
        }

        Normalise(w);
    }

    private static void Normalise(double[] v)
    {
        double norm = Math.Sqrt(Dot(v, v));
        if (norm > 0)
        {
            for (int i = 0; i < v.Length; i++)
            {
                v[i] /= norm;
            }
        }
    }
}
