using System.Globalization;

namespace CooperationGraph.Tests;

/// <summary>Runs a step in a UI language (the reader's language of messages, reports and workbooks) and restores the one before.</summary>
internal static class UiCulture
{
    public static T In<T>(CultureInfo culture, Func<T> make)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return make();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
