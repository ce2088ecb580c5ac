using System.CommandLine;
using System.Globalization;
using CooperationGraph.Model;
using CooperationGraph.Text;

namespace CooperationGraph.Cli;

/// <summary>
/// Runs a command's body and turns every failure into a plain message and a non-zero exit code: dataset
/// problems as <c>file:line: message</c> (exit 1), unusable arguments or files (exit 2). Never a stack trace.
/// </summary>
internal static class CommandBody
{
    public const int Invalid = 1;
    public const int Failed = 2;

    public static void SetBody(this Command command, Func<ParseResult, TextWriter, int> body) => command.SetBody(body, null);

    /// <summary>Sets the body; with <paramref name="language"/>, messages come out in the language it names
    /// (<c>pl</c> or <c>en</c>), otherwise in the machine's UI language when Polish, else English.</summary>
    public static void SetBody(this Command command, Func<ParseResult, TextWriter, int> body, Option<string?>? language)
    {
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var culture = CultureInfo.CurrentUICulture;
            if (language is not null && parseResult.GetValue(language) is { } chosen)
            {
                CultureInfo.CurrentUICulture = chosen == "pl" ? CultureInfo.GetCultureInfo("pl-PL") : CultureInfo.InvariantCulture;
            }

            try
            {
                return body(parseResult, output);
            }
            catch (DatasetException exception)
            {
                foreach (var problem in exception.Problems)
                {
                    error.WriteLine(problem);
                }

                error.WriteLine(exception.Problems.Count == 1 ? Messages.Get("OneProblemFound") : Messages.Get("ProblemsFound", exception.Problems.Count));
                return Invalid;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException or NotSupportedException)
            {
                error.WriteLine(Messages.Get("Error", exception.Message));
                return Failed;
            }
            finally
            {
                CultureInfo.CurrentUICulture = culture;
            }
        });
    }

    /// <summary>The <c>--lang pl|en</c> option; null when not given.</summary>
    public static Option<string?> LanguageOption(string description)
    {
        var option = new Option<string?>("--lang") { Description = description };
        option.AcceptOnlyFromAmong("pl", "en");
        return option;
    }
}
