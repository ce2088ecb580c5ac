using System.Diagnostics;
using System.Security.Cryptography;
using CooperationGraph.Cli;
using CooperationGraph.Tests.Notebooks;

namespace CooperationGraph.Tests.DataSafety;

/// <summary>
/// A scratch folder with a user's inputs in <c>in/</c> (the Łoniów sample as two folders and as a workbook, an edge list,
/// a model and a note), their checksums taken at the start, and the means to snapshot an output, look for leftovers
/// and run the tool in-process.
/// </summary>
internal sealed class SafetyWorkspace : IDisposable
{
    public const string Key = "a key of sixteen characters";

    private readonly Dictionary<string, string> inputs;

    public SafetyWorkspace(string? root = null)
    {
        Root = root ?? Directory.CreateTempSubdirectory("cg-safety-").FullName;
        Directory.CreateDirectory(In);
        Copy(Path.Combine(RepositoryFolders.Root, "samples", "loniow"), Path.Combine(In, "loniow"));
        Copy(Path.Combine(RepositoryFolders.Root, "samples", "loniow"), Path.Combine(In, "g3"));
        File.Copy(Path.Combine(RepositoryFolders.Root, "samples", "loniow.xlsx"), Path.Combine(In, "loniow.xlsx"));
        File.Copy(Path.Combine(RepositoryFolders.Root, "samples", "models", "rural-gmina.json"), Path.Combine(In, "model.json"));
        File.WriteAllText(Path.Combine(In, "ties.csv"), "source,target,weight\nops,pcpr,2\nops,pup,1\npcpr,pup,1\nops,school,3\nschool,police,1\n");
        File.WriteAllText(Path.Combine(In, "notes.txt"), "a note of the user's, never to be touched\n");
        inputs = Snapshot(In);
    }

    public string Root { get; }

    public string In => Path.Combine(Root, "in");

    public string this[string name] => Path.Combine(Root, name);

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFileSystemEntries(Root, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(Root, recursive: true);
    }

    /// <summary>Every input file byte for byte as at the start, and nothing added to or removed from <c>in/</c>.</summary>
    public void AssertInputsUnchanged() => Assert.Equal(inputs, Snapshot(In));

    /// <summary>The inputs unchanged and no temporary of the writer left under <paramref name="folder"/> (the whole workspace by default).</summary>
    public void AssertInputsWholeAndNoTemporary(string? folder = null)
    {
        AssertInputsUnchanged();
        Assert.Empty(Leftovers(folder ?? Root));
    }

    /// <summary>Relative path → SHA-256 of every file under a folder, or of one file (key "").</summary>
    public static Dictionary<string, string> Snapshot(string path)
    {
        if (File.Exists(path))
        {
            return new() { [""] = Hash(path) };
        }

        return !Directory.Exists(path)
            ? []
            : Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(path, f).Replace('\\', '/'), Hash, StringComparer.Ordinal);
    }

    /// <summary>Temporaries of the writer anywhere under a folder.</summary>
    public static string[] Leftovers(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Where(p => Path.GetFileName(p).Contains(".cg-", StringComparison.Ordinal))];

    public static (int Code, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the tool and asserts it succeeded.</summary>
    public static void Succeed(params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.True(code == 0, $"{string.Join(' ', args)} exited {code}: {error}");
    }

    private static string Hash(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexString(SHA256.HashData(stream));
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}

/// <summary>A small file system of its own (tmpfs), for a full disk, a read-only folder and another device. Needs root
/// and the right to mount, as CI has; elsewhere the tests that need it are skipped, except under <c>CI=true</c>.</summary>
internal sealed class Tmpfs : IDisposable
{
    private Tmpfs(string path) => Path = path;

    public string Path { get; }

    public static Tmpfs? TryMount(string path, long bytes, bool readOnly = false)
    {
        Directory.CreateDirectory(path);
        string options = $"size={bytes}" + (readOnly ? ",ro" : string.Empty);
        return OperatingSystem.IsLinux() && Command("mount", "-t", "tmpfs", "-o", options, "tmpfs", path) ? new Tmpfs(path) : null;
    }

    public static void SkipUnlessMounted(Tmpfs? mount)
    {
        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Assert.False(ci && mount is null, "CI runs as root and must be able to mount a tmpfs for this test.");
        Skip.If(mount is null, "mounting a tmpfs needs root (CAP_SYS_ADMIN); run as root to include this case.");
    }

    /// <summary>Fills the file system until <paramref name="free"/> bytes are left.</summary>
    public void FillUpTo(long free)
    {
        long space = new DriveInfo(Path).AvailableFreeSpace - free;
        using var filler = File.Create(System.IO.Path.Combine(Path, "filler.bin"));
        var block = new byte[1 << 16];
        Array.Fill(block, (byte)1);
        for (; space > 0; space -= block.Length)
        {
            filler.Write(block, 0, (int)Math.Min(block.Length, space));
        }
    }

    public void Dispose()
    {
        Command("umount", "-l", Path);
        Directory.Delete(Path);
    }

    private static bool Command(string name, params string[] args)
    {
        var start = new ProcessStartInfo(name) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
