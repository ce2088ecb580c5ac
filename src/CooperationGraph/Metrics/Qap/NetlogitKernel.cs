namespace CooperationGraph.Metrics.Qap;

/// <summary>
/// Maximum-likelihood logistic regression over the n(n − 1)/2 pairs of distinct nodes of symmetric matrices, fitted as
/// R's <c>glm.fit(family = binomial())</c> does it (iteratively reweighted least squares from μ = (y + ½)/2, stopping
/// when |dev − dev_old| / (|dev| + 0.1) &lt; 1e-8, at most 25 iterations), with the QAP double semi-partialling test of
/// statnet's <c>sna::netlogit(y, x, mode = "graph", nullhyp = "qapspp")</c>. Vectors over the pairs in the order of
/// <see cref="MrqapKernel.PairIndex"/>.
/// </summary>
/// <remarks>
/// Each IRLS step solves the p × p normal equations X'WX β = X'Wz by Cholesky on arrays (O(m·p²) per step for m pairs);
/// the standard errors are √diag((X'WX)⁻¹) with the weights of the last step, as <c>glm.fit</c>'s QR gives them. The
/// test: for each term k, x_k is regressed (least squares) on the other terms, its residual matrix permuted (rows and
/// columns together) and the logistic model refitted on the other terms and the permuted residual; the statistic is
/// that last coefficient's z value. With a single term, y is permuted instead (sna's <c>qapy</c>). Terms run in
/// parallel, each with its own random stream (seed + 31·k), so the p-values do not depend on the number of threads.
/// </remarks>
internal static class NetlogitKernel
{
    private const double Epsilon = 1e-8;
    private const int MaxIterations = 25;
    private const double Aliased = 1e-7;

    /// <summary>A logistic fit: coefficients, their standard errors, deviance, converged, and whether fitted probabilities reached 0 or 1.</summary>
    internal readonly record struct Fit(double[] Coefficients, double[] StandardErrors, double Deviance, bool Converged, bool Boundary);

    public static NetlogitResult Run(int n, double[] y, IReadOnlyList<(string Name, double[] Values)> terms, int permutations, int seed, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permutations);
        int m = y.Length;
        foreach (double v in y)
        {
            if (v is not (0 or 1))
            {
                throw new ArgumentException($"The outcome must be 0 or 1 for every pair; found {v}.", nameof(y));
            }
        }

        var kept = new List<int>();
        for (int k = 0; k < terms.Count; k++)
        {
            if (!IsAliased(terms[k].Values, [.. kept.Select(j => terms[j].Values)]))
            {
                kept.Add(k);
            }
        }

        var separated = Separated(y, terms, kept);
        int p = kept.Count;
        var coefficients = Enumerable.Repeat(double.NaN, terms.Count).ToArray();
        var errors = (double[])coefficients.Clone();
        var zValues = (double[])coefficients.Clone();
        var pLess = (double[])coefficients.Clone();
        var pGreater = (double[])coefficients.Clone();
        var pAbs = (double[])coefficients.Clone();
        double deviance = double.NaN;
        bool boundary = false;
        if (p > 0 && m > p)
        {
            var columns = kept.Select(k => terms[k].Values).ToArray();
            var fit = Logit(columns, y);
            deviance = fit.Deviance;
            boundary = fit.Boundary || !fit.Converged;
            bool trustworthy = separated.Count == 0 && !boundary;
            for (int a = 0; a < p; a++)
            {
                int k = kept[a];
                if (trustworthy)
                {
                    coefficients[k] = fit.Coefficients[a];
                    errors[k] = fit.StandardErrors[a];
                    zValues[k] = fit.Coefficients[a] / fit.StandardErrors[a];
                }
            }

            Parallel.For(0, permutations > 0 && trustworthy ? p : 0, new ParallelOptions { CancellationToken = cancellationToken }, a =>
            {
                int k = kept[a];
                var random = new Random(unchecked(seed + (31 * k)));
                var distribution = p == 1
                    ? PermuteY(n, y, columns[a], permutations, random, cancellationToken)
                    : SemiPartial(n, y, columns, a, permutations, random, cancellationToken);
                int less = 0, greater = 0, abs = 0, counted = 0;
                double z = zValues[k], slack = 1e-12 * Math.Max(1, Math.Abs(z));
                foreach (double d in distribution)
                {
                    less += d <= z + slack ? 1 : 0;
                    greater += d >= z - slack ? 1 : 0;
                    abs += Math.Abs(d) >= Math.Abs(z) - slack ? 1 : 0;
                    counted++;
                }

                pLess[k] = less / (double)counted;
                pGreater[k] = greater / (double)counted;
                pAbs[k] = abs / (double)counted;
            });
        }

