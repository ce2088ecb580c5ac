using CooperationGraph.Tables;
using Microsoft.Data.Analysis;

namespace CooperationGraph;

/// <summary>The partner survey's tables as <see cref="DataFrame"/>s (issue 23); empty cells are nulls.</summary>
public static class SurveyFrames
{
    /// <summary>The columns of <c>survey.csv</c>, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["id", "name", "sector", "responded", "ratings_received", "level_received", "level_given", "trust", "value", "reliability", "mission", "openness", "power", "involvement", "resources"];

    /// <summary>
    /// One row per institution of the dataset in dataset order (<c>survey.csv</c>): <c>id, name, sector, responded</c>
    /// (null when not invited), <c>ratings_received</c>, then <c>level_received, level_given, trust, value</c> and the six
    /// items (null when undefined or below the raters threshold).
    /// </summary>
    public static DataFrame ToDataFrame(this PerceivedCooperation survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var rows = survey.Scores;
        var frame = new DataFrame(
            FrameColumns.Text("id", rows.Select(r => r.InstitutionId)),
            FrameColumns.Text("name", rows.Select(r => r.Institution.Name)),
            FrameColumns.Text("sector", rows.Select(r => r.Institution.Sector.Code)),
            new BooleanDataFrameColumn("responded", rows.Select(r => r.Responded)),
            FrameColumns.Count("ratings_received", rows.Select(r => r.RatingsReceived)),
            FrameColumns.Number("level_received", rows.Select(r => r.LevelReceived)),
            FrameColumns.Number("level_given", rows.Select(r => r.LevelGiven)),
            FrameColumns.Number("trust", rows.Select(r => r.Trust)),
            FrameColumns.Number("value", rows.Select(r => r.Value)));
        string[] items = ["reliability", "mission", "openness", "power", "involvement", "resources"];
        for (int k = 0; k < items.Length; k++)
        {
            int item = k;
            frame.Columns.Add(FrameColumns.Number(items[k], rows.Select(r => r.Items[item])));
        }

        return frame;
    }

    /// <summary>Pairs of institutions and what each reports of the other: <c>institution, partner, institution_reports, partner_reports</c> (null when it did not respond).</summary>
    public static DataFrame ToDataFrame(this IReadOnlyList<SurveyPair> pairs) => new(
        FrameColumns.Text("institution", pairs.Select(p => p.FirstId)),
        FrameColumns.Text("partner", pairs.Select(p => p.SecondId)),
        FrameColumns.Count("institution_reports", pairs.Select(p => (int?)p.FirstReports)),
        FrameColumns.Count("partner_reports", pairs.Select(p => (int?)p.SecondReports)));
}
