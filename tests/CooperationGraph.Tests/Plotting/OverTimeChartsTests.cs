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
        Assert.Equal("2019-03-31", traces.Single(t => t.GetProperty("name").GetString() == "milestones" && t.GetProperty("mode").GetString() == "lines").GetProperty("x")[0].GetString());
    }

    [Fact]
    public void Declarations_and_the_project_end_are_distinct_marks_each_in_the_legend_and_named_on_hover_over_a_share_axis_and_an_ei_axis()
    {
        var declarations = new[]
        {
            new Declaration("d1", "Deklaracja <b>współpracy</b>", new DateOnly(2019, 2, 10), DeclarationKind.Declaration, ["a"]),
            new Declaration("d2", "Porozumienie", new DateOnly(2019, 5, 1), DeclarationKind.Agreement, ["a"]),
        };
        using var json = JsonDocument.Parse(Charts.IndicatorsOverTime(Months, declarations, new DateOnly(2019, 6, 30)).ToJson());
        var traces = json.RootElement.GetProperty("data").EnumerateArray().ToList();
        var lines = traces.Where(t => t.GetProperty("mode").GetString() == "lines").ToDictionary(t => t.GetProperty("name").GetString()!);
        Assert.Equal(["declaration signed", "project end"], lines.Keys.Order());
        var (declared, end) = (lines["declaration signed"], lines["project end"]);
        Assert.NotEqual(declared.GetProperty("line").GetProperty("dash").GetString(), end.GetProperty("line").GetProperty("dash").GetString());
        Assert.NotEqual(declared.GetProperty("line").GetProperty("color").GetString(), end.GetProperty("line").GetProperty("color").GetString());
        Assert.False(declared.TryGetProperty("showlegend", out _)); // each kind has its one legend entry; its symbols do not repeat it
        Assert.All(traces.Where(t => t.GetProperty("mode").GetString() == "markers"), t => Assert.False(t.GetProperty("showlegend").GetBoolean()));

        // Every point of a mark's line names it on hover (the title escaped as Plotly text), one line per declaration.
        var hovers = declared.GetProperty("hovertext").EnumerateArray().Where(h => h.ValueKind == JsonValueKind.String).Select(h => h.GetString()).Distinct().ToList();
        Assert.Equal(["declaration signed: Deklaracja &lt;b&gt;współpracy&lt;/b&gt;<br>2019-02-10", "declaration signed: Porozumienie<br>2019-05-01"], hovers);
        Assert.Equal("2019-06-30", end.GetProperty("x")[0].GetString());

        // Shares on 0–1, the E-I index alone on a second axis from −1 to 1.
        var layout = json.RootElement.GetProperty("layout");
        Assert.Equal([-0.02, 1.05], layout.GetProperty("yaxis").GetProperty("range").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal([-1.04, 1.1], layout.GetProperty("yaxis2").GetProperty("range").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal("y", layout.GetProperty("yaxis2").GetProperty("overlaying").GetString());
        var onSecond = traces.Where(t => t.TryGetProperty("yaxis", out var axis) && axis.GetString() == "y2").Select(t => t.GetProperty("name").GetString());
        Assert.Equal(["E-I index (right axis)"], onSecond);
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
