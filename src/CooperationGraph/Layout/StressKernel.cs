using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CooperationGraph.Layout;

/// <summary>
/// Stress majorization (Gansner, Koren &amp; North 2004, https://doi.org/10.1007/978-3-540-31843-9_25) on a dense matrix
/// of inverse target lengths: stress Σ_{i&lt;j} w_ij (‖x_i − x_j‖ − d_ij)², w_ij = d_ij⁻², minimised by the localized
/// Guttman transform, one node at a time with the others' newest positions (their equation for x_i alone):
/// x_i ← Σ_{j≠i} w_ij (x_j + d_ij (x_i − x_j)/‖x_i − x_j‖) / Σ_{j≠i} w_ij. Each update cannot raise the stress.
/// </summary>
/// <remarks>
/// The matrix holds 1/d_ij (0 on the diagonal), so w_ij = (1/d_ij)² and w_ij·d_ij = 1/d_ij: one square root and one
/// division per pair. A pair at distance 0 contributes only its pull (the direction term is 0). Rows are read four pairs at
/// a time in <see cref="Vector256{T}"/> lanes (emulated, with the same bits, where the hardware lacks them) and the lanes
/// added in a fixed order, so the same input gives the same bits on any machine. Time O(n²) per sweep, no allocation.
/// </remarks>
internal static class StressKernel
{
    /// <summary>
    /// Sweeps until the stress falls by less than <paramref name="tolerance"/> of itself in one sweep, or after
    /// <paramref name="iterations"/> sweeps. Returns the number of sweeps.
    /// </summary>
    public static int Run(double[] inverse, double[] x, double[] y, int iterations, double tolerance, CancellationToken cancellationToken)
    {
        int n = x.Length;
        if (n < 2)
        {
            return 0;
        }

        var rowWeights = new double[n];
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            var row = inverse.AsSpan(i * n, n);
            for (int j = 0; j < n; j++)
            {
                sum += row[j] * row[j];
            }

            rowWeights[i] = sum;
        }

        double stress = Stress(inverse, x, y);
        int sweeps = 0;
        while (sweeps < iterations && stress > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int i = 0; i < n; i++)
            {
                if (rowWeights[i] > 0)
                {
                    Update(inverse.AsSpan(i * n, n), i, x, y, rowWeights[i]);
                }
            }

