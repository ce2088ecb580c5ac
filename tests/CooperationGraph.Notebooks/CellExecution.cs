namespace CooperationGraph.Notebooks;

/// <summary>
/// Runs one C# cell: resolves its directives, runs its code with the console captured, and turns the way it ended
/// into outputs: its last expression's value (an <c>execute_result</c>) or an <c>error</c>.
/// </summary>
internal static class CellExecution
{
    /// <returns>The cell's first error, or <see langword="null"/> when it ran.</returns>
    public static async Task<string?> RunAsync(
        ScriptSession session, NotebookGlobals globals, string source, CellOutputs outputs, int executionCount, CancellationToken cancellationToken)
    {
        var cell = CellDirectives.Prepare(source);
        string? problem = cell.DirectiveError ?? cell.Packages.Select(ProvidedPackage.Check).FirstOrDefault(p => p is not null);
        if (problem is not null)
        {
            outputs.AddError("DirectiveError", problem, [problem]);
            return problem;
        }

        if (cell.Packages.Count > 0)
        {
            session.AddPackage();
        }

        var previousOut = Console.Out;
        var previousError = Console.Error;
        ScriptOutcome outcome;
        globals.BeginCell(outputs);
        Console.SetOut(outputs.StandardOutput);
        Console.SetError(outputs.StandardError);
        try
        {
            outcome = await session.RunAsync(cell.Code, cancellationToken).ConfigureAwait(false);
            if (outcome.HasValue)
            {
                outputs.AddResult(outcome.Value, executionCount);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            outcome = ScriptOutcome.Threw(e); // formatting the value failed
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
            globals.EndCell();
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (outcome.CompilationErrors.Count > 0)
        {
            var messages = outcome.CompilationErrors.Select(d => d.ToString()).ToArray();
            outputs.AddError("CompilationError", string.Join('\n', messages), messages);
            return messages[0];
        }

        if (outcome.Exception is { } exception)
        {
            string name = exception.GetType().FullName ?? exception.GetType().Name;
            outputs.AddError(name, exception.Message, exception.ToString().Split('\n').Select(line => line.TrimEnd('\r')));
            return $"{name}: {exception.Message}";
        }

        return null;
    }
}
