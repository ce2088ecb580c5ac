using CooperationGraph.Tests.Metrics.Survey;

namespace CooperationGraph.Tests.Cli;

/// <summary><c>analyze</c> writes <c>perceived_centrality.csv</c> beside <c>survey.csv</c> (issue 23), the same in both languages.</summary>
public sealed class AnalyzePerceivedCentralityTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), "cg-pcent-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        foreach (string folder in new[] { output, output + "-pl" })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void The_csv_has_one_row_per_invited_institution_with_empty_strong_cells_for_a_non_respondent()
    {
        using var data = SurveyByHandTests.Case();
        var (code, _, stderr) = CliRunner.Run("analyze", data.Folder, "--out", output, "--permutations", "0", "--plotly", "cdn");
        Assert.True(code == 0, stderr);

        var lines = File.ReadAllLines(Path.Combine(output, "perceived_centrality.csv"));
        Assert.Equal(string.Join(',', PerceivedCentralityFrames.Columns), lines[0]);
        Assert.Equal("id,name,sector,responded,degree_weak,degree_strong,degree_centrality_weak,degree_centrality_strong,betweenness_weak,betweenness_strong,betweenness_rank_weak,betweenness_rank_strong,rank_change", lines[0]);
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("a,GOPS A,OPS,true,3,2,0.75,0.6666666666666666,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",0,2,1,1", lines[1], StringComparison.Ordinal);
        Assert.Equal("d,Policja D,POLICE,true,1,0,0.25,0,0,0,3,1,2", lines[4]);
        Assert.Equal("e,Fundacja E,NGO,false,2,,0.5,,0,,,,", lines[5]);

        var (pl, _, plError) = CliRunner.Run("analyze", data.Folder, "--out", output + "-pl", "--permutations", "0", "--plotly", "cdn", "--lang", "pl");
        Assert.True(pl == 0, plError);
        Assert.Equal(File.ReadAllText(Path.Combine(output, "perceived_centrality.csv")), File.ReadAllText(Path.Combine(output + "-pl", "perceived_centrality.csv")));
    }

    [Fact]
    public void Without_a_survey_there_is_no_perceived_centrality_csv()
    {
        using var data = IO.TempDataset.With();
        Assert.Equal(0, CliRunner.Run("analyze", data.Folder, "--out", output, "--permutations", "0", "--plotly", "cdn").Code);
        Assert.False(File.Exists(Path.Combine(output, "perceived_centrality.csv")));
    }
}
