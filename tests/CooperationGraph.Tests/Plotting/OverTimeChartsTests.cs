using System.Text.Json;
using CooperationGraph.Tests.Metrics.Dynamics;

namespace CooperationGraph.Tests.Plotting;

public class OverTimeChartsTests
{
    private static readonly OverTimeResult Months =
        OverTime.Analyze(FourInstitutions.Dataset, new AnalysisOptions { Model = FourInstitutions.Model }, new OverTimeOptions { Every = WindowPeriod.Month });

    [Fact]
    public void Indicator_lines_carry_the_values_of_the_table_and_the_milestones()
    {
        var frame = Months.ToDataFrame();
        using var json = JsonDocument.Parse(Charts.IndicatorsOverTime(Months, [(new DateOnly(2019, 3, 31), "project end")]).ToJson());
        var traces = json.RootElement.GetProperty("data").EnumerateArray().ToList();
        foreach (var (trace, column) in new[] { ("activation rate", "activation_rate"), ("density", "density"), ("required links realised", "required_links_realised") })
        {
            var y = traces.Single(t => t.GetProperty("name").GetString() == trace).GetProperty("y").EnumerateArray().Select(v => v.GetDouble());
            Assert.Equal(Enumerable.Range(0, 6).Select(r => (double)frame.Columns[column][r]!), y);
        }

        var x = traces[0].GetProperty("x").EnumerateArray().Select(v => v.GetString());
        Assert.Equal(frame.Columns["from"].Cast<string>(), x);
        Assert.Equal("2019-03-31", traces.Single(t => t.GetProperty("name").GetString() == "milestones").GetProperty("x")[0].GetString());
    }

    [Fact]
    public void Tie_bars_stack_kept_new_reappeared_and_lost_below_zero_as_in_the_table()
    {
        var frame = Months.ToDataFrame();
        using var json = JsonDocument.Parse(Charts.TieDynamics(Months).ToJson());
        var traces = json.RootElement.GetProperty("data").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        int[] Column(string name) => [.. Enumerable.Range(0, 6).Select(r => (int)frame.Columns[name][r]!)];
        int[] Y(string name) => [.. traces[name].GetProperty("y").EnumerateArray().Select(v => v.GetInt32())];
        Assert.Equal(Column("ties_persisted"), Y("kept"));
        Assert.Equal(Column("ties_formed"), Y("new"));
        Assert.Equal(Column("ties_reappeared"), Y("re-appeared"));
        Assert.Equal(Column("ties_dissolved").Select(v => -v), Y("lost"));
        Assert.Equal("relative", json.RootElement.GetProperty("layout").GetProperty("barmode").GetString());
    }
}
