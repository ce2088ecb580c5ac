namespace CooperationGraph.Notebooks;

/// <summary>What happened to one cell of a notebook.</summary>
public enum CellOutcome
{
    /// <summary>A markdown or raw cell, copied as it is.</summary>
    Copied,

    /// <summary>A C# code cell that ran to its end.</summary>
    Ran,

    /// <summary>A C# code cell that did not compile or threw; its outputs end with an <c>error</c> output.</summary>
    Failed,

    /// <summary>A code cell after a failed one: not run, like "Run All" stopping; its outputs are cleared.</summary>
    NotRun,

    /// <summary>A code cell in another kernel's language (F#, PowerShell, JavaScript…), copied as it is.</summary>
    Skipped,
}
