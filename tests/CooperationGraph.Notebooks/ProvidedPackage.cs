using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using CooperationGraph.Analysis;

namespace CooperationGraph.Notebooks;

/// <summary>
/// The one package the runner provides for <c>#r "nuget: …"</c>: CooperationGraph, as the assembly built with the
/// runner, with the assemblies it depends on (CsvHelper, MathNet.Numerics…) from the same folder, which is what a NuGet
/// restore of the package would reference.
/// </summary>
internal static class ProvidedPackage
{
    public const string Name = "CooperationGraph";

    private static readonly Lazy<IReadOnlyList<string>> Assemblies = new(FindAssemblies);

    /// <summary>The package's version, as built (e.g. <c>0.1.0</c>).</summary>
    public static string Version { get; } = CoreVersion(
        typeof(AnalysisResult).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(AnalysisResult).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0");

    /// <summary>The files to reference: CooperationGraph.dll and its dependencies.</summary>
    public static IReadOnlyList<string> AssemblyPaths => Assemblies.Value;

    /// <summary>The simple names of <see cref="AssemblyPaths"/>.</summary>
    public static IEnumerable<string> AssemblyNames => AssemblyPaths.Select(path => Path.GetFileNameWithoutExtension(path));

    /// <summary>Why a <c>#r "nuget:"</c> directive cannot be served, or <see langword="null"/> when it can.</summary>
    public static string? Check(PackageRequest request)
    {
        if (!string.Equals(request.Name, Name, StringComparison.OrdinalIgnoreCase))
        {
            return $"line {request.Line}: #r \"nuget: {request}\": the notebook runner provides only the {Name} package " +
                   $"(built from this repository); it cannot restore {request.Name}.";
        }

        if (request.Version is { } asked && !asked.Contains('*', StringComparison.Ordinal) && !asked.StartsWith('[')
            && !asked.StartsWith('(') && CoreVersion(asked) != Version)
        {
            return $"line {request.Line}: #r \"nuget: {request}\": the notebook asks for {Name} {asked}; " +
                   $"the runner provides {Version} (the version built from this repository).";
        }

        return null;
    }

    /// <summary>A version without its prerelease label and build metadata: <c>0.1.0-local.3+abc</c> → <c>0.1.0</c>.</summary>
    private static string CoreVersion(string version) => version.Split('+', '-')[0].Trim();

    private static IReadOnlyList<string> FindAssemblies()
    {
        var root = typeof(AnalysisResult).Assembly;
        string folder = Path.GetDirectoryName(root.Location)!;
        var found = new List<string> { root.Location };
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { root.GetName().Name! };
        var queue = new Queue<AssemblyName>(root.GetReferencedAssemblies());
        while (queue.TryDequeue(out var name))
        {
            string path = Path.Combine(folder, name.Name + ".dll");
            if (!seen.Add(name.Name!) || !File.Exists(path))
            {
                continue; // the shared framework's, or already taken
            }

            found.Add(path);
            foreach (var reference in ReferencedBy(path))
            {
                queue.Enqueue(reference);
            }
        }

        return found;
    }

    private static AssemblyName[] ReferencedBy(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        var metadata = reader.GetMetadataReader();
        return [.. metadata.AssemblyReferences.Select(handle => metadata.GetAssemblyReference(handle).GetAssemblyName())];
    }
}
