using System.Globalization;

namespace CooperationGraph.Text;

/// <summary>
/// Numbers for people to read (the report, summaries, workbooks): a value within <see cref="Noise"/> of zero is 0 (the
/// rounding noise of a kernel, such as an isolate's eigenvector centrality of −1.6e−17, is not data), NaN is
/// "undefined". CSV and JSON keep every bit.
/// </summary>
internal static class ReadableNumber
{
    /// <summary>How near zero a value is shown as 0: 1e−12.</summary>
    public const double Noise = 1e-12;

    /// <summary>The value, or 0 within <see cref="Noise"/> of zero.</summary>
    public static double Clean(double value) => Math.Abs(value) < Noise ? 0 : value;

    /// <summary>Three decimals at most, invariant: <c>0.867</c>, <c>0</c>, <c>undefined</c>.</summary>
    public static string Short(double value) => double.IsNaN(value) ? "undefined" : Decimals(Clean(value), CultureInfo.InvariantCulture);

    /// <summary>Three decimals at most as <paramref name="numbers"/> writes them (<c>0.867</c>, Polish <c>0,867</c>),
    /// the value as it is: the one <c>0.###</c> of the library.</summary>
    public static string Decimals(double value, IFormatProvider numbers) => value.ToString("0.###", numbers);

    /// <summary>Six significant digits as <paramref name="numbers"/> writes them (<c>0.0123457</c>, <c>1.5E-07</c>), the
    /// value as it is: the one <c>G6</c> of tables and hover texts.</summary>
    public static string Digits(double value, IFormatProvider numbers) => value.ToString("G6", numbers);
}
