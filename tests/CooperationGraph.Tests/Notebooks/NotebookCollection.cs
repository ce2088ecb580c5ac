namespace CooperationGraph.Tests.Notebooks;

/// <summary>
/// Tests that touch process-wide state (the working directory, <see cref="Console.Out"/>, the .NET Interactive
/// formatter's registrations) or start <c>dotnet</c> builds: run one at a time, after the parallel tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookCollection
{
    public const string Name = "Notebooks, one at a time";
}
