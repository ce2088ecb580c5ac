using System.Net;
using System.Text;
using CooperationGraph.Text;

namespace CooperationGraph.Reporting;

/// <summary>The window comparison's tests (issue 24) in one sentence: the paired density test and the QAP correlation of the two windows.</summary>
internal static class ComparisonTestsSection
{
    /// <summary>Appends the sentence below the milestone chart.</summary>
    public static void Append(StringBuilder html, WindowComparison comparison)
    {
        var test = comparison.DensityTest;
        var qap = comparison.QapCorrelation;
        static string N(double value) => double.IsNaN(value) ? "–" : Words.Number(value);
        html.Append("<p>").Append(WebUtility.HtmlEncode(Words.Get("ComparisonTestsSentence",
            N(test.Difference), N(test.StandardError), N(test.Z), N(test.P), test.Replicates,
            N(qap.Correlation), N(qap.PGreaterOrEqual), qap.Permutations, test.Seed))).Append("</p>\n");
    }
}