            sweeps++;
            double next = Stress(inverse, x, y);
            bool settled = stress - next < tolerance * stress;
            stress = next;
            if (settled)
            {
                break;
            }
        }

        return sweeps;
    }

    /// <summary>The localized Guttman transform of node i, in place.</summary>
    private static void Update(ReadOnlySpan<double> row, int i, double[] x, double[] y, double rowWeight)
    {
        int n = x.Length;
        double xi = x[i], yi = y[i];
        var vxi = Vector256.Create(xi);
        var vyi = Vector256.Create(yi);
        var sumX = Vector256<double>.Zero;
        var sumY = Vector256<double>.Zero;
        ref double x0 = ref MemoryMarshal.GetArrayDataReference(x);
        ref double y0 = ref MemoryMarshal.GetArrayDataReference(y);
        ref double r0 = ref MemoryMarshal.GetReference(row);
        int j = 0;
        for (; j <= n - Vector256<double>.Count; j += Vector256<double>.Count)
        {
            var xj = Vector256.LoadUnsafe(ref x0, (nuint)j);
            var yj = Vector256.LoadUnsafe(ref y0, (nuint)j);
            var inv = Vector256.LoadUnsafe(ref r0, (nuint)j);
            var dx = vxi - xj;
            var dy = vyi - yj;
            var distance = Vector256.Sqrt((dx * dx) + (dy * dy));
            var push = Vector256.ConditionalSelect(Vector256.GreaterThan(distance, Vector256<double>.Zero), inv / distance, Vector256<double>.Zero);
            var weight = inv * inv;
            sumX += (weight * xj) + (push * dx);
            sumY += (weight * yj) + (push * dy);
        }

        double sx = (sumX.GetElement(0) + sumX.GetElement(1)) + (sumX.GetElement(2) + sumX.GetElement(3));
        double sy = (sumY.GetElement(0) + sumY.GetElement(1)) + (sumY.GetElement(2) + sumY.GetElement(3));
        for (; j < n; j++)
        {
            double inv = row[j], dx = xi - x[j], dy = yi - y[j];
            double distance = Math.Sqrt((dx * dx) + (dy * dy));
            double push = distance > 0 ? inv / distance : 0;
            double weight = inv * inv;
            sx += (weight * x[j]) + (push * dx);
            sy += (weight * y[j]) + (push * dy);
        }

        x[i] = sx / rowWeight;
        y[i] = sy / rowWeight;
    }

    /// <summary>The raw stress Σ_{i&lt;j} w_ij (‖x_i − x_j‖ − d_ij)² = Σ_{i&lt;j} (‖x_i − x_j‖/d_ij − 1)² (pairs with 1/d = 0 count nothing).</summary>
    public static double Stress(double[] inverse, double[] x, double[] y)
    {
        int n = x.Length;
        ref double x0 = ref MemoryMarshal.GetArrayDataReference(x);
        ref double y0 = ref MemoryMarshal.GetArrayDataReference(y);
        ref double r0 = ref MemoryMarshal.GetArrayDataReference(inverse);
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            double xi = x[i], yi = y[i];
            var vxi = Vector256.Create(xi);
            var vyi = Vector256.Create(yi);
            var sum = Vector256<double>.Zero;
            int j = i + 1;
            nuint row = (nuint)i * (nuint)n;
            for (; j <= n - Vector256<double>.Count; j += Vector256<double>.Count)
            {
                var dx = vxi - Vector256.LoadUnsafe(ref x0, (nuint)j);
                var dy = vyi - Vector256.LoadUnsafe(ref y0, (nuint)j);
                var inv = Vector256.LoadUnsafe(ref r0, row + (nuint)j);
                var e = (Vector256.Sqrt((dx * dx) + (dy * dy)) * inv) - Vector256<double>.One;
                sum += Vector256.ConditionalSelect(Vector256.GreaterThan(inv, Vector256<double>.Zero), e * e, Vector256<double>.Zero);
            }

            double rowSum = (sum.GetElement(0) + sum.GetElement(1)) + (sum.GetElement(2) + sum.GetElement(3));
            for (; j < n; j++)
            {
                double inv = inverse[(int)row + j];
                if (inv > 0)
                {
                    double dx = xi - x[j], dy = yi - y[j];
                    double e = (Math.Sqrt((dx * dx) + (dy * dy)) * inv) - 1;
                    rowSum += e * e;
                }
            }

            total += rowSum;
        }

        return total;
    }

    /// <summary>
    /// The normalised stress after optimal scaling: with a_ij = ‖x_i − x_j‖/d_ij, the scale s* = Σ a / Σ a² minimises
    /// Σ (s·a − 1)², and the result is that minimum divided by the number of pairs P (= Σ w_ij d_ij², since w = d⁻²).
    /// 1 for a layout with every node at one point; 0 when the drawn lengths are the target lengths.
    /// </summary>
    public static double NormalisedStress(double[] inverse, double[] x, double[] y)
    {
        var (sumA, sumA2, pairs) = Sums(inverse, x, y);
        if (pairs == 0)
        {
            return 0;
        }

        if (sumA2 == 0)
        {
            return 1;
        }

        double scale = sumA / sumA2;
        int n = x.Length;
        double stress = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                double inv = inverse[(i * n) + j];
                if (inv > 0)
                {
                    double dx = x[i] - x[j], dy = y[i] - y[j];
                    double e = (scale * Math.Sqrt((dx * dx) + (dy * dy)) * inv) - 1;
                    stress += e * e;
                }
            }
        }

        return stress / pairs;
    }

    private static (double SumA, double SumA2, long Pairs) Sums(double[] inverse, double[] x, double[] y)
    {
        int n = x.Length;
        double sumA = 0, sumA2 = 0;
        long pairs = 0;
        for (int i = 0; i < n; i++)
        {
            double xi = x[i], yi = y[i];
            var row = inverse.AsSpan(i * n, n);
            for (int j = i + 1; j < n; j++)
            {
                double inv = row[j];
                if (inv > 0)
                {
                    double dx = xi - x[j], dy = yi - y[j];
                    double a = Math.Sqrt((dx * dx) + (dy * dy)) * inv;
                    sumA += a;
                    sumA2 += a * a;
                    pairs++;
                }
            }
        }

        return (sumA, sumA2, pairs);
    }
}
