namespace CooperationGraph.Tests.Architecture;

/// <summary>Each of <see cref="LayerRules"/>' rules, fed a planted violation, reports it, and lets the allowed case pass.</summary>
public class LayerRuleTests
{
    [Fact]
    public void An_upward_use_is_reported_and_a_downward_one_is_not()
    {
        Reference[] references =
        [
            new("IO", "DatasetReader", "Analysis", "AnalysisResult"),
            new("Analysis", "AnalysisResult", "IO", "DatasetReader"),
            new("Metrics/Gaps", "GapReport", "Metrics", "ResultList`1"),
        ];

        var found = LayerRules.Upward(references, LayerRules.Layers).ToList();

        Assert.Equal(["upward: IO DatasetReader uses Analysis AnalysisResult"], found);
    }

    [Fact]
    public void Two_folders_of_one_layer_using_each_other_are_reported_and_a_one_way_use_is_not()
    {
        Reference[] references =
        [
            new("Metrics/Gaps", "GapReport", "Metrics/Centrality", "CentralityTable"),
            new("Metrics/Centrality", "CentralityTable", "Metrics/Gaps", "SectorMixing"),
            new("Metrics/Brokerage", "BrokerageResult", "Metrics/Structure", "StructureSummary"),
            new("Layout", "Positions", "Exchange", "Writer"),
        ];

        var found = LayerRules.TwoWay(references, LayerRules.Layers).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(
            [
                "two-way: Metrics/Centrality CentralityTable uses Metrics/Gaps SectorMixing",
                "two-way: Metrics/Gaps GapReport uses Metrics/Centrality CentralityTable",
            ],
            found);
    }

    [Fact]
    public void A_folder_without_a_layer_is_reported_and_a_listed_folder_that_does_not_exist_is_accepted()
    {
        var found = LayerRules.Unlayered(["Model", "Metrics/Centrality", "Metrics/Novel", "Helpers"], LayerRules.Layers).ToList();

        Assert.Equal(["unlayered: Metrics/Novel", "unlayered: Helpers"], found);
        Assert.True(LayerRules.Layers.ContainsKey("Tables"));
    }

    [Fact]
    public void A_data_frame_below_Tables_is_reported_and_one_in_Tables_or_above_is_not()
    {
        Reference[] references =
        [
            new("Metrics/Centrality", "CentralityTable", "Microsoft.Data.Analysis", "Microsoft.Data.Analysis.DataFrame", External: true),
            new("Display", "FrameText", "Microsoft.Data.Analysis", "Microsoft.Data.Analysis.DataFrame", External: true),
            new("Tables", "CentralityFrame", "Microsoft.Data.Analysis", "Microsoft.Data.Analysis.DataFrame", External: true),
            new("Cli", "CentralityCommand", "Microsoft.Data.Analysis", "Microsoft.Data.Analysis.DataFrame", External: true),
        ];

        var found = LayerRules.ThirdPartyOutside(references, LayerRules.ThirdParty).ToList();

        Assert.Equal(
            [
                "third-party: Metrics/Centrality CentralityTable uses [Microsoft.Data.Analysis] Microsoft.Data.Analysis.DataFrame",
                "third-party: Display FrameText uses [Microsoft.Data.Analysis] Microsoft.Data.Analysis.DataFrame",
            ],
            found);
    }

    [Fact]
    public void A_file_format_library_outside_IO_is_reported_and_one_in_IO_is_not()
    {
        Reference[] references =
        [
            new("Reporting", "ResultFolder", "CsvHelper", "CsvHelper.CsvWriter", External: true),
            new("Cli", "ExportCommand", "DocumentFormat.OpenXml.Framework", "DocumentFormat.OpenXml.OpenXmlElement", External: true),
            new("IO", "CsvTableReader", "CsvHelper", "CsvHelper.CsvReader", External: true),
            new("Metrics", "ResultList`1", "QuikGraph", "QuikGraph.IEdge`1", External: true),
            new("Analysis", "CsvLike", "CsvHelperless", "CsvHelperless.Thing", External: true),
        ];

        var found = LayerRules.ThirdPartyOutside(references, LayerRules.ThirdParty).ToList();

        Assert.Equal(
            [
                "third-party: Reporting ResultFolder uses [CsvHelper] CsvHelper.CsvWriter",
                "third-party: Cli ExportCommand uses [DocumentFormat.OpenXml.Framework] DocumentFormat.OpenXml.OpenXmlElement",
            ],
            found);
    }

    [Fact]
    public void A_known_violation_hides_only_itself_and_is_reported_once_fixed()
    {
        string[] found = ["upward: IO A uses Analysis B", "upward: IO C uses Analysis D"];
        string[] known = ["upward: IO A uses Analysis B", "upward: IO E uses Analysis F"];

        var (fresh, fixedOnes) = KnownViolations.Compare(found, known);

        Assert.Equal(["upward: IO C uses Analysis D"], fresh);
        Assert.Equal(["upward: IO E uses Analysis F"], fixedOnes);
    }

    [Fact]
    public void A_use_within_one_folder_or_of_a_third_party_assembly_is_no_layer_break()
    {
        Reference[] references =
        [
            new("IO", "DatasetReader", "IO", "CsvTableReader"),
            new("Model", "Institution", "Microsoft.Data.Analysis", "Microsoft.Data.Analysis.DataFrame", External: true),
        ];

        Assert.Empty(LayerRules.Upward(references, LayerRules.Layers));
        Assert.Empty(LayerRules.TwoWay(references, LayerRules.Layers));
    }
}
