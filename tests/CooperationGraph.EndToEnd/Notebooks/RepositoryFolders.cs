namespace CooperationGraph.Tests.Notebooks;

/// <summary>Folders of the repository the tests run from, found by walking up to <c>CooperationGraph.sln</c>.</summary>
internal static class RepositoryFolders
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CooperationGraph.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No CooperationGraph.sln above {AppContext.BaseDirectory}.");
    });

    public static string Root => RootFolder.Value;

    public static string Notebooks => Path.Combine(Root, "notebooks");
}
