using Microsoft.Data.Analysis;

namespace CooperationGraph.Tests.Analysis;

public sealed class FrameTextTests
{
    [Fact]
    public void Columns_are_as_wide_as_their_content_long_text_is_cut_noise_is_0_and_the_rest_counted()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("id", ["OPS_LONIOW", "PCPR_SANDOMIERZ", "X"]),
            new StringDataFrameColumn("name", ["Gminny Ośrodek Pomocy Społecznej w Łoniowie", "PCPR", null]),
            new DoubleDataFrameColumn("betweenness", [0.226817, -1.5e-17, double.NaN]));

        string text = frame.ToText(maxRows: 2, maxWidth: 12);

        Assert.Equal(
            "id            name          betweenness\n" +
            "OPS_LONIOW    Gminny Ośro…     0.226817\n" +
            "PCPR_SANDOM…  PCPR                    0\n" +
            "… 1 more rows\n",
            text);
    }
}
