using System.Text;
using CooperationGraph.IO;

namespace CooperationGraph;

/// <summary>
/// The one way this library writes a folder of results: everything goes into a fresh hidden folder beside the target
/// (same file system), and only <see cref="Commit"/> puts it in place. The target then holds the whole new result, or
/// — after a failure, a cancellation or a kill at any moment — the whole previous one.
/// </summary>
/// <remarks>
/// <para>The folder carries a manifest, <c>.cooperation-graph.json</c>, listing the files the run wrote. A later run
/// replaces exactly those and removes those it no longer writes; nothing else is ever changed or deleted. A non-empty
/// folder without a manifest is refused unless <see cref="OutputOptions.IntoExisting"/> allows writing beside foreign
/// files, and a foreign file named like one of ours is refused even then.</para>
/// <para>When the target holds only a previous result, the new folder takes its place in one step (Linux
/// <c>renameat2</c> exchange; elsewhere two renames, and a run that finds the target missing puts the complete old or
/// new folder back). When it also holds foreign files, each of our files is replaced by its own rename: a kill between
/// two of them can leave some files of each run, all listed in the manifest for the next run to replace. Temporaries
/// of killed runs are swept by the next run into the same target.</para>
/// </remarks>
public sealed class OutputFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly string staging;
    private readonly bool intoExisting;
    private readonly List<string> files = [];
    private bool done;

    private OutputFolder(string target, string staging, bool intoExisting)
    {
        Target = target;
        this.staging = staging;
        this.intoExisting = intoExisting;
    }

    /// <summary>The folder the result goes to (full path, links resolved).</summary>
    public string Target { get; }

    /// <summary>
    /// Checks that <paramref name="folder"/> may receive a result, without writing anything: not overlapping an input,
    /// not a file, and empty or holding a manifest unless <see cref="OutputOptions.IntoExisting"/>. Commands call it
    /// before a long analysis so that a refusal comes at once.
    /// </summary>
    /// <exception cref="OutputConflictException">The folder may not be written; the message says why.</exception>
    public static void Check(string folder, OutputOptions? options = null)
    {
        options ??= new OutputOptions();
        OutputPaths.CheckApart(folder, options.Inputs);
        string target = OutputPaths.Real(folder);
        if (File.Exists(target))
        {
            throw new OutputConflictException(Messages.Get("OutputIsAFile", folder));
        }

        if (!options.IntoExisting && Directory.Exists(target) && OutputManifest.Read(target) is null
            && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new OutputConflictException(Messages.Get("OutputNotOurs", folder));
        }
    }

    /// <summary>Starts a result for <paramref name="folder"/>: checks it, sweeps what killed runs left, opens a staging folder.</summary>
    /// <exception cref="OutputConflictException">The folder may not be written (<see cref="Check"/>).</exception>
    public static OutputFolder Begin(string folder, OutputOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        options ??= new OutputOptions();
        string target = OutputPaths.Real(folder);
        if (Path.GetDirectoryName(target) is not { } parent)
        {
            throw new OutputConflictException(Messages.Get("OutputNoParent", folder));
        }

        Directory.CreateDirectory(parent);
        Leftovers.Sweep(target);
        Check(folder, options);
        string staging = Leftovers.Staging(target);
        Directory.CreateDirectory(staging);
        new OutputManifest([], Staging: true).Write(staging);
        return new OutputFolder(target, staging, options.IntoExisting);
    }

    /// <summary>
    /// The staging path of <paramref name="name"/> (relative, <c>/</c>-separated, e.g. <c>gminas/Łoniów/report.html</c>),
    /// its folder created; the file becomes part of the result.
    /// </summary>
    /// <exception cref="ArgumentException">The name leaves the folder, or was given before.</exception>
    public string PathOf(string name)
    {
        ObjectDisposedException.ThrowIf(done, this);
        if (!OutputManifest.IsRelative(name) || name == OutputManifest.FileName || files.Contains(name))
        {
            throw new ArgumentException($"'{name}' is not a new relative file name inside the result.", nameof(name));
        }

        files.Add(name);
        string path = Path.Combine(staging, name.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>Changes the text of a file already added, before the commit (the staged copy is rewritten; the target
    /// is not touched until <see cref="Commit"/>).</summary>
    /// <exception cref="ArgumentException">The file is not part of the result.</exception>
    internal void Rewrite(string name, Func<string, string> change)
    {
        ObjectDisposedException.ThrowIf(done, this);
        string path = files.Contains(name)
            ? Path.Combine(staging, name.Replace('/', Path.DirectorySeparatorChar))
            : throw new ArgumentException($"'{name}' is not part of the result.", nameof(name));
        File.WriteAllText(path, change(File.ReadAllText(path, Utf8)), Utf8);
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without BOM into the result as <paramref name="name"/>.</summary>
    public void WriteText(string name, string text) => File.WriteAllText(PathOf(name), text, Utf8);

    /// <summary>Writes <paramref name="bytes"/> into the result as <paramref name="name"/>.</summary>
    internal void WriteBytes(string name, byte[] bytes) => File.WriteAllBytes(PathOf(name), bytes);

    /// <summary>
    /// Adds one file to a folder that gathers files one at a time rather than in one run (a <c>FigureFolder</c>):
    /// the file is listed in the folder's manifest first, then written whole by rename (<see cref="OutputFile"/>), so a
    /// kill leaves the old file or the new one, listed for the next write to replace. A file of that name that this
    /// library did not write is refused; nothing else in the folder is changed.
    /// </summary>
    /// <param name="folder">The folder (full path, existing).</param>
    /// <param name="name">The file's name inside it.</param>
    /// <param name="text">The content, written as UTF-8 without BOM.</param>
    /// <returns>The file's full path.</returns>
    /// <exception cref="OutputConflictException">A file of that name is there and the manifest does not list it.</exception>
    internal static string AddText(string folder, string name, string text)
    {
        string path = Path.Combine(folder, name);
        var listed = OutputManifest.Read(folder)?.Files ?? [];
        if (File.Exists(path) && !listed.Contains(name))
        {
            throw new OutputConflictException(Messages.Get("OutputWouldReplace", path));
        }

        if (!listed.Contains(name))
        {
            new OutputManifest([.. listed, name]).Write(folder);
        }

        OutputFile.WriteText(path, text);
        return path;
    }

    /// <summary>Puts the result in place and returns the full paths of its files, in the order they were added.</summary>
    /// <exception cref="OutputConflictException">A foreign file has the name of one of ours; nothing was changed.</exception>
    public IReadOnlyList<string> Commit()
    {
        ObjectDisposedException.ThrowIf(done, this);
        var written = files.Select(f => Path.Combine(Target, f.Replace('/', Path.DirectorySeparatorChar))).ToList();
        new OutputManifest(files).Write(staging);
        if (!MovedIntoPlace())
        {
            var previous = OutputManifest.Read(Target);
            if (previous is not null && Foreign(previous.Files).Count == 0)
            {
                Replace(previous.Files);
            }
            else
            {
                Merge(previous?.Files ?? []);
            }
        }

        done = true;
        return written;
    }

    /// <summary>Moves the staging folder to a missing or empty target; false when the target holds something (also
    /// when another run put it there a moment ago).</summary>
    private bool MovedIntoPlace()
    {
        try
        {
            if (Directory.Exists(Target))
            {
                if (Directory.EnumerateFileSystemEntries(Target).Any())
                {
                    return false;
                }

                Directory.Delete(Target);
            }

            Directory.Move(staging, Target);
            return true;
        }
        catch (IOException) when (Directory.Exists(Target) && Directory.Exists(staging))
        {
            return false;
        }
    }

    /// <summary>Removes the staging folder unless the result was committed.</summary>
    public void Dispose()
    {
        if (!done && Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        done = true;
    }

    /// <summary>Swaps the whole folder: the target holds only a previous result.</summary>
    private void Replace(IReadOnlyList<string> previous)
    {
        if (FileSwap.TryExchange(staging, Target))
        {
            Leftovers.RemoveListed(staging, previous);
            return;
        }

        string old = Leftovers.Old(Target);
        Directory.Move(Target, old);
        Directory.Move(staging, Target);
        Leftovers.RemoveListed(old, previous);
    }

    /// <summary>File by file beside foreign files: ours replaced by rename, stale ones removed, foreign ones untouched.</summary>
    private void Merge(IReadOnlyList<string> previous)
    {
        var ours = new HashSet<string>(previous, StringComparer.Ordinal);
        foreach (var file in files)
        {
            string destination = Path.Combine(Target, file);
            bool throughLink = !Leftovers.OurFolders(Target, file) && Directory.Exists(Path.GetDirectoryName(destination));
            if (throughLink || (!ours.Contains(file) && (File.Exists(destination) || Directory.Exists(destination))))
            {
                throw new OutputConflictException(Messages.Get("OutputWouldReplace", destination));
            }
        }

        if (!intoExisting && OutputManifest.Read(Target) is null)
        {
            throw new OutputConflictException(Messages.Get("OutputNotOurs", Target));
        }

        // The manifest first lists both runs' files, so a kill part-way leaves every file of ours listed.
        new OutputManifest([.. ours.Union(files)]).Write(Target);
        foreach (var file in files)
        {
            string destination = Path.Combine(Target, file);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(Path.Combine(staging, file), destination, overwrite: true);
        }

        var stale = previous.Except(files, StringComparer.Ordinal).ToList();
        foreach (var file in stale.Where(f => Leftovers.OurFolders(Target, f)))
        {
            File.Delete(Path.Combine(Target, file));
        }

        new OutputManifest(files).Write(Target);
        Directory.Delete(staging, recursive: true);
    }

    /// <summary>Entries of the target that no manifest accounts for (files, and folders that hold none of ours).</summary>
    private List<string> Foreign(IReadOnlyList<string> previous)
    {
        var ours = new HashSet<string>(previous, StringComparer.Ordinal) { OutputManifest.FileName };
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in previous)
        {
            for (int slash = file.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = file.IndexOf('/', slash + 1))
            {
                folders.Add(file[..slash]);
            }
        }

        var foreign = new List<string>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(Target, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(Target, entry).Replace(Path.DirectorySeparatorChar, '/');
            bool folder = Directory.Exists(entry) && new DirectoryInfo(entry).LinkTarget is null;
            if (!(folder ? folders.Contains(relative) : ours.Contains(relative)))
            {
                foreign.Add(relative);
            }
        }

        return foreign;
    }
}
