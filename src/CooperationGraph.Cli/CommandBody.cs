using System.CommandLine;
using CooperationGraph.Model;

namespace CooperationGraph.Cli;

/// <summary>
/// Runs a command's body and turns every failure into a plain message and a non-zero exit code: dataset
/// problems as <c>file:line: message</c> (exit 1), unusable arguments or files (exit 2). Never a stack trace.
/// </summary>
internal static class CommandBody
{
    public const int Invalid = 1;
    public const int Failed = 2;

    public static void SetBody(this Command command, Func<ParseResult, TextWriter, int> body)
    {
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
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

                error.WriteLine($"{exception.Problems.Count} problem{(exception.Problems.Count == 1 ? "" : "s")} found.");
                return Invalid;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException or NotSupportedException)
            {
                error.WriteLine($"error: {exception.Message}");
                return Failed;
            }
        });
    }
}
