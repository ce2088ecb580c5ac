using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;

namespace CooperationGraph.Cli;

/// <summary>
/// Runs a command's body and turns every failure into a plain message and a non-zero exit code: dataset
/// problems as <c>file:line: message</c> (exit 1), unusable arguments or files (exit 2), a stop asked for by Ctrl+C or
/// SIGTERM (exit 130: the body's token is cancelled, every output is left as it was). A second Ctrl+C ends the process
/// at once; what it leaves is swept by the next run. Never a stack trace.
/// </summary>
internal static class CommandBody
{
    public const int Invalid = 1;
    public const int Failed = 2;
    public const int Stopped = 130;

    public static void SetBody(this Command command, Func<ParseResult, TextWriter, CancellationToken, int> body) => command.SetBody(body, null);

    /// <summary>Sets the body; with <paramref name="language"/>, messages come out in the language it names
    /// (<c>pl</c> or <c>en</c>), otherwise in the machine's UI language when Polish, else English.</summary>
    public static void SetBody(this Command command, Func<ParseResult, TextWriter, CancellationToken, int> body, Option<string?>? language)
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

            using var stop = new CancellationTokenSource();
            void Stop(PosixSignalContext context)
            {
                context.Cancel = !stop.IsCancellationRequested;
                stop.Cancel();
            }

            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            try
            {
                return body(parseResult, output, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                error.WriteLine(Messages.Get("Stopped"));
                return Stopped;
            }
            catch (DatasetException exception)
            {
                foreach (var problem in exception.Summary)
                {
                    error.WriteLine(problem);
                }

                int errors = exception.Problems.Count(p => !p.IsWarning);
                error.WriteLine(errors == 1 ? Messages.Get("OneProblemFound") : Messages.Get("ProblemsFound", Messages.Count(errors)));
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

    /// <summary>Loads a dataset and prints its warnings (what was ignored) on the error stream.</summary>
    public static CooperationDataset LoadDataset(this ParseResult parseResult, string path, out DatasetLanguage language)
    {
        var dataset = DatasetReader.Load(path, out language, out var warnings);
        foreach (var warning in new DatasetException(warnings).Summary)
        {
            parseResult.InvocationConfiguration.Error.WriteLine(warning);
        }

        return dataset;
    }

    /// <summary>
    /// Between the phases of a large run (after reading, after analysing): one compacting collection that returns the
    /// phase's garbage to the system, so the next phase starts from what is alive. At national size (34 005
    /// institutions) it takes about 0.1 s and keeps the reader's and the kernels' garbage out of the peak; at gmina size
    /// it is a few milliseconds.
    /// </summary>
    public static void ReleaseGarbage() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    /// <summary>Loads a dataset and prints its warnings.</summary>
    public static CooperationDataset LoadDataset(this ParseResult parseResult, string path) => parseResult.LoadDataset(path, out _);

    /// <summary>The <c>--into-existing</c> option of the commands that write a folder.</summary>
    public static Option<bool> IntoExistingOption() => new("--into-existing")
    {
        Description = "Write into a folder that already holds files this tool did not write, beside them (none of them is changed or deleted).",
    };

    /// <summary>The output rules of a run: its inputs are never written to.</summary>
    public static OutputOptions Output(IEnumerable<string?> inputs, bool intoExisting = false) =>
        new() { Inputs = [.. inputs.OfType<string>()], IntoExisting = intoExisting };

    /// <summary>The <c>--lang pl|en</c> option of a command whose only words are its messages.</summary>
    public static Option<string?> MessageLanguageOption() =>
        LanguageOption("Language of the messages: pl or en. Default: Polish when the machine's language (LANG) is Polish, else English.");

    /// <summary>The <c>--lang pl|en</c> option of a command that writes pages and workbooks for people (<c>analyze</c>, <c>compare</c>).</summary>
    public static Option<string?> ReportLanguageOption() =>
        LanguageOption("Language of the messages, the report or dashboard, its charts and the workbooks' sheet and column names: pl or en. CSV and JSON stay as they are. Default: Polish when the machine's language (LANG) is Polish, else English.");

    /// <summary>The <c>--pseudonym-key</c> option of the commands that pseudonymise families.</summary>
    public static Option<string?> PseudonymKeyOption() => new("--pseudonym-key")
    {
        Description = $"Key for family pseudonyms (at least 16 characters); better set {Pseudonymizer.KeyVariable}. Without either, pseudonyms are random for this run. Never written anywhere.",
    };

    /// <summary>The <c>--lang pl|en</c> option; null when not given.</summary>
    public static Option<string?> LanguageOption(string description)
    {
        var option = new Option<string?>("--lang") { Description = description };
        option.AcceptOnlyFromAmong("pl", "en");
        return option;
    }
}
