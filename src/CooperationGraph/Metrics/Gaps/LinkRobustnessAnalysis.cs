using CooperationGraph.Graph;

namespace CooperationGraph.Metrics.Gaps;

/// <summary>
/// Robustness of each required sector link (<see cref="LinkRobustness"/>): how many institutions, and how many ties,
/// the enacted network must lose before no path joins the two sectors.
/// </summary>
/// <remarks>Definitions, references and cost: <see cref="LinkRobustness"/>.</remarks>
internal static class LinkRobustnessAnalysis
{
    /// <summary>The robustness of each link, in the order given.</summary>
    public static IReadOnlyList<LinkRobustness> Compute(IReadOnlyList<Institution> institutions, IReadOnlyList<bool> isActive, WeightedGraph graph, IReadOnlyList<LinkRealisation> links, CancellationToken cancellationToken)
    {
        var result = new List<LinkRobustness>(links.Count);
        var workspace = new LinkRobustnessFlow(0, 0);
        foreach (var link in links)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (link.IsMissing)
            {
                result.Add(new LinkRobustness(link.Link, 0, 0));
                continue;
            }

            int[] first = Active(institutions, isActive, link.Link.First);
            if (link.Link.IsWithinSector)
            {
                result.Add(WithinSector(graph, link, first, workspace, cancellationToken));
                continue;
            }

            int[] second = Active(institutions, isActive, link.Link.Second);
            result.Add(new LinkRobustness(link.Link, LinkRobustnessKernel.VertexCut(graph, first, second, cancellationToken: cancellationToken, workspace: workspace), LinkRobustnessKernel.EdgeCut(graph, first, second, cancellationToken, workspace)));
        }

        return result.AsReadOnly();
    }

    private static LinkRobustness WithinSector(WeightedGraph graph, LinkRealisation link, int[] members, LinkRobustnessFlow workspace, CancellationToken cancellationToken)
    {
        int institutions = 0, ties = 0;
        foreach (int s in members)
        {
            int[] others = [.. members.Where(t => t != s)];
            int byInstitutions = LinkRobustnessKernel.VertexCut(graph, [s], others, s, cancellationToken, workspace);
            int byTies = LinkRobustnessKernel.EdgeCut(graph, [s], others, cancellationToken, workspace);
            institutions = Least(institutions, byInstitutions);
            ties = Least(ties, byTies);
        }

        return new LinkRobustness(link.Link, institutions, ties);
    }

    private static int Least(int current, int value) => value > 0 && (current == 0 || value < current) ? value : current;

    /// <summary>The indices of the active institutions of a sector, in dataset order.</summary>
    internal static int[] Active(IReadOnlyList<Institution> institutions, IReadOnlyList<bool> isActive, Sector sector)
    {
        var members = new List<int>();
        for (int i = 0; i < institutions.Count; i++)
        {
            if (isActive[i] && institutions[i].Sector == sector)
            {
                members.Add(i);
            }
        }

        return [.. members];
    }
}
