namespace CooperationGraph.Notebooks;

/// <summary>A <c>#r "nuget: Name[, Version]"</c> directive.</summary>
/// <param name="Name">The package id.</param>
/// <param name="Version">The version or range asked for, or <see langword="null"/>.</param>
/// <param name="Line">The line of the cell it is on, from 1.</param>
internal sealed record PackageRequest(string Name, string? Version, int Line)
{
    public override string ToString() => Version is null ? Name : $"{Name}, {Version}";
}
