using System.Diagnostics;
using System.Globalization;

namespace CooperationGraph.IO;

/// <summary>
/// Names the hidden temporaries a writer puts beside its target, and sweeps those that a killed run left behind.
/// A temporary is <c>.NAME.cg-staging-PID-GUID</c> (a folder being filled, or a file being written) or
/// <c>.NAME.cg-old-PID-GUID</c> (a previous result folder on its way out); it is swept only when the process that
/// made it is gone. A staging folder is ours whole (created fresh under a unique name, with a staging manifest); of an
/// old result folder only the files its manifest lists are removed, then the folders they emptied.
/// </summary>
internal static class Leftovers
{
    private const string StagingTag = ".cg-staging-";
    private const string OldTag = ".cg-old-";

    /// <summary>A fresh staging name beside <paramref name="target"/>.</summary>
    public static string Staging(string target) => Name(target, StagingTag);

    /// <summary>A fresh name for a previous result folder on its way out.</summary>
    public static string Old(string target) => Name(target, OldTag);

    /// <summary>
    /// Sweeps what dead runs left beside <paramref name="target"/>. When the target itself is missing, a complete
    /// result left between the two renames of a replacement (an old folder, or a finished staging folder) is put back
    /// first: the target then holds the whole previous or the whole new result.
    /// </summary>
    public static void Sweep(string target)
    {
        string parent = Path.GetDirectoryName(target)!;
        string name = Path.GetFileName(target);
        if (!Directory.Exists(parent))
        {
            return;
        }

        var found = new List<(string Path, bool Staging)>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(parent, "." + name + ".cg-*"))
        {
            string rest = Path.GetFileName(entry)[(name.Length + 1)..];
            bool staging = rest.StartsWith(StagingTag, StringComparison.Ordinal);
            if ((staging || rest.StartsWith(OldTag, StringComparison.Ordinal)) && !Alive(rest))
            {
                found.Add((entry, staging));
            }
        }

        if (!Directory.Exists(target) && !File.Exists(target))
        {
            // A finished staging folder is the newer result; an old folder the previous one.
            var complete = found.Where(f => Directory.Exists(f.Path) && OutputManifest.Read(f.Path) is { Staging: false })
                .OrderBy(f => f.Staging ? 0 : 1).FirstOrDefault();
            if (complete.Path is not null)
            {
                Directory.Move(complete.Path, target);
                found.Remove(complete);
            }
        }

        foreach (var (path, staging) in found)
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
            else if (OutputManifest.Read(path) is { } manifest)
            {
                if (staging && manifest.Staging)
                {
                    Directory.Delete(path, recursive: true);
                }
                else
                {
                    RemoveListed(path, manifest.Files);
                }
            }
        }
    }

    /// <summary>Removes the listed files and the manifest from <paramref name="folder"/>, then every folder that left empty.
    /// A listed file whose folder is gone is already removed; one reached through a link (a folder of ours the user
    /// replaced by a link to a folder of theirs) is not ours and stays.</summary>
    public static void RemoveListed(string folder, IEnumerable<string> files)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (OurFolders(folder, file))
            {
                File.Delete(Path.Combine(folder, file));
            }

            for (int slash = file.LastIndexOf('/'); slash > 0; slash = file.LastIndexOf('/', slash - 1))
            {
                folders.Add(file[..slash]);
            }
        }

        File.Delete(Path.Combine(folder, OutputManifest.FileName));
        foreach (var sub in folders.OrderByDescending(f => f.Length))
        {
            RemoveIfEmpty(Path.Combine(folder, sub));
        }

        RemoveIfEmpty(folder);
    }

    /// <summary>Whether every folder between <paramref name="folder"/> and the listed <paramref name="file"/> exists and
    /// is a real folder, not a link.</summary>
    internal static bool OurFolders(string folder, string file)
    {
        for (int slash = file.IndexOf('/'); slash > 0; slash = file.IndexOf('/', slash + 1))
        {
            var sub = new DirectoryInfo(Path.Combine(folder, file[..slash]));
            if (!sub.Exists || sub.LinkTarget is not null)
            {
                return false;
            }
        }

        return true;
    }

    private static void RemoveIfEmpty(string folder)
    {
        if (Directory.Exists(folder) && new DirectoryInfo(folder).LinkTarget is null && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
    }

    private static string Name(string target, string tag) =>
        Path.Combine(Path.GetDirectoryName(target)!, string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(target)}{tag}{Environment.ProcessId}-{Guid.NewGuid():N}"));

    /// <summary>Whether the process whose id follows the tag in <paramref name="rest"/> still runs (this one counts as running).</summary>
    private static bool Alive(string rest)
    {
        string tail = rest[(rest.StartsWith(StagingTag, StringComparison.Ordinal) ? StagingTag.Length : OldTag.Length)..];
        int dash = tail.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || !int.TryParse(tail[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
        {
            return true;
        }

        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
