using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace CooperationGraph.Notebooks;

/// <summary>
/// Roslyn scripting's resolver (files relative to the notebook's folder, framework assemblies by name), except that
/// it does not pull in the provided package's assemblies as "missing" dependencies of the runner's own assembly (which
/// references CooperationGraph): without a <c>#r "nuget: CooperationGraph"</c> a cell must not see the library, as in
/// the kernel.
/// </summary>
internal sealed class PackageAwareMetadataResolver : MetadataReferenceResolver
{
    private readonly ScriptMetadataResolver inner;
    private readonly ImmutableHashSet<string> hidden;

    public PackageAwareMetadataResolver(string baseDirectory, IEnumerable<string> hiddenAssemblyNames)
    {
        inner = ScriptMetadataResolver.Default.WithBaseDirectory(baseDirectory);
        hidden = hiddenAssemblyNames.ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public override bool ResolveMissingAssemblies => inner.ResolveMissingAssemblies;

    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties) =>
        inner.ResolveReference(reference, baseFilePath, properties);

    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity) =>
        hidden.Contains(referenceIdentity.Name) ? null : inner.ResolveMissingAssembly(definition, referenceIdentity);

    public override bool Equals(object? other) =>
        other is PackageAwareMetadataResolver resolver && resolver.inner.Equals(inner) && resolver.hidden.SetEquals(hidden);

    public override int GetHashCode() => HashCode.Combine(inner, hidden.Count);
}
