using Microsoft.Data.Analysis;

namespace CooperationGraph.Reporting;

/// <summary>
/// The required links as people read them, in the report and in the workbook: one row per link without the two sector
/// columns (the link's name says them), the institution pairs under the heading given.
/// </summary>
internal static class LinksTable
{
    /// <summary>The links of <paramref name="gaps"/>, <c>institution_pairs</c> renamed <paramref name="pairsHeading"/>.</summary>
    public static DataFrame For(GapReport gaps, string pairsHeading)
    {
        var links = gaps.Links.ToDataFrame();
        links.Columns.Remove("first_sector");
        links.Columns.Remove("second_sector");
        links.Columns.RenameColumn("institution_pairs", pairsHeading);
        return links;
    }
}
