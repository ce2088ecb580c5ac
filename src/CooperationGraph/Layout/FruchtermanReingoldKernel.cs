using System.Runtime.Intrinsics;
using CooperationGraph.Graph;

namespace CooperationGraph.Layout;

/// <summary>
/// The dense Fruchterman–Reingold layout of NetworkX 3.6 (<c>networkx.drawing.layout._fruchterman_reingold</c>, which
/// <c>spring_layout(..., method="force")</c> runs below 500 nodes) followed by <c>rescale_layout</c>, operation for
/// operation, so that the same initial positions give the same numbers.
/// </summary>
/// <remarks>
/// NetworkX forms the n×n×2 array of differences and the n×n matrix A; this kernel visits each pair once
/// (i &lt; j), adds the force to i and its negation to j, and reads A from the CSR graph plus the group ids, so it needs
/// O(n) memory: four arrays of n doubles besides the graph. Every displacement still receives its terms in the order
/// j = 0, 1, …, n − 1, as NumPy's <c>einsum</c> sums them, and pos_j − pos_i = −(pos_i − pos_j) exactly, so the sums
/// agree bit for bit. The stopping test adds the squared steps in order where NumPy's norm calls BLAS; the two can only
/// disagree when the norm lands within rounding of the threshold. Time O(n²) per iteration, no allocation per iteration.
/// </remarks>
internal static partial class FruchtermanReingoldKernel
{
    /// <summary>NetworkX's default <c>threshold</c>: stop once ‖Δpos‖_F / n falls below it.</summary>
    public const double Threshold = 1e-4;

    /// <summary>NetworkX's default number of steps.</summary>
    public const int DefaultIterations = 50;

    private const double MinimumLength = 0.01;

    /// <summary>
    /// Moves the positions in place for at most <paramref name="iterations"/> steps, then rescales them to [−1, 1]
    /// centred on 0. Returns the number of steps taken.
    /// </summary>
    /// <param name="graph">Ties; attraction A(i, j) is the weight (weighted) or 1 (unweighted) for a tie, 0 otherwise.</param>
    /// <param name="weighted">Use tie weights as spring strengths.</param>
    /// <param name="x">Horizontal positions, one per node; read and overwritten.</param>
    /// <param name="y">Vertical positions, one per node; read and overwritten.</param>
    /// <param name="groups">Group id per node, or <see langword="null"/>; two nodes of the same group get <paramref name="groupStrength"/> added to A(i, j).</param>
    /// <param name="groupStrength">Extra attraction within a group.</param>
    /// <param name="iterations">Largest number of steps.</param>
    /// <param name="threshold">Stop once the Frobenius norm of the step, divided by n, is below this.</param>
    /// <param name="cancellationToken">Checked once per step.</param>
    public static int Run(WeightedGraph graph, bool weighted, double[] x, double[] y, int[]? groups, double groupStrength,
        int iterations, double threshold, CancellationToken cancellationToken)
    {
        int n = x.Length;
        if (n == 0)
        {
            return 0;
        }

        if (n == 1)
        {
            // spring_layout returns the centre for one node without running.
            x[0] = 0;
            y[0] = 0;
            return 0;
        }

        double k = Math.Sqrt(1.0 / n);
        double t = Math.Max(Max(x) - Min(x), Max(y) - Min(y)) * 0.1;
        double dt = t / (iterations + 1);
        var displacementX = new double[n];
        var displacementY = new double[n];
        bool vectorized = Vector256.IsHardwareAccelerated;
        int steps = 0;
        while (steps < iterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Displacements(graph, weighted, x, y, groups, groupStrength, k, displacementX, displacementY, vectorized);
            double squares = 0;
            for (int i = 0; i < n; i++)
            {
                double dx = displacementX[i], dy = displacementY[i];
                double length = Math.Max(Math.Sqrt((dx * dx) + (dy * dy)), MinimumLength);
                double scale = t / length;
                double stepX = dx * scale, stepY = dy * scale;
                x[i] += stepX;
                y[i] += stepY;
                squares += stepX * stepX;
                squares += stepY * stepY;
            }

            steps++;
            t -= dt;
            if (Math.Sqrt(squares) / n < threshold)
            {
                break;
            }
        }

        Rescale(x, y);
        return steps;
    }

    /// <summary>NetworkX <c>rescale_layout(pos, scale=1)</c>: subtract each axis's mean, divide by the largest |coordinate|.</summary>
    internal static void Rescale(double[] x, double[] y)
    {
        int n = x.Length;
        double meanX = 0, meanY = 0;
        for (int i = 0; i < n; i++)
        {
            meanX += x[i];
            meanY += y[i];
        }

        meanX /= n;
        meanY /= n;
        double limit = 0;
        for (int i = 0; i < n; i++)
        {
            x[i] -= meanX;
            y[i] -= meanY;
            limit = Math.Max(limit, Math.Max(Math.Abs(x[i]), Math.Abs(y[i])));
        }

        if (limit > 0)
        {
            double scale = 1.0 / limit;
            for (int i = 0; i < n; i++)
            {
                x[i] *= scale;
                y[i] *= scale;
            }
        }
    }

    private static double Max(double[] values)
    {
        double max = values[0];
        for (int i = 1; i < values.Length; i++)
        {
            max = Math.Max(max, values[i]);
        }

        return max;
    }

    private static double Min(double[] values)
    {
        double min = values[0];
        for (int i = 1; i < values.Length; i++)
        {
            min = Math.Min(min, values[i]);
        }

        return min;
    }
}
