namespace CooperationGraph.Graph;

/// <summary>Operations on ascending, duplicate-free int spans such as CSR neighbour lists.</summary>
internal static class SortedSpans
{
    /// <summary>Writes the elements common to <paramref name="a"/> and <paramref name="b"/> into <paramref name="common"/>
    /// (which must be as long as the shorter one) by a linear merge, and returns how many there are.</summary>
    public static int Intersect(ReadOnlySpan<int> a, ReadOnlySpan<int> b, Span<int> common)
    {
        int count = 0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (a[i] > b[j])
            {
                j++;
            }
            else
            {
                common[count++] = a[i];
                i++;
                j++;
            }
        }

        return count;
    }
}
