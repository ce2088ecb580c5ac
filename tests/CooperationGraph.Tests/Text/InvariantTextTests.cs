using System.Globalization;
using CooperationGraph.Text;

namespace CooperationGraph.Tests.Text;

/// <summary>Days and numbers for machines read the same on every machine, whatever its culture.</summary>
public sealed class InvariantTextTests : IDisposable
{
    private readonly CultureInfo saved = CultureInfo.CurrentCulture;

    public InvariantTextTests() => CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("pl-PL");

    public void Dispose() => CultureInfo.CurrentCulture = saved;

    [Fact]
    public void A_day_is_ISO_8601_and_reads_back_with_its_format()
    {
        var day = new DateOnly(2020, 2, 3);
        Assert.Equal("2020-02-03", InvariantText.Day(day));
        Assert.Equal(day, DateOnly.ParseExact(InvariantText.Day(day), InvariantText.DayFormat, CultureInfo.InvariantCulture));
        Assert.Equal("2020-02-03 14:05:09", InvariantText.Time(new DateTime(2020, 2, 3, 14, 5, 9)));
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(-1.56287e-17, "-1.56287E-17")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    public void A_number_keeps_every_bit_with_a_point(double value, string text)
    {
        Assert.Equal(text, InvariantText.Number(value));
        Assert.Equal(value, double.Parse(InvariantText.Number(value), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_cell_is_empty_for_missing_and_undefined_values_and_invariant_otherwise()
    {
        Assert.Equal(string.Empty, InvariantText.Cell(null));
        Assert.Equal(string.Empty, InvariantText.Cell(double.NaN));
        Assert.Equal(string.Empty, InvariantText.Cell(double.PositiveInfinity));
        Assert.Equal("true", InvariantText.Cell(true));
        Assert.Equal("0.5", InvariantText.Cell(0.5));
        Assert.Equal("1234567", InvariantText.Cell(1234567));
        Assert.Equal("text", InvariantText.Cell("text"));
    }
}
