namespace CooperationGraph;

/// <summary>
/// How a command or a saver may write its output (<see cref="OutputFolder"/>, <see cref="OutputFile"/>): which inputs
/// it must never touch, and whether it may write beside files it did not write.
/// </summary>
public sealed record OutputOptions
{
    /// <summary>
    /// The inputs of the run (dataset folders and workbooks, model and edge-list files). The output may not be one of
    /// them, contain one, or lie inside an input folder; symbolic links are followed before comparing. Empty by default.
    /// </summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>
    /// Write into a folder that holds files this library did not write (it never deletes or replaces any of them, and
    /// refuses a file of the same name as one of its own). Off by default: such a folder is refused.
    /// </summary>
    public bool IntoExisting { get; init; }
}
