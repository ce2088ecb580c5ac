namespace CooperationGraph.Layout;

/// <summary>Seeded starting positions and group ids for <see cref="NetworkLayout"/>.</summary>
internal static class InitialLayout
{
    /// <summary>Group id per institution (0, 1, … in order of first appearance) and the number of groups; null without grouping.</summary>
    public static (int[]? Groups, int Count) Groups(IReadOnlyList<Institution> institutions, LayoutGrouping grouping)
    {
        if (grouping == LayoutGrouping.None)
        {
            return (null, 0);
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new int[institutions.Count];
        for (int i = 0; i < groups.Length; i++)
        {
            string key = grouping == LayoutGrouping.Sector
                ? institutions[i].Sector.Code
                : institutions[i].Level?.ToString() ?? "none";
            if (!ids.TryGetValue(key, out int id))
            {
                ids[key] = id = ids.Count;
            }

            groups[i] = id;
        }

        return (groups, ids.Count);
    }

    /// <summary>
    /// Positions uniform in [0, 1)², x then y for each node in turn, from <c>new Random(seed)</c> (as NetworkX draws
    /// <c>rand(n, 2)</c>, from another generator).
    /// </summary>
    public static (double[] X, double[] Y) Uniform(int count, int seed)
    {
        var random = new Random(seed);
        var x = new double[count];
        var y = new double[count];
        for (int i = 0; i < count; i++)
        {
            x[i] = random.NextDouble();
            y[i] = random.NextDouble();
        }

        return (x, y);
    }

    /// <summary>
    /// Group g of G starts uniform in a disc around (0.5 + 0.5 cos 2πg/G, 0.5 + 0.5 sin 2πg/G), of radius
    /// min(0.25, 0.5 sin π/G) so that neighbouring discs do not overlap; one group fills the disc of radius 0.5 around
    /// (0.5, 0.5). Everything stays in the unit square that NetworkX's k = √(1/n) is made for.
    /// </summary>
    public static (double[] X, double[] Y) Grouped(int[] groups, int groupCount, int seed)
    {
        var random = new Random(seed);
        int n = groups.Length;
        var x = new double[n];
        var y = new double[n];
        double radius = groupCount == 1 ? 0.5 : Math.Min(0.25, 0.5 * Math.Sin(Math.PI / groupCount));
        for (int i = 0; i < n; i++)
        {
            double angle = 2 * Math.PI * groups[i] / groupCount;
            double centreX = groupCount == 1 ? 0.5 : 0.5 + (0.5 * Math.Cos(angle));
            double centreY = groupCount == 1 ? 0.5 : 0.5 + (0.5 * Math.Sin(angle));
            double r = radius * Math.Sqrt(random.NextDouble());
            double theta = 2 * Math.PI * random.NextDouble();
            x[i] = centreX + (r * Math.Cos(theta));
            y[i] = centreY + (r * Math.Sin(theta));
        }

        return (x, y);
    }
}
