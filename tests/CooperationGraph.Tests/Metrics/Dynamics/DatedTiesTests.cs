using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Metrics.Dynamics;

public class DatedTiesTests
{
    private static readonly string Institutions = "id,name,sector\nops,OPS,OPS\npcpr,PCPR,PCPR\nsp,Szkoła,SCHOOL\n";

    [Fact]
    public void Ties_csv_dates_are_read_and_round_trip_through_csv_xlsx_and_json()
    {
        using var data = TempDataset.With(("institutions.csv", Institutions),
            ("ties.csv", "source,target,weight,layer,date,end_date\nops,pcpr,2,contract,2019-04-10,2019-06-30\nops,sp,1,survey,,\n"));
        var dataset = DatasetReader.Load(data.Folder);
        Assert.Equal(new Tie("ops", "pcpr", 2, "contract", new DateOnly(2019, 4, 10), new DateOnly(2019, 6, 30)), dataset.Ties[0]);
        Assert.Equal(new Tie("ops", "sp", 1, "survey"), dataset.Ties[1]);

        string folder = Path.Combine(data.Folder, "copy");
        DatasetWriter.SaveFolder(dataset, folder);
        Assert.Equal(dataset, DatasetReader.Load(folder));
        string book = Path.Combine(data.Folder, "copy.xlsx");
        DatasetWriter.SaveWorkbook(dataset, book);
        Assert.Equal(dataset, DatasetReader.Load(book));
        Assert.Equal(dataset.WithoutBeneficiaries(), DatasetJson.FromJson(DatasetJson.ToJson(dataset)));
    }

    [Fact]
    public void An_end_before_the_date_is_an_error_naming_file_and_line()
    {
        using var data = TempDataset.With(("institutions.csv", Institutions),
            ("ties.csv", "source,target,date,end_date\nops,pcpr,2019-04-10,2019-03-01\n"));
        var problems = Assert.Throws<DatasetException>(() => DatasetReader.Load(data.Folder)).Problems;
        Assert.Contains(problems, p => p.ToString().Contains("ties.csv:2", StringComparison.Ordinal) && p.ToString().Contains("end_date is before date", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dated_tie_counts_in_the_windows_it_overlaps_and_in_tie_dynamics()
    {
        // The four-institution example plus a contract B–D from 10 April to 5 May 2019.
        var source = FourInstitutions.Dataset;
        var dataset = CooperationDataset.Create(source.Institutions, source.Declarations, source.JointActions,
            [new Tie("B", "D", Date: new DateOnly(2019, 4, 10), EndDate: new DateOnly(2019, 5, 5)), new Tie("A", "D")]);
        var april = new AnalysisWindow(new DateOnly(2019, 4, 1), new DateOnly(2019, 4, 30));
        var june = new AnalysisWindow(new DateOnly(2019, 6, 1), new DateOnly(2019, 6, 30));
        Assert.Equal(1, CooperationNetwork.Build(dataset, new NetworkOptions { Window = april }).Degree("B"));
        Assert.Equal(3, CooperationNetwork.Build(dataset, new NetworkOptions { Window = june }).Degree("A")); // A–B, A–C and the undated A–D
        Assert.Equal(1, CooperationNetwork.Build(dataset, new NetworkOptions { Window = june }).Degree("B"));

        // Months Jan–Jun: April gains B–D (new), May keeps it beside A–B (re-appeared), June loses it. Undated A–D is left out.
        var changes = TieDynamics.Compute(dataset, TimeWindows.Cover(dataset, WindowPeriod.Month));
        Assert.Equal(
            [(1, 1, 0, 0, 0), (3, 2, 1, 0, 0), (1, 1, 0, 0, 3), (1, 1, 0, 0, 1), (2, 0, 1, 1, 0), (2, 0, 1, 1, 1)],
            changes.Select(c => (c.Ties, c.Formed, c.Persisted, c.Reappeared, c.Dissolved)));
    }
}
