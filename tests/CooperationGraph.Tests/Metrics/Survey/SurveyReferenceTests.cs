using System.Globalization;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Metrics.Survey;

/// <summary>Reciprocity, the weak and strong perceived densities and the QAP correlation against sna 2.7.1 (Fixtures/Survey, generate.R).</summary>
public class SurveyReferenceTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Survey");

    public static TheoryData<string> Cases => ["hand", "random1", "random2"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Network_figures_equal_sna(string name)
    {
        var expected = File.ReadAllLines(Path.Combine(Folder, "expected.csv")).Skip(1).Select(l => l.Split(',')).Single(f => f[0] == name)
            .Skip(1).Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        using var data = name == "hand" ? SurveyByHandTests.Case() : Random(name);

        var survey = CooperationAnalysis.Run(data.Load(), new AnalysisOptions { Permutations = 0 }).PerceivedCooperation!;

        Assert.Equal(expected[0], survey.Reciprocity, 1e-12);
        Assert.Equal(expected[1], survey.WeakDensity, 1e-12);
        Assert.Equal(expected[2], survey.StrongDensity, 1e-12);
        Assert.Equal(expected[3], survey.EnactedQap.Correlation, 1e-12);
    }

    /// <summary>The case's invited institutions, one joint action per enacted pair, one declaration of the first two.</summary>
    internal static TempDataset Random(string name)
    {
        string Read(string suffix) => File.ReadAllText(Path.Combine(Folder, $"{name}.{suffix}.csv"));
        var ids = Read("respondents").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToArray();
        var pairs = Read("enacted").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToArray();
        return TempDataset.With(
            ("institutions.csv", "id,name,sector\n" + string.Concat(ids.Select(id => $"{id},Instytucja {id},NGO\n"))),
            ("declarations.csv", "id,title,signed_on\nd1,Porozumienie,2020-01-15\n"),
            ("signatures.csv", $"declaration_id,institution_id\nd1,{ids[0]}\nd1,{ids[1]}\n"),
            ("actions.csv", "id,title,kind,date\n" + string.Concat(pairs.Select((_, k) => $"x{k},Spotkanie,meeting,2020-03-01\n"))),
            ("participations.csv", "action_id,institution_id,role\n" + string.Concat(pairs.Select((p, k) => $"x{k},{p[0]},lead\nx{k},{p[1]},participant\n"))),
            ("survey.csv", Read("survey")),
            ("respondents.csv", Read("respondents")));
    }
}
