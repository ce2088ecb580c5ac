using MathNet.Numerics.LinearAlgebra;

namespace CooperationGraph.Metrics.Qap;

/// <summary>
/// Ordinary least squares over the n(n − 1)/2 pairs of distinct nodes of symmetric matrices, with Dekker, Krackhardt
/// and Snijders' (2007) double semi-partialling permutation test, as statnet's <c>sna::netlm(y, x, mode = "graph",
/// nullhyp = "qapspp", test.statistic = "t-value")</c> computes it. Matrices are given as vectors over the pairs
/// (i &lt; j) in the order of <see cref="PairIndex"/>.
/// </summary>
/// <remarks>
/// For each term k the kernel regresses x_k on the other terms, permutes the rows and columns of the residual matrix
/// together, and refits y on the other terms and the permuted residual; the statistic is that last coefficient's t
/// value. By Frisch–Waugh–Lovell the refit needs only Q'z, z'z and z'r (Q an orthonormal basis of the other terms, r the
/// residual of y on them): O(m·p) per permutation for m pairs and p terms, O(P·p²·m) in all. A term that is a linear
/// combination of the terms before it (relative residual norm under 1e-7, R's <c>qr</c> tolerance) is aliased: no
/// coefficient and no test, as R reports NA. Terms are tested in parallel, each with its own random stream (seed + 31·k
/// for term k), so the p-values do not depend on the number of threads.
/// </remarks>
internal static class MrqapKernel
{
    private const double Tolerance = 1e-7;

    public static int PairIndex(int i, int j, int n) => i < j ? (i * n) - (i * (i + 1) / 2) + (j - i - 1) : PairIndex(j, i, n);

    public static MrqapResult Fit(int n, double[] y, IReadOnlyList<(string Name, double[] Values)> terms, int permutations, int seed, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permutations);
        int m = y.Length;
        var kept = new List<int>();
        foreach (int k in Enumerable.Range(0, terms.Count))
        {
            if (!IsAliased(terms[k].Values, kept.Select(j => terms[j].Values).ToList()))
            {
                kept.Add(k);
            }
        }

        int p = kept.Count;
        int df = m - p;
        var coefficients = Enumerable.Repeat(double.NaN, terms.Count).ToArray();
        var errors = (double[])coefficients.Clone();
        var tValues = (double[])coefficients.Clone();
        var pLess = (double[])coefficients.Clone();
        var pGreater = (double[])coefficients.Clone();
        var pAbs = (double[])coefficients.Clone();
        double rSquared = double.NaN;
        if (p > 0 && df > 0)
        {
            var x = Matrix<double>.Build.DenseOfColumnArrays(kept.Select(k => terms[k].Values));
            var yv = Vector<double>.Build.DenseOfArray(y);
            var qr = x.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin);
            var beta = qr.Solve(yv);
            var fitted = x * beta;
            var residual = yv - fitted;
            double rss = residual.DotProduct(residual);
            var inverse = qr.R.Inverse();
            var covariance = inverse * inverse.Transpose();
            bool intercept = terms.Count > 0 && kept.Contains(0) && terms[0].Values.All(v => v == 1);
            double mean = intercept ? fitted.Average() : 0;
            double mss = fitted.Sum(f => (f - mean) * (f - mean));
            rSquared = mss / (mss + rss);
            for (int a = 0; a < p; a++)
            {
                int k = kept[a];
                coefficients[k] = beta[a];
                errors[k] = Math.Sqrt(covariance[a, a] * rss / df);
                tValues[k] = beta[a] / errors[k];
            }

