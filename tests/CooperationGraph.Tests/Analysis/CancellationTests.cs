using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Analysis;

/// <summary>Every long call checks its token on entry: one already cancelled stops it before any work, whatever the size.</summary>
public sealed class CancellationTests
{
    private static readonly CooperationDataset Loniow = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));

    public static TheoryData<string> Calls => [.. Entries.Keys];

    private static readonly Dictionary<string, Action<CancellationToken>> Entries = new()
    {
        ["analysis"] = token => CooperationAnalysis.Run(Loniow, cancellationToken: token),
        ["gmina comparison"] = token => GminaComparer.Compare([("loniow", Loniow)], cancellationToken: token),
        ["gaps"] = token => CooperationAnalysis.Run(Loniow, null, token),
        ["structure"] = token => StructureAnalysis.Compute(CooperationNetwork.Build(Loniow), token),
        ["mrqap"] = token => Mrqap.Fit(Loniow, cancellationToken: token),
        ["constraint"] = token => CentralityAnalysis.Compute(CooperationNetwork.Build(Loniow), new CentralityOptions { Measures = [CentralityMeasure.Constraint] }, token),
        ["clustering of a QuikGraph graph"] = token => CentralityAnalysis.Compute(CooperationNetwork.Build(Loniow), e => e.Weight, new CentralityOptions { Measures = [CentralityMeasure.Clustering] }, token),
        ["layout"] = token => NetworkLayout.Compute(CooperationNetwork.Build(Loniow), cancellationToken: token),
        ["force-directed layout"] = token => NetworkLayout.Compute(CooperationNetwork.Build(Loniow), new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected }, token),
        ["network map"] = token => Charts.NetworkMap(Loniow, cancellationToken: token),
        ["result folder"] = token => ResultFolder.Save(CooperationAnalysis.Run(Loniow), Path.Combine(Path.GetTempPath(), "cg-cancelled-" + Guid.NewGuid().ToString("N")), cancellationToken: token),
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void A_token_already_cancelled_stops_the_call(string call)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Entries[call](cancelled.Token));
    }
}
