using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace CooperationGraph.Tests.Architecture;

/// <summary>
/// The source folder each type of an assembly is declared in, read from the assembly's portable PDB: the documents of
/// its methods' sequence points and, for types with none (enums, interfaces, records without bodies…), the
/// TypeDefinitionDocuments custom debug information. Namespaces play no part, so moving a type to another namespace
/// leaves its folder, and its layer, as they were.
/// </summary>
internal sealed class SourceFolders
{
    /// <summary>The kind of custom debug information that lists the documents of a type without sequence points.</summary>
    private static readonly Guid TypeDefinitionDocuments = new("932E74BC-DBA9-4478-8D46-0F32A7BAB3D3");

    private readonly Dictionary<int, SortedSet<string>> folders;

    private SourceFolders(Dictionary<int, SortedSet<string>> folders) => this.folders = folders;

    /// <summary>
    /// Reads an assembly's PDB; <paramref name="folderOf"/> turns a document path (forward slashes) into its folder, or
    /// null for a document that is no source of the project's own (generated, or from elsewhere).
    /// </summary>
    public static SourceFolders Read(Assembly assembly, Func<string, string?> folderOf)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        if (!pe.TryOpenAssociatedPortablePdb(assembly.Location, File.OpenRead, out var provider, out _) || provider is null)
        {
            throw new InvalidOperationException($"{assembly.Location} has no portable PDB beside it or inside it.");
        }

        using (provider)
        {
            var metadata = pe.GetMetadataReader();
            var pdb = provider.GetMetadataReader();
            var found = new Dictionary<int, SortedSet<string>>();
            foreach (var handle in metadata.TypeDefinitions)
            {
                var outermost = handle;
                while (metadata.GetTypeDefinition(outermost).GetDeclaringType() is { IsNil: false } outer)
                {
                    outermost = outer;
                }

                int token = MetadataTokens.GetToken(outermost);
                if (!found.TryGetValue(token, out var set))
                {
                    set = new SortedSet<string>(StringComparer.Ordinal);
                    found[token] = set;
                }

                foreach (var document in Documents(metadata, pdb, handle))
                {
                    if (folderOf(pdb.GetString(pdb.GetDocument(document).Name).Replace('\\', '/')) is { } folder)
                    {
                        set.Add(folder);
                    }
                }
            }

            return new SourceFolders(found);
        }
    }

    /// <summary>
    /// The folder of a project's documents: the directory under <c>src/{project}/</c>, <c>.</c> for a file directly in
    /// it, null for a document outside it or under its <c>obj/</c> (source generators').
    /// </summary>
    public static Func<string, string?> Under(string project) => path =>
    {
        string marker = $"src/{project}/";
        int at = path.LastIndexOf(marker, StringComparison.Ordinal);
        if (at < 0 || (at > 0 && path[at - 1] != '/'))
        {
            return null;
        }

        string rest = path[(at + marker.Length)..];
        if (rest.StartsWith("obj/", StringComparison.Ordinal) || rest.StartsWith("bin/", StringComparison.Ordinal))
        {
            return null;
        }

        int slash = rest.LastIndexOf('/');
        return slash < 0 ? "." : rest[..slash];
    };

    /// <summary>The folders a type's outermost type is declared in: one for a type of ours, none for a compiler's.</summary>
    public IReadOnlySet<string> Of(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return folders.TryGetValue(type.MetadataToken, out var set) ? set : new SortedSet<string>();
    }

    private static IEnumerable<DocumentHandle> Documents(MetadataReader metadata, MetadataReader pdb, TypeDefinitionHandle type)
    {
        foreach (var method in metadata.GetTypeDefinition(type).GetMethods())
        {
            var info = pdb.GetMethodDebugInformation(method);
            if (!info.Document.IsNil)
            {
                yield return info.Document;
            }
            else if (!info.SequencePointsBlob.IsNil)
            {
                foreach (var point in info.GetSequencePoints())
                {
                    yield return point.Document;
                }
            }
        }

        foreach (var handle in pdb.GetCustomDebugInformation(type))
        {
            var information = pdb.GetCustomDebugInformation(handle);
            if (pdb.GetGuid(information.Kind) != TypeDefinitionDocuments)
            {
                continue;
            }

            var blob = pdb.GetBlobReader(information.Value);
            while (blob.RemainingBytes > 0)
            {
                yield return MetadataTokens.DocumentHandle(blob.ReadCompressedInteger());
            }
        }
    }
}
