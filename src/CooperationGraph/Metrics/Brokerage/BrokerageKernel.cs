namespace CooperationGraph.Metrics.Brokerage;

/// <summary>
/// Counts Gould–Fernandez brokerage roles on a directed graph with a group per node, as <c>sna::brokerage</c>
/// does: every two-path i→j→k with i ≠ k and no tie i→k makes j a broker, classified by the groups of i, j and k.
/// </summary>
internal static class BrokerageKernel
{
    public const int Coordinator = 0;
    public const int Itinerant = 1;
    public const int Representative = 2;
    public const int Gatekeeper = 3;
    public const int Liaison = 4;
    public const int Roles = 5;

    /// <summary>Raw counts, row-major <c>[node * Roles + role]</c>.</summary>
    /// <param name="nodeCount">Number of nodes.</param>
    /// <param name="outOffsets">CSR offsets of out-neighbours (length n + 1).</param>
    /// <param name="outTargets">Out-neighbours, sorted ascending within each node, no repeats, no self-ties.</param>
    /// <param name="inOffsets">CSR offsets of in-neighbours.</param>
    /// <param name="inSources">In-neighbours.</param>
    /// <param name="group">Group of each node.</param>
    /// <param name="cancellationToken">Checked once per broker.</param>
    public static double[] Count(int nodeCount, ReadOnlySpan<int> outOffsets, ReadOnlySpan<int> outTargets,
        ReadOnlySpan<int> inOffsets, ReadOnlySpan<int> inSources, ReadOnlySpan<int> group, CancellationToken cancellationToken)
    {
        var counts = new double[nodeCount * Roles];
        for (int j = 0; j < nodeCount; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int gj = group[j];
            var ins = inSources[inOffsets[j]..inOffsets[j + 1]];
            var outs = outTargets[outOffsets[j]..outOffsets[j + 1]];
            foreach (int i in ins)
            {
                var fromI = outTargets[outOffsets[i]..outOffsets[i + 1]];
                int gi = group[i];
                foreach (int k in outs)
                {
                    if (k == i || fromI.BinarySearch(k) >= 0)
                    {
                        continue;
                    }

                    int gk = group[k];
                    int role = gi == gj
                        ? (gj == gk ? Coordinator : Representative)
                        : gj == gk ? Gatekeeper : gi == gk ? Itinerant : Liaison;
                    counts[(j * Roles) + role]++;
                }
            }
        }

        return counts;
    }
}
