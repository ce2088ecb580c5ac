namespace CooperationGraph.Metrics.Brokerage;

/// <summary>A simple directed graph in CSR form (out- and in-neighbours, sorted, no repeats, no self-ties).</summary>
internal sealed class DirectedTies
{
    private DirectedTies(int nodeCount, int[] outOffsets, int[] outTargets, int[] inOffsets, int[] inSources)
    {
        NodeCount = nodeCount;
        OutOffsets = outOffsets;
        OutTargets = outTargets;
        InOffsets = inOffsets;
        InSources = inSources;
    }

    public int NodeCount { get; }

    public int[] OutOffsets { get; }

    public int[] OutTargets { get; }

    public int[] InOffsets { get; }

    public int[] InSources { get; }

    public int Count => OutTargets.Length;

    /// <summary>Builds the graph from (source, target) pairs; repeats and self-ties are dropped.</summary>
    public static DirectedTies FromPairs(int nodeCount, List<(int Source, int Target)> pairs)
    {
        var keys = new long[pairs.Count];
        int count = 0;
        foreach (var (source, target) in pairs)
        {
            if (source != target)
            {
                keys[count++] = ((long)source * nodeCount) + target;
            }
        }

        var unique = keys.AsSpan(0, count);
        unique.Sort();
        int distinct = 0;
        for (int i = 0; i < unique.Length; i++)
        {
            if (i == 0 || unique[i] != unique[i - 1])
            {
                unique[distinct++] = unique[i];
            }
        }

        unique = unique[..distinct];
        var outOffsets = new int[nodeCount + 1];
        var inOffsets = new int[nodeCount + 1];
        foreach (long key in unique)
        {
            outOffsets[(key / nodeCount) + 1]++;
            inOffsets[(key % nodeCount) + 1]++;
        }

        for (int i = 0; i < nodeCount; i++)
        {
            outOffsets[i + 1] += outOffsets[i];
            inOffsets[i + 1] += inOffsets[i];
        }

        var outTargets = new int[distinct];
        var inSources = new int[distinct];
        var inFill = inOffsets[..^1];
        for (int i = 0; i < distinct; i++)
        {
            int source = (int)(unique[i] / nodeCount), target = (int)(unique[i] % nodeCount);
            outTargets[i] = target;
            inSources[inFill[target]++] = source;
        }

        return new DirectedTies(nodeCount, outOffsets, outTargets, inOffsets, inSources);
    }

    /// <summary>Lead → every other participant of each action in the window; direct ties both ways.</summary>
    public static DirectedTies FromRoles(CooperationDataset dataset, AnalysisWindow window, out int actionsWithoutLead)
    {
        var index = new Dictionary<string, int>(dataset.Institutions.Count, StringComparer.Ordinal);
        for (int i = 0; i < dataset.Institutions.Count; i++)
        {
            index[dataset.Institutions[i].Id] = i;
        }

        var pairs = new List<(int, int)>();
        actionsWithoutLead = 0;
        foreach (var action in dataset.JointActions)
        {
            if (!window.Includes(action))
            {
                continue;
            }

            bool hasLead = false;
            foreach (var lead in action.Participants)
            {
                if (lead.Role != ParticipantRole.Lead)
                {
                    continue;
                }

                hasLead = true;
                foreach (var other in action.Participants)
                {
                    pairs.Add((index[lead.InstitutionId], index[other.InstitutionId]));
                }
            }

            actionsWithoutLead += hasLead ? 0 : 1;
        }

        foreach (var tie in dataset.Ties)
        {
            pairs.Add((index[tie.SourceId], index[tie.TargetId]));
            pairs.Add((index[tie.TargetId], index[tie.SourceId]));
        }

        return FromPairs(dataset.Institutions.Count, pairs);
    }
}
