using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace CooperationGraph.Notebooks;

/// <summary>
/// Runs a Polyglot notebook's C# cells in order in the real .NET Interactive C# kernel (a fresh
/// <see cref="KernelFactory">kernel</see> per notebook), as "Run All" does, and returns the executed notebook. Cells of
/// other kernels and markdown are copied. The first failing cell stops the run: it gets an <c>error</c> output, later
/// code cells get no outputs. While a notebook runs the working directory is its folder, as in VS Code, so
/// <c>../samples/loniow</c> resolves from the notebook. A cell's <c>#r "nuget: CooperationGraph, …"</c> restores the
/// package packed from this checkout (<see cref="LocalPackage"/>, packed once per runner, on first need) from a local
/// folder given to the kernel with <c>#i</c>. The working directory and the formatter are process-wide: run one
/// notebook at a time, in a process whose <see cref="RunnerEnvironment">home</see> is the runner's.
/// </summary>
public sealed class NotebookRunner(Func<LocalPackage> pack)
{
    private readonly Lazy<LocalPackage> package = new(pack);

    /// <summary>Runs a notebook.</summary>
    /// <exception cref="InvalidNotebookException">The file cannot be read or is not an nbformat 4 notebook.</exception>
    /// <exception cref="InvalidOperationException">The package could not be packed.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public async Task<ExecutedNotebook> RunAsync(string notebookPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebookPath);
        var document = NotebookFile.Load(notebookPath);
        var elements = document.Elements.ToList();
        bool needsPackage = elements.Any(e => IsCSharp(e.KernelName) && PackageDirective.References(e.Contents));
        var local = needsPackage ? package.Value : null;
        string folder = Path.GetDirectoryName(Path.GetFullPath(notebookPath))!;
        string previousDirectory = Directory.GetCurrentDirectory();
        var results = new List<CellResult>();
        Directory.SetCurrentDirectory(folder);
        try
        {
            using var kernel = KernelFactory.Create();
            if (local is not null)
            {
                var source = await kernel.SendAsync(new SubmitCode($"#i \"nuget: {local.Folder}\""), cancellationToken).ConfigureAwait(false);
                if (source.Events.OfType<CommandFailed>().FirstOrDefault() is { } failed)
                {
                    throw new InvalidOperationException($"the kernel refused the package folder {local.Folder}: {failed.Message}");
                }
            }

            int executionCount = 0;
            bool stopped = false;
            for (int i = 0; i < elements.Count; i++)
            {
                var element = elements[i];
                if (!IsCSharp(element.KernelName))
                {
                    var outcome = element.KernelName == "markdown" ? CellOutcome.Copied : CellOutcome.Skipped;
                    results.Add(new CellResult(i + 1, element.KernelName, outcome, null, null, element.Outputs));
                    continue;
                }

                element.Outputs.Clear();
                if (stopped)
                {
                    element.ExecutionOrder = 0;
                    results.Add(new CellResult(i + 1, element.KernelName, CellOutcome.NotRun, null, null, []));
                    continue;
                }

                string code = local is null ? element.Contents : PackageDirective.Rewrite(element.Contents, local.Version);
                var collector = new CellOutputCollector(++executionCount);
                var result = await kernel.SendAsync(new SubmitCode(code, element.KernelName), cancellationToken).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var e in result.Events)
                {
                    collector.Add(e);
                }

                element.Outputs.AddRange(collector.Outputs);
                element.ExecutionOrder = executionCount;
                stopped = collector.Error is not null;
                results.Add(new CellResult(i + 1, element.KernelName, stopped ? CellOutcome.Failed : CellOutcome.Ran, executionCount, collector.Error, [.. collector.Outputs]));
            }
        }
        finally
        {
            Directory.SetCurrentDirectory(previousDirectory);
        }

        return new ExecutedNotebook(notebookPath, document, results);
    }

    private static bool IsCSharp(string? kernel) => string.Equals(kernel, "csharp", StringComparison.Ordinal);
}