        var rows = Enumerable.Range(0, terms.Count)
            .Select(k => new NetlogitTerm(terms[k].Name, coefficients[k], errors[k], zValues[k], pLess[k], pGreater[k], pAbs[k]))
            .ToList();
        return new NetlogitResult(rows, m, n, deviance, p, separated, boundary && separated.Count == 0, permutations, seed);
    }

    /// <summary>
    /// Binary terms (other than a constant) that predict the outcome perfectly on one side: every pair with the term 1
    /// (or every pair with it 0) has the same outcome. Their maximum-likelihood coefficient is infinite (complete or
    /// quasi-complete separation, Albert and Anderson 1984).
    /// </summary>
    private static List<string> Separated(double[] y, IReadOnlyList<(string Name, double[] Values)> terms, List<int> kept)
    {
        var separated = new List<string>();
        foreach (int k in kept)
        {
            var x = terms[k].Values;
            if (x.Any(v => v is not (0 or 1)) || x.All(v => v == 1))
            {
                continue;
            }

            // counts[x, y]
            var counts = new int[2, 2];
            for (int i = 0; i < x.Length; i++)
            {
                counts[(int)x[i], (int)y[i]]++;
            }

            bool oneSide = (counts[1, 0] == 0 || counts[1, 1] == 0) || (counts[0, 0] == 0 || counts[0, 1] == 0);
            if (oneSide)
            {
                separated.Add(terms[k].Name);
            }
        }

        return separated;
    }

    /// <summary>The logistic fit of y on the columns, as <c>glm.fit</c> (start, steps, convergence, clamping of η at ±30).</summary>
    internal static Fit Logit(double[][] columns, double[] y)
    {
        int p = columns.Length, m = y.Length;
        var eta = new double[m];
        var mu = new double[m];
        for (int i = 0; i < m; i++)
        {
            double start = (y[i] + 0.5) / 2;
            eta[i] = Math.Log(start / (1 - start));
            mu[i] = Inverse(eta[i]);
        }

        double devianceOld = Deviance(y, mu), deviance = devianceOld;
        var beta = new double[p];
        var errors = Enumerable.Repeat(double.NaN, p).ToArray();
        var information = new double[p * p];
        var score = new double[p];
        bool converged = false;
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            Array.Clear(information);
            Array.Clear(score);
            for (int i = 0; i < m; i++)
            {
                double derivative = Derivative(eta[i]);
                double variance = mu[i] * (1 - mu[i]);
                double w = derivative * derivative / variance;
                double z = eta[i] + ((y[i] - mu[i]) / derivative);
                for (int a = 0; a < p; a++)
                {
                    double xa = columns[a][i] * w;
                    score[a] += xa * z;
                    for (int b = 0; b <= a; b++)
                    {
                        information[(a * p) + b] += xa * columns[b][i];
                    }
                }
            }

            var factor = Cholesky(information, p);
            if (factor is null)
            {
                break;
            }

            beta = Solve(factor, p, score);
            for (int i = 0; i < m; i++)
            {
                double e = 0;
                for (int a = 0; a < p; a++)
                {
                    e += columns[a][i] * beta[a];
                }

                eta[i] = e;
                mu[i] = Inverse(e);
            }

            deviance = Deviance(y, mu);
            var covariance = Inverse(factor, p);
            for (int a = 0; a < p; a++)
            {
                errors[a] = Math.Sqrt(covariance[(a * p) + a]);
            }

            if (Math.Abs(deviance - devianceOld) / (Math.Abs(deviance) + 0.1) < Epsilon)
            {
                converged = true;
                break;
            }

            devianceOld = deviance;
        }

        return new Fit(beta, errors, deviance, converged, Boundary(mu));
    }

    /// <summary>R's warning "fitted probabilities numerically 0 or 1 occurred": some μ within 10·ε of 0 or 1.</summary>
    private static bool Boundary(double[] mu)
    {
        const double eps = 10 * 2.220446049250313e-16;
        return mu.Any(v => v < eps || v > 1 - eps);
    }

    /// <summary>R's <c>logit_linkinv</c>: 1/(1 + e^−η), clamped to [ε, 1 − ε] beyond |η| &gt; 30.</summary>
    private static double Inverse(double eta)
    {
        const double threshold = 30, eps = 2.220446049250313e-16;
        double tmp = eta < -threshold ? eps : eta > threshold ? 1 / eps : Math.Exp(eta);
        return tmp / (1 + tmp);
    }

    /// <summary>R's <c>logit_mu_eta</c>: e^η/(1 + e^η)², ε beyond |η| &gt; 30.</summary>
    private static double Derivative(double eta)
    {
        double opexp = 1 + Math.Exp(eta);
        return eta > 30 || eta < -30 ? 2.220446049250313e-16 : Math.Exp(eta) / (opexp * opexp);
    }

    private static double Deviance(double[] y, double[] mu)
    {
        double sum = 0;
        for (int i = 0; i < y.Length; i++)
        {
            sum += y[i] == 1 ? -2 * Math.Log(mu[i]) : -2 * Math.Log(1 - mu[i]);
        }

        return sum;
    }

    /// <summary>The lower Cholesky factor of the symmetric matrix (lower triangle given), or null when not positive definite.</summary>
    private static double[]? Cholesky(double[] a, int p)
    {
        var l = new double[p * p];
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double sum = a[(i * p) + j];
                for (int k = 0; k < j; k++)
                {
                    sum -= l[(i * p) + k] * l[(j * p) + k];
                }

                if (i == j)
                {
                    if (!(sum > 0))
                    {
                        return null;
                    }

                    l[(i * p) + i] = Math.Sqrt(sum);
                }
                else
                {
                    l[(i * p) + j] = sum / l[(j * p) + j];
                }
            }
        }

        return l;
    }

    private static double[] Solve(double[] l, int p, double[] b)
    {
        var x = (double[])b.Clone();
        for (int i = 0; i < p; i++)
        {
            for (int k = 0; k < i; k++)
            {
                x[i] -= l[(i * p) + k] * x[k];
            }

            x[i] /= l[(i * p) + i];
        }

        for (int i = p - 1; i >= 0; i--)
        {
            for (int k = i + 1; k < p; k++)
            {
                x[i] -= l[(k * p) + i] * x[k];
            }

            x[i] /= l[(i * p) + i];
        }

        return x;
    }

    private static double[] Inverse(double[] l, int p)
    {
        var inverse = new double[p * p];
        var unit = new double[p];
        for (int c = 0; c < p; c++)
        {
            Array.Clear(unit);
            unit[c] = 1;
            var column = Solve(l, p, unit);
            for (int r = 0; r < p; r++)
            {
                inverse[(r * p) + c] = column[r];
            }
        }

        return inverse;
    }

    private static bool IsAliased(double[] column, double[][] before)
    {
        double norm = Math.Sqrt(column.Sum(v => v * v));
        if (norm == 0)
        {
            return true;
        }

        return before.Length > 0 && Norm(LeastSquaresResidual(column, before)) < Aliased * norm;
    }

    private static double Norm(double[] v) => Math.Sqrt(v.Sum(x => x * x));

    /// <summary>The residual of v after least squares on the columns (modified Gram–Schmidt; columns assumed independent).</summary>
    internal static double[] LeastSquaresResidual(double[] v, double[][] columns)
    {
        int m = v.Length;
        var basis = new List<double[]>();
        foreach (var column in columns)
        {
            var q = (double[])column.Clone();
            foreach (var b in basis)
            {
                double dot = Dot(b, q);
                for (int i = 0; i < m; i++)
                {
                    q[i] -= dot * b[i];
                }
            }

            double norm = Norm(q);
            if (norm > 1e-12)
            {
                for (int i = 0; i < m; i++)
                {
                    q[i] /= norm;
                }

                basis.Add(q);
            }
        }

        var r = (double[])v.Clone();
        foreach (var b in basis)
        {
            double dot = Dot(b, r);
            for (int i = 0; i < m; i++)
            {
                r[i] -= dot * b[i];
            }
        }

        return r;
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

    /// <summary>The z values of the permuted residual of term <paramref name="tested"/> on the others, refitted last (sna's qapspp).</summary>
    private static double[] SemiPartial(int n, double[] y, double[][] columns, int tested, int permutations, Random random, CancellationToken cancellationToken)
    {
        var others = columns.Where((_, a) => a != tested).ToArray();
        var square = MrqapKernel.Square(n, LeastSquaresResidual(columns[tested], others));
        var design = new double[others.Length + 1][];
        others.CopyTo(design, 0);
        var permuted = new double[y.Length];
        design[^1] = permuted;
        var label = Enumerable.Range(0, n).ToArray();
        var distribution = new List<double>(permutations);
        for (int s = 0; s < permutations; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(label);
            Permute(n, square, label, permuted);
            var fit = Logit(design, y);
            double z = fit.Coefficients[^1] / fit.StandardErrors[^1];
            if (double.IsFinite(z))
            {
                distribution.Add(z);
            }
        }

        return [.. distribution];
    }

    /// <summary>With a single term sna falls back to permuting y (qapy): the z value of that term on the permuted y.</summary>
    private static double[] PermuteY(int n, double[] y, double[] x, int permutations, Random random, CancellationToken cancellationToken)
    {
        var square = MrqapKernel.Square(n, y);
        var permuted = new double[y.Length];
        var label = Enumerable.Range(0, n).ToArray();
        var distribution = new List<double>(permutations);
        for (int s = 0; s < permutations; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(label);
            Permute(n, square, label, permuted);
            var fit = Logit([x], permuted);
            double z = fit.Coefficients[0] / fit.StandardErrors[0];
            if (double.IsFinite(z))
            {
                distribution.Add(z);
            }
        }

        return [.. distribution];
    }

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
}
