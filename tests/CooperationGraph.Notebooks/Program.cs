namespace CooperationGraph.Notebooks;

/// <summary>
/// <c>dotnet run --project tests/CooperationGraph.Notebooks -- NOTEBOOK.ipynb [MORE.ipynb …] --out DIR</c>: runs each
/// notebook in the real .NET Interactive C# kernel and writes <c>DIR/NOTEBOOK.ipynb</c> with its outputs. Exit codes: 0
/// every cell ran; 1 a cell failed (the executed notebook is still written); 2 bad arguments, a notebook that cannot be
/// read (nothing runs) or a CooperationGraph package that cannot be packed from this checkout.
/// </summary>
public static class Program
{
    public const int Success = 0;

    public const int CellFailed = 1;

    public const int BadInput = 2;

    private const string Usage = "usage: CooperationGraph.Notebooks NOTEBOOK.ipynb [MORE.ipynb ...] --out DIR";

    public static int Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        return Run(args, Console.Out, Console.Error, cancellation.Token);
    }

    /// <summary>Runs the command with the given output and error writers (the tests' entry point).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (!TryParse(args, out var notebooks, out string? outDir, out string? problem))
        {
            if (problem is null)
            {
                stdout.WriteLine(Usage);
                return Success;
            }

            stderr.WriteLine($"error: {problem}");
            stderr.WriteLine(Usage);
            return BadInput;
        }

        var duplicate = notebooks.GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            stderr.WriteLine($"error: two notebooks named {duplicate.Key} would be written to the same file in {outDir}.");
            return BadInput;
        }

        foreach (string notebook in notebooks)
        {
            try
            {
                NotebookFile.Load(notebook);
            }
            catch (InvalidNotebookException e)
            {
                stderr.WriteLine($"error: {e.Message}");
                return BadInput;
            }
        }

        try
        {
            Directory.CreateDirectory(outDir!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: cannot create the output folder {outDir}: {e.Message}");
            return BadInput;
        }

        string work = RunnerEnvironment.Enter();
        int code = Success;
        var runner = new NotebookRunner(() => LocalPackage.Pack(work, cancellationToken));
        foreach (string notebook in notebooks)
        {
            ExecutedNotebook executed;
            try
            {
                executed = runner.RunAsync(notebook, cancellationToken).GetAwaiter().GetResult();
            }
            catch (InvalidOperationException e)
            {
                stderr.WriteLine($"error: {notebook}: {e.Message}");
                return BadInput;
            }

            string target = Path.Combine(outDir!, Path.GetFileName(notebook));
            try
            {
                executed.Save(target);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: cannot write {target}: {e.Message}");
                return BadInput;
            }

            int ran = executed.Cells.Count(c => c.Outcome == CellOutcome.Ran);
            if (executed.FirstFailure is { } failure)
            {
                stderr.WriteLine($"{notebook}: cell {failure.Number} failed: {failure.Error}");
                code = CellFailed;
            }

            stdout.WriteLine($"{notebook}: {ran} C# cell(s) ran{(executed.Succeeded ? string.Empty : ", then one failed")}; wrote {target}");
        }

        return code;
    }

    private static bool TryParse(IReadOnlyList<string> args, out List<string> notebooks, out string? outDir, out string? problem)
    {
        notebooks = [];
        outDir = null;
        problem = null;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg is "-h" or "--help" or "-?")
            {
                return false;
            }

            if (arg == "--out")
            {
                if (i + 1 >= args.Count || args[i + 1].Length == 0)
                {
                    problem = "--out needs a folder.";
                    return false;
                }

                outDir = args[++i];
            }
            else if (arg.StartsWith("--out=", StringComparison.Ordinal) && arg.Length > "--out=".Length)
            {
                outDir = arg["--out=".Length..];
            }
            else if (arg.StartsWith('-'))
            {
                problem = $"unknown option {arg}.";
                return false;
            }
            else
            {
                notebooks.Add(arg);
            }
        }

        problem = notebooks.Count == 0 ? "no notebook given." : outDir is null ? "no output folder given (--out DIR)." : null;
        return problem is null;
    }
}
