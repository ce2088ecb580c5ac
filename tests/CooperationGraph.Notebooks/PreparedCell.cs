namespace CooperationGraph.Notebooks;

/// <summary>
/// A C# cell ready for Roslyn scripting: its code with the kernel's directives taken out (lines kept, so compiler
/// positions stay the cell's own), the packages and package sources asked for, and the first directive error.
/// </summary>
internal sealed record PreparedCell(
    string Code,
    IReadOnlyList<PackageRequest> Packages,
    IReadOnlyList<string> PackageSources,
    string? DirectiveError);
