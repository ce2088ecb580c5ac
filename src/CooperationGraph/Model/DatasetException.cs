namespace CooperationGraph;

/// <summary>
/// Thrown when a dataset cannot be read or is inconsistent. Carries every problem found, not just the
/// first, each located by file and line.
/// </summary>
public sealed partial class DatasetException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public DatasetException(IReadOnlyList<DatasetProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception for one problem.</summary>
    public DatasetException(DatasetProblem problem)
        : this([problem])
    {
    }

    /// <summary>Every problem, in file and line order.</summary>
    public IReadOnlyList<DatasetProblem> Problems { get; }

    /// <summary>
    /// The problems as a person reads them: of each kind of problem in one file (the same message but for the values
    /// and numbers it quotes) the first <see cref="RepeatsShown"/> rows, then one line with how many more and on which
    /// lines (<c>the same kind of problem on 1 352 more lines: 7–1358</c>).
    /// </summary>
    public IReadOnlyList<DatasetProblem> Summary => summary ??= Summarize(Problems);

    /// <summary>How many rows of one kind of problem <see cref="Summary"/> lists before it counts the rest.</summary>
    public const int RepeatsShown = 3;

    private IReadOnlyList<DatasetProblem>? summary;

    private static List<DatasetProblem> Summarize(IReadOnlyList<DatasetProblem> problems)
    {
        static (string, string) Kind(DatasetProblem problem) => (problem.File, Shape().Replace(problem.Message, "·"));
        var groups = problems.Where(p => p.Line is not null).GroupBy(Kind).Where(g => g.Count() > RepeatsShown + 1)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Line!.Value).ToList());
        var seen = new Dictionary<(string, string), int>();
        var result = new List<DatasetProblem>(Math.Min(problems.Count, 64));
        foreach (var problem in problems)
        {
            var key = problem.Line is null ? default : Kind(problem);
            if (problem.Line is null || !groups.TryGetValue(key, out var lines))
            {
                result.Add(problem);
                continue;
            }

            int count = seen[key] = seen.GetValueOrDefault(key) + 1;
            if (count <= RepeatsShown)
            {
                result.Add(problem);
            }
            else if (count == RepeatsShown + 1)
            {
                var rest = lines.Skip(RepeatsShown).ToList();
                result.Add(new DatasetProblem(problem.File, null, Messages.Get("SameProblemMore", Messages.Count(rest.Count), Ranges(rest))));
            }
        }

        return result;
    }

    /// <summary>Lines as ranges, <c>7–12, 15, 20–31</c>, the first ten ranges then <c>…</c>.</summary>
    private static string Ranges(List<int> lines)
    {
        var ranges = new List<string>();
        for (int i = 0; i < lines.Count && ranges.Count <= 10; i++)
        {
            int first = lines[i];
            while (i + 1 < lines.Count && lines[i + 1] <= lines[i] + 1)
            {
                i++;
            }

            ranges.Add(first == lines[i] ? Messages.Count(first) : $"{Messages.Count(first)}–{Messages.Count(lines[i])}");
        }

        return ranges.Count > 10 ? string.Join(", ", ranges.Take(10)) + ", …" : string.Join(", ", ranges);
    }

    /// <summary>What a message quotes: a value in quotes, or a number.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("'[^']*'|[0-9]+", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Shape();

    private static string Describe(IReadOnlyList<DatasetProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count switch
        {
            0 => "The dataset is invalid.",
            1 => $"The dataset is invalid: {problems[0]}",
            _ => $"The dataset has {problems.Count} problems:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}",
        };
    }
}
