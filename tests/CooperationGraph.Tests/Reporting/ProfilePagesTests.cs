using System.Text.RegularExpressions;
using CooperationGraph.Tests.IO;
using CooperationGraph.Text;

namespace CooperationGraph.Tests.Reporting;

/// <summary>The profile pages: file names that never collide, one shared plotly.js, hostile text inert, written whole.</summary>
public sealed partial class ProfilePagesTests : IDisposable
{
    private static readonly AnalysisResult Loniow = CooperationAnalysis.Run(
        DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow")),
        new AnalysisOptions { Permutations = 0, Pseudonymizer = new("a key of sixteen characters") });

    private readonly string folder = Path.Combine(Path.GetTempPath(), "cg-profiles-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-]+(~[0-9a-f]{10}|~[0-9a-f]{64})?\.html$")]
    private static partial Regex SafeName();

    [Fact]
    public void Plain_ids_are_their_own_names_and_the_rest_gain_a_hash_of_the_id()
    {
        string[] ids = ["OPS_LONIOW", "PCPR-1", "OPS", "ops", "a/b", "a_b", "index", "</script>", "Łoniów", "", "CON", new string('x', 61)];

        var names = ProfilePages.FileNames(ids);

        Assert.Equal(
            ["OPS_LONIOW.html", "PCPR-1.html", "OPS~bce6162200.html", "ops~a92c36e66a.html", "a_b~c14cddc033.html", "a_b.html", "index~1bc04b5291.html",
             "__script_~6c9656210a.html", "_oni_w~892f3586d8.html"],
            names.Take(9));
        Assert.Matches(@"^_~[0-9a-f]{10}\.html$", names[9]);
        Assert.Matches(@"^CON~[0-9a-f]{10}\.html$", names[10]);
        Assert.Matches(@"^x{60}~[0-9a-f]{10}\.html$", names[11]);
        Assert.All(names, n => Assert.Matches(SafeName(), n));
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.DoesNotContain(ProfilePages.IndexFile, names, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ids_that_differ_only_by_case_or_by_unsafe_characters_never_share_a_file()
    {
        // Every id of two characters from a small alphabet of letters in both cases and unsafe characters: 400 ids.
        char[] alphabet = ['a', 'A', 'b', 'B', '/', '.', ' ', '<', 'ł', '_', '-', '~', '\\', ':', '*', '?', '"', '|', '%', '&'];
        var ids = alphabet.SelectMany(x => alphabet.Select(y => $"{x}{y}")).ToList();

        var names = ProfilePages.FileNames(ids);

        Assert.Equal(ids.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.Matches(SafeName(), n));
        Assert.Equal(names, ProfilePages.FileNames(ids)); // stable
    }

    [Fact]
    public void The_result_folder_writes_a_page_per_institution_an_index_and_one_plotly()
    {
        var written = ResultFolder.Save(Loniow, folder, new ResultFolderOptions { Profiles = true });

        string profiles = Path.Combine(folder, "profiles");
        var names = ProfilePages.FileNames(Loniow.Dataset.Institutions.Select(i => i.Id));
        Assert.All(names, n => Assert.True(File.Exists(Path.Combine(profiles, n)), n));
        Assert.Contains(Path.Combine(profiles, "index.html"), written);
        Assert.Single(Directory.GetFiles(folder, "plotly-*.min.js", SearchOption.AllDirectories));
        Assert.True(File.Exists(Path.Combine(profiles, "plotly-4.1.2.min.js")));

        string page = File.ReadAllText(Path.Combine(profiles, "OPS_LONIOW.html"));
        Assert.Contains("<script src=\"plotly-4.1.2.min.js\" charset=\"utf-8\"></script>", page, StringComparison.Ordinal);
        Assert.Contains("<div id=\"cg-profile-map\"", page, StringComparison.Ordinal);
        Assert.Contains("<div id=\"cg-profile-timeline\"", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Ośrodek Pomocy Społecznej w Łoniowie</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\" data-value=\"1\">1 of 20</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", page, StringComparison.Ordinal);
        Assert.True(new FileInfo(Path.Combine(profiles, "OPS_LONIOW.html")).Length < 100_000, "a page stays small beside the shared plotly.js");

        string index = File.ReadAllText(Path.Combine(profiles, "index.html"));
        Assert.Equal(names.Count, Regex.Count(index, "<tr><td><a href=\""));
        Assert.Contains("<a href=\"OPS_LONIOW.html\">Ośrodek Pomocy Społecznej w Łoniowie</a>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../report.html\">", index, StringComparison.Ordinal);
        Assert.Contains("<table class=\"cg-table\">", index, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_report_puts_plotly_beside_itself_the_profiles_load_that_copy()
    {
        ResultFolder.Save(Loniow, folder, new ResultFolderOptions { Profiles = true, Report = new ReportOptions { MaxPageBytes = 1_000_000 } });

        Assert.Equal([Path.Combine(folder, "plotly-4.1.2.min.js")], Directory.GetFiles(folder, "plotly-*.min.js", SearchOption.AllDirectories));
        string page = File.ReadAllText(Path.Combine(folder, "profiles", "OPS_LONIOW.html"));
        Assert.Contains("<script src=\"../plotly-4.1.2.min.js\" charset=\"utf-8\"></script>", page, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"../report.css\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_option_there_are_no_profiles_and_the_library_writes_them_on_their_own()
    {
        ResultFolder.Save(Loniow, folder);
        Assert.False(Directory.Exists(Path.Combine(folder, "profiles")));

        string own = Path.Combine(folder, "own");
        var written = ProfilePages.Save(Loniow, own, new ReportOptions { Plotly = PlotlyScript.Cdn });
        Assert.Equal(Loniow.Dataset.Institutions.Count + 1, written.Count);
        Assert.Empty(Directory.GetFiles(own, "*.js"));
        Assert.DoesNotContain("../report.html", File.ReadAllText(Path.Combine(own, "index.html")), StringComparison.Ordinal);
        Assert.Equal(
            ProfilePages.Render(Loniow, "OPS_LONIOW", new ReportOptions { Plotly = PlotlyScript.Cdn }),
            File.ReadAllText(Path.Combine(own, "OPS_LONIOW.html")));
        Assert.Throws<KeyNotFoundException>(() => ProfilePages.Render(Loniow, "NOBODY"));
    }

    [Fact]
    public void One_institutions_timeline_holds_its_own_actions_and_declarations()
    {
        Assert.Equal("Timeline: 20 joint actions, 2 declarations", Charts.Timeline(Loniow, "OPS_LONIOW").Layout.Title);
        Assert.Equal("Timeline: 0 joint actions, 1 declarations", Charts.Timeline(Loniow, "STAROSTWO_SANDOMIERZ").Layout.Title);
        Assert.Throws<KeyNotFoundException>(() => Charts.Timeline(Loniow, "NOBODY"));
    }

    [Fact]
    public void Hostile_names_and_titles_stay_text()
    {
        using var data = TempDataset.With(
            ("institutions.csv", "id,name,sector\nops,\"<img src=x onerror=alert(1)>\",OPS\npcpr,PCPR,PCPR\nsp,</script><script>alert(2)</script>,SCHOOL\n"),
            ("actions.csv", "id,title,kind,date\na1,<svg onload=alert(3)>,meeting,2018-10-01\n"));
        var result = CooperationAnalysis.Run(DatasetReader.Load(data.Folder), new AnalysisOptions { Permutations = 0 });

        ProfilePages.Save(result, folder, new ReportOptions { Plotly = PlotlyScript.Cdn });

        foreach (var file in Directory.GetFiles(folder, "*.html"))
        {
            string html = File.ReadAllText(file);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<svg onload", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("</script><script>", html, StringComparison.Ordinal);
        }

        string sp = File.ReadAllText(Path.Combine(folder, "sp.html"));
        Assert.Contains("<h1>&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;</h1>", sp, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;svg onload=alert(3)&gt;</td>", sp, StringComparison.Ordinal);
        Assert.Contains("\\u0026lt;/script\\u0026gt;", sp, StringComparison.Ordinal); // a hover text of the charts, escaped twice
    }

    [Fact]
    public void A_survey_in_the_dataset_opens_the_ratings_section_and_none_without_it()
    {
        var unsurveyed = CooperationAnalysis.Run(Loniow.Dataset.WithSurvey(PartnerSurvey.None), new AnalysisOptions { Permutations = 0 });
        Assert.DoesNotContain("id=\"survey\"", ProfilePages.Render(unsurveyed, "OPS_LONIOW", new ReportOptions { Plotly = PlotlyScript.Cdn }), StringComparison.Ordinal);

        var surveyed = CooperationAnalysis.Run(
            Loniow.Dataset.WithSurvey(new PartnerSurvey([new SurveyResponse("OPS_LONIOW", "PCPR_SANDOMIERZ", CollaborationLevel.Cooperation)])),
            new AnalysisOptions { Permutations = 0 });
        string page = ProfilePages.Render(surveyed, "PCPR_SANDOMIERZ", new ReportOptions { Plotly = PlotlyScript.Cdn });
        Assert.Contains("<section id=\"survey\">", page, StringComparison.Ordinal);
        Assert.Contains(Words.Get("ProfileSurveyLead", 1, Words.Get("ProfileSurveyNotInvited")), page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ratings_section_shows_the_received_scores_only_from_three_raters()
    {
        // Łoniów's illustrative survey: OPS is rated by nine respondents, the labour office by two (so its received scores
        // are withheld, while its own mean level given stays), the municipal council was not invited.
        var ops = Loniow.PerceivedCooperation!.Scores.Single(s => s.InstitutionId == "OPS_LONIOW");
        var pup = Loniow.PerceivedCooperation.Scores.Single(s => s.InstitutionId == "PUP_SANDOMIERZ");
        Assert.Equal(9, ops.RatingsReceived);
        Assert.Equal(2, pup.RatingsReceived);
        Assert.True(double.IsNaN(pup.LevelReceived));

        string opsPage = ProfilePages.Render(Loniow, "OPS_LONIOW", new ReportOptions { Plotly = PlotlyScript.Cdn });
        string Cell(double value) => $"<td class=\"num\" data-value=\"{InvariantText.Number(value)}\">{value.ToString("0.00", Words.Numbers)}</td>";
        Assert.Contains(Cell(ops.LevelReceived), opsPage, StringComparison.Ordinal);
        Assert.Contains(Cell(ops.Trust), opsPage, StringComparison.Ordinal);
        Assert.Contains(Cell(ops.LevelGiven), opsPage, StringComparison.Ordinal);

        string pupPage = ProfilePages.Render(Loniow, "PUP_SANDOMIERZ", new ReportOptions { Plotly = PlotlyScript.Cdn });
        Assert.Contains(Words.Get("ProfileSurveyLead", 2, Words.YesNo(true)), pupPage, StringComparison.Ordinal);
        Assert.Contains(Cell(pup.LevelGiven), pupPage, StringComparison.Ordinal);
        Assert.Equal(9, EmptyCells(pupPage)); // the nine received scores withheld below three raters

        string councilPage = ProfilePages.Render(Loniow, "RADA_GMINY_LONIOW", new ReportOptions { Plotly = PlotlyScript.Cdn });
        Assert.Contains(Words.Get("ProfileSurveyLead", 0, Words.Get("ProfileSurveyNotInvited")), councilPage, StringComparison.Ordinal);
        Assert.Equal(10, EmptyCells(councilPage));
    }

    private static int EmptyCells(string page) =>
        Regex.Matches(page[page.IndexOf("<section id=\"survey\">", StringComparison.Ordinal)..], "<td class=\"num\"></td>").Count;
}
