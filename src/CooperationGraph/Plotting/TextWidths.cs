namespace CooperationGraph.Plotting;

/// <summary>
/// How wide a label is when Plotly draws it in its default font (<c>"Open Sans", verdana, arial, sans-serif</c>), to
/// place labels without measuring them in a browser. Each character's width is the widest of the fonts readers are
/// likely to get for that stack: Arial (Liberation Sans has its metrics; what Chromium on Linux draws) and Verdana
/// (DejaVu Sans has nearly its metrics; what Windows and macOS draw when Open Sans is missing), measured in headless
/// Chromium by <c>tests/CooperationGraph.Tests/Fixtures/TextWidths/measure.sh</c> (versions in its README). Open Sans
/// itself is narrower than Verdana. A character not in the table counts as one em (a CJK character's width).
/// </summary>
internal static class TextWidths
{
    /// <summary>How far a text box reaches above its baseline, in em: Open Sans's ascent (1.069; DejaVu Sans 0.93).</summary>
    public const double Above = 1.07;

    /// <summary>How far a text box reaches below its baseline, in em: Open Sans's descent (0.293; DejaVu Sans 0.24).</summary>
    public const double Below = 0.30;

    /// <summary>Widths of U+0020 to U+007E in thousandths of an em.</summary>
    private static readonly short[] Ascii = [318, 401, 460, 838, 637, 951, 780, 275, 391, 391, 500, 838, 318, 361, 318, 338, 637, 637, 637, 637, 637, 637, 637, 637, 637, 637, 337, 337, 838, 838, 838, 557, 1016, 710, 686, 723, 770, 667, 611, 778, 752, 295, 500, 667, 558, 863, 748, 788, 667, 788, 723, 667, 611, 732, 685, 989, 686, 667, 686, 391, 338, 391, 838, 560, 500, 613, 635, 550, 635, 616, 347, 635, 634, 278, 280, 580, 278, 975, 634, 612, 635, 635, 397, 521, 393, 634, 592, 818, 592, 592, 525, 637, 337, 637, 838];

    /// <summary>Polish letters and typographic punctuation, with their widths in <see cref="OtherWidths"/>.</summary>
    private const string Others = "\u0105\u0107\u0119\u0142\u0144\u00f3\u015b\u017a\u017c\u0104\u0106\u0118\u0141\u0143\u00d3\u015a\u0179\u017b\u2013\u2014\u2026\u00b7\u201e\u201d\u2019";

    private static readonly short[] OtherWidths = [613, 550, 616, 285, 634, 612, 521, 525, 525, 712, 723, 667, 563, 748, 788, 667, 686, 686, 557, 1000, 1000, 333, 519, 519, 318];

    /// <summary>
    /// The width in pixels of one line of <paramref name="text"/> at <paramref name="fontSize"/> pixels, with a safety
    /// margin of 4 % and one pixel (hinting and kerning differ between machines).
    /// </summary>
    public static double Of(string text, double fontSize)
    {
        long thousandths = 0;
        foreach (char c in text)
        {
            if (c >= ' ' && c <= '~')
            {
                thousandths += Ascii[c - ' '];
            }
            else
            {
                int k = Others.IndexOf(c, StringComparison.Ordinal);
                thousandths += k >= 0 ? OtherWidths[k] : 1000;
            }
        }

        return (thousandths / 1000.0 * fontSize * 1.04) + 1;
    }
}
