using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using CooperationGraph.Graph;

namespace CooperationGraph.Layout;

/// <summary>The forces: each pair once, four pairs at a time where the hardware allows, summed in NumPy's order.</summary>
internal static partial class FruchtermanReingoldKernel
{
    private const double MinimumDistance = 0.01;

    /// <summary>
    /// NetworkX's displacement Σ_j (pos_i − pos_j)(k²/d² − A(i, j)·d/k), d = max(‖pos_i − pos_j‖, 0.01), for every i.
    /// Pair (i, j), i &lt; j, adds its term to i and the negated term to j, so that each sum still takes its terms in
    /// the order j = 0, 1, …, n − 1 (the term j = i is 0 and leaves a sum unchanged). With <paramref name="vectorized"/>
    /// four untied pairs are formed at a time in 256-bit vectors; the bits are the same either way.
    /// </summary>
    internal static void Displacements(WeightedGraph graph, bool weighted, double[] x, double[] y, int[]? groups,
        double groupStrength, double k, double[] displacementX, double[] displacementY, bool vectorized)
    {
        int n = x.Length;
        double kk = k * k;
        int[] offsets = graph.Offsets, targets = graph.Targets;
        double[] weights = graph.Weights;
        Array.Clear(displacementX);
        Array.Clear(displacementY);
        for (int i = 0; i < n; i++)
        {
            var from = new Origin(x[i], y[i], groups is null ? -1 : groups[i], groupStrength, kk, k);
            double sumX = displacementX[i], sumY = displacementY[i];
            int edge = offsets[i], end = offsets[i + 1];
            while (edge < end && targets[edge] < i)
            {
                edge++;
            }

            int j = i + 1;
            while (true)
            {
                int nextTie = edge < end ? targets[edge] : n;
                Untied(from, j, nextTie, x, y, groups, displacementX, displacementY, vectorized, ref sumX, ref sumY);
                if (nextTie == n)
                {
                    break;
                }

                double strength = weighted ? weights[edge] : 1;
                if (groups is not null && groups[nextTie] == from.Group)
                {
                    strength += groupStrength;
                }

                Pair(from, nextTie, strength, x, y, displacementX, displacementY, ref sumX, ref sumY);
                edge++;
                j = nextTie + 1;
            }

            displacementX[i] = sumX;
            displacementY[i] = sumY;
        }
    }

    /// <summary>Pairs (i, j) for j in [<paramref name="start"/>, <paramref name="stop"/>), none of them tied.</summary>
    private static void Untied(in Origin from, int start, int stop, double[] x, double[] y, int[]? groups,
        double[] displacementX, double[] displacementY, bool vectorized, ref double sumX, ref double sumY)
    {
        int j = start;
        if (vectorized && stop - start >= Vector256<double>.Count)
        {
            ref double x0 = ref MemoryMarshal.GetArrayDataReference(x);
            ref double y0 = ref MemoryMarshal.GetArrayDataReference(y);
            ref double dx0 = ref MemoryMarshal.GetArrayDataReference(displacementX);
            ref double dy0 = ref MemoryMarshal.GetArrayDataReference(displacementY);
            var xi = Vector256.Create(from.X);
            var yi = Vector256.Create(from.Y);
            var kk = Vector256.Create(from.KK);
            var k = Vector256.Create(from.K);
            var minimum = Vector256.Create(MinimumDistance);
            var group = Vector128.Create(from.Group);
            var strength = Vector256.Create(from.GroupStrength);
            for (; j <= stop - Vector256<double>.Count; j += Vector256<double>.Count)
            {
                var dx = xi - Vector256.LoadUnsafe(ref x0, (nuint)j);
                var dy = yi - Vector256.LoadUnsafe(ref y0, (nuint)j);
                var distance = Vector256.Max(Vector256.Sqrt((dx * dx) + (dy * dy)), minimum);
                var force = kk / (distance * distance);
                if (groups is not null)
                {
                    var same = Vector128.Equals(Vector128.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(groups), (nuint)j), group);
                    var mask = Vector256.Create(Vector128.WidenLower(same), Vector128.WidenUpper(same)).AsDouble();
                    // k²/d² − 0·d/k is k²/d² exactly, so lanes of other groups keep NetworkX's value.
                    force -= (Vector256.ConditionalSelect(mask, strength, Vector256<double>.Zero) * distance) / k;
                }

                var fx = dx * force;
                var fy = dy * force;
                sumX += fx.GetElement(0);
                sumX += fx.GetElement(1);
                sumX += fx.GetElement(2);
                sumX += fx.GetElement(3);
                sumY += fy.GetElement(0);
                sumY += fy.GetElement(1);
                sumY += fy.GetElement(2);
                sumY += fy.GetElement(3);
                (Vector256.LoadUnsafe(ref dx0, (nuint)j) - fx).StoreUnsafe(ref dx0, (nuint)j);
                (Vector256.LoadUnsafe(ref dy0, (nuint)j) - fy).StoreUnsafe(ref dy0, (nuint)j);
            }
        }

        for (; j < stop; j++)
        {
            Pair(from, j, groups is not null && groups[j] == from.Group ? from.GroupStrength : 0, x, y, displacementX, displacementY, ref sumX, ref sumY);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Pair(in Origin from, int j, double strength, double[] x, double[] y,
        double[] displacementX, double[] displacementY, ref double sumX, ref double sumY)
    {
        double dx = from.X - x[j], dy = from.Y - y[j];
        double distance = Math.Sqrt((dx * dx) + (dy * dy));
        if (distance < MinimumDistance)
        {
            distance = MinimumDistance;
        }

        double force = from.KK / (distance * distance);
        if (strength != 0)
        {
            force -= strength * distance / from.K;
        }

        double fx = dx * force, fy = dy * force;
        sumX += fx;
        sumY += fy;
        displacementX[j] -= fx;
        displacementY[j] -= fy;
    }

    /// <summary>Node i of the pairs being visited, with the constants of the step.</summary>
    private readonly record struct Origin(double X, double Y, int Group, double GroupStrength, double KK, double K);
}
