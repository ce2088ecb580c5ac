namespace CooperationGraph.Model;

/// <summary>
/// Thrown when a dataset cannot be read or is inconsistent. Carries every problem found, not just the
/// first, each located by file and line.
/// </summary>
public sealed class DatasetException : Exception
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

    /// <summary>The problems, in file and line order.</summary>
    public IReadOnlyList<DatasetProblem> Problems { get; }

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