            Parallel.For(0, permutations > 0 ? p : 0, new ParallelOptions { CancellationToken = cancellationToken }, a =>
            {
                int k = kept[a];
                var random = new Random(unchecked(seed + (31 * k)));
                var others = kept.Where(j => j != k).Select(j => terms[j].Values).ToList();
                var distribution = p == 1
                    ? PermuteY(n, y, terms[k].Values, permutations, random, cancellationToken)
                    : SemiPartial(n, y, terms[k].Values, others, permutations, random, cancellationToken);
                int less = 0, greater = 0, abs = 0;
                double t = tValues[k], slack = 1e-12 * Math.Max(1, Math.Abs(t));
                foreach (double d in distribution)
                {
                    less += d <= t + slack ? 1 : 0;
                    greater += d >= t - slack ? 1 : 0;
                    abs += Math.Abs(d) >= Math.Abs(t) - slack ? 1 : 0;
                }

                pLess[k] = less / (double)permutations;
                pGreater[k] = greater / (double)permutations;
                pAbs[k] = abs / (double)permutations;
            });
        }

        var rows = Enumerable.Range(0, terms.Count)
            .Select(k => new MrqapTerm(terms[k].Name, coefficients[k], errors[k], tValues[k], pLess[k], pGreater[k], pAbs[k]))
            .ToList();
        return new MrqapResult(rows, rSquared, m, n, permutations, seed);
    }

    private static bool IsAliased(double[] column, List<double[]> before)
    {
        double norm = Math.Sqrt(column.Sum(v => v * v));
        if (norm == 0)
        {
            return true;
        }

        if (before.Count == 0)
        {
            return false;
        }

        var basis = Matrix<double>.Build.DenseOfColumnArrays(before).QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin).Q;
        var v = Vector<double>.Build.DenseOfArray(column);
        var r = v - (basis * (basis.TransposeThisAndMultiply(v)));
        return r.L2Norm() < Tolerance * norm;
    }

    /// <summary>The t values of the permuted residual of x on the other terms, refitted with them (sna's qapspp).</summary>
    private static double[] SemiPartial(int n, double[] y, double[] x, List<double[]> others, int permutations, Random random, CancellationToken cancellationToken)
    {
        int m = y.Length;
        var q = Matrix<double>.Build.DenseOfColumnArrays(others).QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin).Q;
        var qColumns = Enumerable.Range(0, q.ColumnCount).Select(c => q.Column(c).ToArray()).ToArray();
        double[] Residual(double[] v)
        {
            var r = (double[])v.Clone();
            foreach (var column in qColumns)
            {
                double dot = Dot(column, v);
                for (int i = 0; i < m; i++)
                {
                    r[i] -= dot * column[i];
                }
            }

            return r;
        }

        var xResidual = Residual(x);
        var yResidual = Residual(y);
        double yy = Dot(yResidual, yResidual);
        int df = m - others.Count - 1;
        var label = Enumerable.Range(0, n).ToArray();
        var square = Square(n, xResidual);
        var permuted = new double[n];
        var qz = new double[qColumns.Length];
        var distribution = new double[permutations];
        for (int s = 0; s < permutations; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(label);
            double zz = 0, zy = 0;
            Array.Clear(qz);
            int index = 0;
            for (int i = 0; i < n - 1; i++)
            {
                // Row i of the permuted residual, gathered from row label[i]; then one vector dot product per partner.
                var row = square.AsSpan(label[i] * n, n);
                int length = n - i - 1;
                var z = permuted.AsSpan(0, length);
                var columns = label.AsSpan(i + 1, length);
                for (int j = 0; j < columns.Length; j++)
                {
                    z[j] = row[columns[j]];
                }

                zz += VectorDot(z, z);
                zy += VectorDot(z, yResidual.AsSpan(index, length));
                for (int c = 0; c < qz.Length; c++)
                {
                    qz[c] += VectorDot(z, qColumns[c].AsSpan(index, length));
                }

                index += length;
            }

            foreach (double c in qz)
            {
                zz -= c * c;
            }

            double rss = yy - (zy * zy / zz);
            distribution[s] = zz > 0 && rss > 0 ? zy / Math.Sqrt(zz * rss / df) : double.NaN;
        }

        return distribution;
    }

    /// <summary>
    /// The symmetric n × n matrix of pair values, row by row. A permutation gathers row label[i] at columns label[j]:
    /// within one row of n doubles (cache-resident) instead of anywhere in the m-pair vector, and then takes vector dot
    /// products of that gathered row with the other terms (timings before and after: <c>MrqapBenchmarks</c> in
    /// <c>benchmarks/README.md</c>).
    /// </summary>
    internal static double[] Square(int n, double[] pairs)
    {
        var square = new double[n * n];
        int index = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++, index++)
            {
                square[(i * n) + j] = pairs[index];
                square[(j * n) + i] = pairs[index];
            }
        }

        return square;
    }

    /// <summary>With a single term sna falls back to permuting y (qapy): the t value of that term on the permuted y.</summary>
    private static double[] PermuteY(int n, double[] y, double[] x, int permutations, Random random, CancellationToken cancellationToken)
    {
        int m = y.Length;
        double xx = Dot(x, x);
        var label = Enumerable.Range(0, n).ToArray();
        var square = Square(n, y);
        var z = new double[m];
        var distribution = new double[permutations];
        for (int s = 0; s < permutations; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(label);
            Permute(n, square, label, z);
            double xy = Dot(x, z), b = xy / xx;
            double rss = Dot(z, z) - (b * xy);
            distribution[s] = rss > 0 ? b / Math.Sqrt(rss / (m - 1) / xx) : double.NaN;
        }

        return distribution;
    }

    /// <summary>z[pair(i, j)] = v[label[i], label[j]]: rows and columns of the symmetric matrix permuted together.</summary>
    private static void Permute(int n, double[] square, int[] label, double[] z)
    {
        int index = 0;
        for (int i = 0; i < n; i++)
        {
            var row = square.AsSpan(label[i] * n, n);
            for (int j = i + 1; j < n; j++)
            {
                z[index++] = row[label[j]];
            }
        }
    }

    /// <summary>Σ a·b in <see cref="System.Numerics.Vector{T}"/> lanes, two accumulators, then the scalar tail.</summary>
    private static double VectorDot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int width = System.Numerics.Vector<double>.Count, i = 0;
        var first = System.Numerics.Vector<double>.Zero;
        var second = System.Numerics.Vector<double>.Zero;
        for (; i + (2 * width) <= a.Length; i += 2 * width)
        {
            first += new System.Numerics.Vector<double>(a[i..]) * new System.Numerics.Vector<double>(b[i..]);
            second += new System.Numerics.Vector<double>(a[(i + width)..]) * new System.Numerics.Vector<double>(b[(i + width)..]);
        }

        double sum = System.Numerics.Vector.Sum(first + second);
        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static double Dot(double[] a, double[] b) => VectorDot(a, b);
}
