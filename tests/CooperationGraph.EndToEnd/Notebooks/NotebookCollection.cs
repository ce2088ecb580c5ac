namespace CooperationGraph.Tests.Notebooks;

/// <summary>
/// Tests that touch process-wide state (the working directory, <see cref="Console.Out"/>, the .NET Interactive
/// formatter's registrations) or start <c>dotnet</c>: run one at a time, sharing one run of the notebook runner.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookCollection : ICollectionFixture<NotebookRuns>
{
    public const string Name = "Notebooks, one at a time";
}
