using CooperationGraph.Graph;
using MathNet.Numerics.LinearAlgebra;

namespace CooperationGraph.Metrics.Centrality;

/// <summary>
/// The dominant eigenpair of a symmetric adjacency matrix by restarted Lanczos with full reorthogonalisation
/// (Golub &amp; Van Loan, Matrix Computations, §10.1): a Krylov basis of up to 64 vectors, the small tridiagonal problem
/// solved by MathNet's symmetric eigen-decomposition, restarted from the Ritz vector until the residual
/// ‖Ax − λx‖ is below 1e-13·λ. Converges in a few hundred products where plain power iteration needs thousands on
/// sparse cooperation networks with a small spectral gap.
/// </summary>
internal static class LanczosKernel
{
    private const int BasisSize = 64;

    /// <summary>
    /// The dominant eigenpair: λ_max, the largest eigenvalue of the (weighted) adjacency matrix (0 without ties; over
    /// all components of a disconnected graph, as the start vector touches every one), and its unit eigenvector, summing
    /// to a positive number.
    /// </summary>
    public static (double[] Vector, double Value) DominantEigenpair(WeightedGraph graph, bool weighted, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        var x = new double[n];
        if (n == 0)
        {
            return (x, 0);
        }

        Array.Fill(x, 1 / Math.Sqrt(n));
        if (graph.EdgeCount == 0)
        {
            return (x, 0);
        }

        int size = Math.Min(BasisSize, n);
        var basis = new double[size][];
        for (int i = 0; i < size; i++)
        {
            basis[i] = new double[n];
        }

        var product = new double[n];
        double lambda = 0;
        for (int restart = 0; restart < 200; restart++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Copy(x, basis[0], n);
            var alpha = new double[size];
            var beta = new double[size];
            int k = 0;
            for (; k < size; k++)
            {
                Multiply(graph, weighted, basis[k], product);
                alpha[k] = Dot(basis[k], product);
                for (int pass = 0; pass < 2; pass++)
                {
                    for (int j = 0; j <= k; j++)
                    {
                        double c = Dot(basis[j], product);
                        Axpy(-c, basis[j], product);
                    }
                }

                beta[k] = Math.Sqrt(Dot(product, product));
                if (beta[k] < 1e-12 || k + 1 == size)
                {
                    k++;
                    break;
                }

                for (int i = 0; i < n; i++)
                {
                    basis[k + 1][i] = product[i] / beta[k];
                }
            }

            var tridiagonal = Matrix<double>.Build.Dense(k, k);
            for (int i = 0; i < k; i++)
            {
                tridiagonal[i, i] = alpha[i];
                if (i + 1 < k)
                {
                    tridiagonal[i, i + 1] = tridiagonal[i + 1, i] = beta[i];
                }
            }

            var evd = tridiagonal.Evd(Symmetricity.Symmetric);
            int top = 0;
            for (int i = 1; i < k; i++)
            {
                if (evd.EigenValues[i].Real > evd.EigenValues[top].Real)
                {
                    top = i;
                }
            }

            lambda = evd.EigenValues[top].Real;
            Array.Clear(x);
            for (int j = 0; j < k; j++)
            {
                Axpy(evd.EigenVectors[j, top], basis[j], x);
            }

            Scale(x, 1 / Math.Sqrt(Dot(x, x)));
            Multiply(graph, weighted, x, product);
            Axpy(-lambda, x, product);
            if (Math.Sqrt(Dot(product, product)) <= 1e-13 * Math.Max(1, Math.Abs(lambda)))
            {
                break;
            }
        }

        Scale(x, x.Sum() < 0 ? -1 : 1);
        return (x, lambda);
    }

    private static void Multiply(WeightedGraph graph, bool weighted, double[] x, double[] result)
    {
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var weights = graph.Weights;
        for (int v = 0; v < graph.NodeCount; v++)
        {
            double sum = 0;
            for (int i = offsets[v], end = offsets[v + 1]; i < end; i++)
            {
                sum += x[targets[i]] * (weighted ? weights[i] : 1);
            }

            result[v] = sum;
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

    private static void Axpy(double a, double[] x, double[] y)
    {
        for (int i = 0; i < y.Length; i++)
        {
            y[i] += a * x[i];
        }
    }

    private static void Scale(double[] x, double a)
    {
        for (int i = 0; i < x.Length; i++)
        {
            x[i] *= a;
        }
    }
}
