namespace CooperationGraph.Cli.Commands;

/// <summary>
/// <c>--dyad NAME=FILE.csv</c>: a user's matrix for the MRQAP regression, read as an edge list
/// <c>source,target,weight</c> (positive values; pairs not listed are 0; symmetric).
/// </summary>
internal static class DyadOption
{
    /// <summary>The file named in <c>NAME=FILE.csv</c>; null when the text has no <c>=</c>.</summary>
    public static string? PathOf(string text) => text.IndexOf('=', StringComparison.Ordinal) is > 0 and int equals && equals < text.Length - 1 ? text[(equals + 1)..].Trim() : null;

    public static DyadicCovariate Read(string text, CooperationDataset dataset)
    {
        int equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == text.Length - 1)
        {
            throw new ArgumentException($"--dyad '{text}' must be NAME=FILE.csv, e.g. distance=distances.csv.");
        }

        string name = text[..equals].Trim(), path = text[(equals + 1)..].Trim();
        var values = new Dictionary<(string, string), double>();
        foreach (var tie in EdgeListReader.Load(path).Ties)
        {
            foreach (var id in new[] { tie.SourceId, tie.TargetId })
            {
                if (!dataset.TryGetInstitution(id, out _))
                {
                    throw new ArgumentException($"{path}: institution '{id}' is not in the dataset.");
                }
            }

            values[(tie.SourceId, tie.TargetId)] = tie.Weight;
            values[(tie.TargetId, tie.SourceId)] = tie.Weight;
        }

        return new DyadicCovariate(name, (a, b) => values.GetValueOrDefault((a.Id, b.Id)));
    }
}
